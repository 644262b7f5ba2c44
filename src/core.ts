/**
 * The browser-safe core: text analysis, the article model and extraction, with no Node APIs.
 * Data files are passed in as `Resources` (see resources.ts).
 */
export * from './analysis.js';
export * from './resources.js';
export * from './text/index.js';
export * from './document/index.js';
export { analyzeArticle } from './analyze.js';
