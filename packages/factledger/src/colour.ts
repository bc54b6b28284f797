/** Whether to colour output: only on a terminal, never with NO_COLOR or TERM=dumb (clig.dev). */
export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}
