export type { Options } from './plugin.js';
export { default } from './plugin.js';
