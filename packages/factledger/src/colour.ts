/**
 * Whether to colour output. `--color`/`--no-color` decide when given; then `FORCE_COLOR` (any value
 * but `0` or `false` turns it on, as chalk and Node read it) and `NO_COLOR`; otherwise colour only
 * on a terminal that is not `TERM=dumb` (clig.dev).
 */
export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}
