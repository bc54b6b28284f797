import { FactledgerError } from '@factledger/core';
import { DEFAULT_MAX_BYTES, decodeArticle } from '@factledger/parse';
import type { Context } from './context.js';

/**
 * The article piped to `-`, whole, decoded as a file's bytes would be. A terminal on stdin is refused at once rather than
 * waited on (the user forgot the pipe), and input past the size limit stops the read instead of
 * filling memory.
 */
export async function readStdin(context: Context, maxBytes: number | undefined, name: string): Promise<string> {
  const stdin = context.stdin;
  if (!stdin || stdin.isTTY) {
    throw new FactledgerError('invalid-option', 'Nothing is piped to stdin, so `-` has no article to read', {
      hint: `pipe one in, e.g. cat draft.md | factledger check --stdin-filename draft.md -`,
    });
  }
  const limit = maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limit) {
      stdin.destroy();
      throw new FactledgerError('too-large', `The article on stdin is larger than the limit of ${limit} bytes`, {
        file: name,
        hint: 'raise it with --max-size, e.g. --max-size 20MB, or check a smaller article',
      });
    }
    chunks.push(buffer);
  }
  // The same checks as a file gets: binary, UTF-16, invalid UTF-8, each with its fix.
  return decodeArticle(Buffer.concat(chunks), name);
}
