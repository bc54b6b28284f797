export type * from './claim.js';
export type * from './directive.js';
export type { ErrorCode, FactledgerErrorOptions } from './errors.js';
export { FactledgerError, isFactledgerError } from './errors.js';
export type { Point, Position } from './position.js';
export { formatPosition, LineIndex } from './position.js';
export { printable, printableJson, printableLines } from './printable.js';
