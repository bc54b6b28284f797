export { LineIndex, formatPosition } from './position.js';
export type { Point, Position } from './position.js';
export { FactledgerError, isFactledgerError } from './errors.js';
export type { ErrorCode, FactledgerErrorOptions } from './errors.js';
export type * from './claim.js';
