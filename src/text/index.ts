export * from './normalize.js';
export * from './tokenize.js';
export * from './analyzer.js';
export * from './clitics.js';
export * from './stem.js';
export * from './sentences.js';
export * from './stopwords.js';
export * from './transliterate.js';
