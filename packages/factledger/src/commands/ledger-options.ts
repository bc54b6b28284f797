import { FactledgerError } from '@factledger/core';

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i;
const UNIT: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** `20MB` → bytes; `undefined` when the option was not given. */
export function parseSize(value: unknown, option: string): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = SIZE.exec(value.trim());
  if (!m) {
    throw new FactledgerError('invalid-option', `Unexpected \`--${option} ${value}\`, expected a size`, {
      hint: 'write a number of bytes or one with a unit, e.g. 50MB',
    });
  }
  return Math.round(Number(m[1]) * (UNIT[(m[2] ?? 'b').toLowerCase()] ?? 1));
}
