export type { ExtractOptions } from './extract.js';
export { extractClaims } from './extract.js';
