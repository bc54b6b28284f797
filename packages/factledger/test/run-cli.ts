import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli.js';

/** The repository root: tests run the CLI from there, as a user of the checkout would. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

/** Runs the CLI in-process with captured streams, the way remark-cli's tests pass streams in. */
export async function runCli(
  argv: string[],
  cwd = repoRoot,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await run(argv, { stdout, stderr, cwd, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
