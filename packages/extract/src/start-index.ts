import type { Matcher } from './matchers/match.js';
import type { Token } from './tokens.js';

const NONE: readonly Matcher[] = [];

/** How many distinct token texts the index remembers. */
const TEXTS_KEPT = 50_000;

/**
 * Which matchers can begin a figure at a token, from the starts each matcher declares. A start's
 * test must depend on the token's text alone (its type follows from it), so a text once worked
 * out is remembered. Built once:
 * a word is looked up in one map, and each distinct test is asked once per token, so adding a
 * matcher costs nothing at the tokens it cannot begin at — which are most of a text.
 */
export class StartIndex {
  readonly #matchers: readonly Matcher[];
  /** Bit k set: matcher k can begin at the word. */
  readonly #byWord = new Map<string, number>();
  readonly #tests: { test: (t: Token) => boolean; mask: number }[] = [];
  /** The matchers for each mask, in priority order, made on first use. */
  readonly #lists = new Map<number, readonly Matcher[]>();

  constructor(matchers: readonly Matcher[]) {
    // A mask is a 31-bit integer.
    if (matchers.length > 31) throw new RangeError('a StartIndex holds at most 31 matchers');
    this.#matchers = matchers;
    matchers.forEach((m, k) => {
      for (const s of m.starts) {
        for (const w of s.words ?? []) this.#byWord.set(w, (this.#byWord.get(w) ?? 0) | (1 << k));
        if (!s.test) continue;
        const shared = this.#tests.find((e) => e.test === s.test);
        if (shared) shared.mask |= 1 << k;
        else this.#tests.push({ test: s.test, mask: 1 << k });
      }
    });
  }

  /** The matchers by token text, as `at` last worked them out: a text repeats its words. */
  readonly #byText = new Map<string, readonly Matcher[]>();

  /** The matchers that can begin at `t`, in the order given. */
  at(t: Token): readonly Matcher[] {
    let list = this.#byText.get(t.text);
    if (list) return list;
    list = this.#find(t);
    // Bounded: a stream of distinct words (a long archive, hashes) must not grow it without end.
    if (this.#byText.size >= TEXTS_KEPT) this.#byText.clear();
    this.#byText.set(t.text, list);
    return list;
  }

  #find(t: Token): readonly Matcher[] {
    const lower = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
    let mask = this.#byWord.get(lower) ?? 0;
    for (const { test, mask: bits } of this.#tests) if ((mask & bits) !== bits && test(t)) mask |= bits;
    if (mask === 0) return NONE;
    let list = this.#lists.get(mask);
    if (!list) {
      list = this.#matchers.filter((_, k) => mask & (1 << k));
      this.#lists.set(mask, list);
    }
    return list;
  }
}
