export * from './article.js';
export * from './layout.js';
export * from './record.js';
