import type { Claim } from '@factledger/core';

/** Bytes of one chunk: small enough to waste little at the end of a run, large enough to be few. */
const CHUNK = 64 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Claims kept until a run ends, as UTF-8 JSON packed end to end in a few large byte chunks, each
 * read back as a fresh object. A claim as objects is about 1 KB of the JavaScript heap (its
 * position, precision and sentence are objects and strings of their own) and, held to the end of
 * a run, made the heap grow with every article; as bytes it is about half that, outside the heap,
 * in one chunk per hundred claims or so. Claims are plain JSON data, so nothing is lost.
 */
export class ClaimStore {
  readonly #chunks: Uint8Array[] = [];
  /** Per claim: its chunk, where it starts in it, and its length, three numbers in a row. */
  #index = new Uint32Array(3 * 64);
  #size = 0;
  #used = CHUNK;

  get size(): number {
    return this.#size;
  }

  /** Stores a copy of `claim`; returns its number for {@link get}. */
  add(claim: Claim): number {
    const json = JSON.stringify(claim);
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const most = json.length * 3;
    // `#used` starts full, so the first claim opens the first chunk.
    if (this.#used + most > CHUNK) {
      this.#chunks.push(new Uint8Array(Math.max(CHUNK, most)));
      this.#used = 0;
    }
    const chunk = this.#chunks.length - 1;
    const { written } = encoder.encodeInto(json, (this.#chunks[chunk] as Uint8Array).subarray(this.#used));
    if (3 * (this.#size + 1) > this.#index.length) {
      const grown = new Uint32Array(this.#index.length * 2);
      grown.set(this.#index);
      this.#index = grown;
    }
    this.#index.set([chunk, this.#used, written], 3 * this.#size);
    this.#used += written;
    return this.#size++;
  }

  /** Claim number `n` as it was when added, as a new object. */
  get(n: number): Claim {
    if (!Number.isInteger(n) || n < 0 || n >= this.#size) throw new RangeError(`No claim ${n} in the store`);
    const [chunk, start, length] = this.#index.subarray(3 * n, 3 * n + 3) as unknown as [number, number, number];
    return JSON.parse(decoder.decode((this.#chunks[chunk] as Uint8Array).subarray(start, start + length))) as Claim;
  }
}
