import { createRequire } from 'node:module';
import { REPORTING_WORDS } from '@factledger/core/en';
import type Nlp from 'compromise/two';

// compromise loads on first use, not on import: a run that reads no sentence with a figure
// (`--help`, a ledger command, an empty article) never pays for its lexicon. And it is the
// single-file build of `compromise/two` — the tagger, which is all we ask of it — not the ESM
// sources of the full library: about half the load time, the same tags (see `pnpm bench`).
let nlp: typeof Nlp | undefined;
const compromise = (): typeof Nlp => {
  nlp ??= createRequire(import.meta.url)('compromise/two') as typeof Nlp;
  return nlp;
};

/** A compromise term with offsets into the sentence it came from. */
interface Term {
  text: string;
  normal: string;
  tags: Set<string>;
  start: number;
  end: number;
  /** The punctuation and space after the term: a comma here ends a phrase. */
  post: string;
}

interface CompromiseTerm {
  text: string;
  normal: string;
  tags: string[];
  post: string;
  offset: { start: number; length: number };
}

/** What compromise tells about one sentence: parsed once, asked for every figure in it. */
export interface SentenceReading {
  terms: Term[];
  attribution: { start: number; end: number } | null;
}

const PHRASE_TAGS = ['Noun', 'Adjective', 'Acronym', 'ProperNoun', 'Possessive'];
const inPhrase = (t: Term): boolean =>
  PHRASE_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Pronoun') && !t.tags.has('Date') && !t.tags.has('Value');
const breaksAfter = (t: Term): boolean => /[,.;:!?()"]/.test(t.post);

/**
 * compromise's tagger in two passes: the lexicon with word-shape rules, then a sweep of
 * contextual match rules. What we read from the tags — is the word after a figure a noun, an
 * adjective, a reporting verb — the first pass already gets right; the second costs about two
 * thirds of the time (see `pnpm bench`), so only the first runs.
 */
const FIRST_PASS = ['alias', 'machine', 'index', 'id', 'freeze', 'typeahead', 'lexicon', 'preTagger'];

/**
 * Tags the parts of a sentence that matter with compromise: the words around each figure, and
 * around a reporting verb (`said`, `according to`). Only sentences that hold a figure get here,
 * and only those windows are tagged: this is the expensive step the scanner exists to keep rare.
 * `windows` are `[start, end)` offsets into `text`, in any order.
 */
export function readSentence(text: string, windows: [number, number][]): SentenceReading {
  const terms: Term[] = [];
  for (const [start, end] of merge(windows)) {
    // A "sentence" of a megabyte is damage, not prose: compromise gets it in pieces so the work stays linear.
    for (let from = start; from < end; ) {
      let to = Math.min(end, from + CHUNK);
      if (to < end) {
        const space = text.lastIndexOf(' ', to);
        if (space > from) to = space;
      }
      tag(text.slice(from, to), from, terms);
      from = to;
    }
  }
  return { terms, attribution: findAttribution(terms) };
}

function merge(windows: [number, number][]): [number, number][] {
  const sorted = [...windows].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else out.push([w[0], w[1]]);
  }
  return out;
}

/** Words that can open an attribution, so the window around them is tagged too. */
export function isReportingWord(lower: string): boolean {
  return REPORTING_WORDS.has(lower);
}

const CHUNK = 2000;

function tag(text: string, offset: number, terms: Term[]): void {
  const json = compromise().tokenize(text).compute(FIRST_PASS).json({ offset: true }) as { terms: CompromiseTerm[] }[];
  for (const sentence of json) {
    for (const t of sentence.terms) {
      terms.push({
        text: t.text,
        normal: t.normal,
        tags: new Set(t.tags),
        start: offset + t.offset.start,
        end: offset + t.offset.start + t.offset.length,
        post: t.post,
      });
    }
  }
}

/** Index of the first term that ends after `offset` (terms are in order). */
function termAt(terms: Term[], offset: number): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((terms[mid] as Term).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `according to two US officials`, `CNN reported`, `officials said`, `said David Maxwell`. */
function findAttribution(terms: Term[]): { start: number; end: number } | null {
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k] as Term;
    if (t.normal === 'according' && terms[k + 1]?.normal === 'to') {
      // The source is a noun phrase: it ends at punctuation, or where a verb or a new clause begins.
      let e = k + 2;
      while (e < terms.length && !breaksAfter(terms[e - 1] as Term) && !endsSource(terms[e] as Term)) e++;
      if (e === k + 2) continue;
      return { start: (terms[k + 2] as Term).start, end: (terms[e - 1] as Term).end };
    }
    if (!REPORTING_WORDS.has(t.normal) || !t.tags.has('Verb')) continue;
    let s = k;
    while (s > 0 && inPhraseOrDeterminer(terms[s - 1] as Term) && !breaksAfter(terms[s - 1] as Term)) s--;
    if (s < k) return { start: (terms[s] as Term).start, end: (terms[k - 1] as Term).end };
    let e = k + 1;
    while (e < terms.length && (terms[e] as Term).tags.has('ProperNoun')) {
      e++;
      if (breaksAfter(terms[e - 1] as Term)) break;
    }
    if (e > k + 1) return { start: (terms[k + 1] as Term).start, end: (terms[e - 1] as Term).end };
  }
  return null;
}

/** Longest noun phrase read around a figure: a subject is a few words, never a paragraph. */
const MAX_PHRASE = 8;

const endsSource = (t: Term): boolean =>
  t.tags.has('Verb') || t.tags.has('Conjunction') || t.normal === 'that' || t.normal === 'which';

const inPhraseOrDeterminer = (t: Term): boolean => inPhrase(t) || t.tags.has('Determiner') || t.tags.has('Value');

/**
 * The noun phrase a figure counts or pays for: the nouns right after it (`1,140 new teachers`),
 * else the nearest noun phrase before it (`the county pays about $2 million`).
 */
export function subjectOf(
  reading: SentenceReading,
  start: number,
  end: number,
): { phrase: string | null; head: string | null } {
  const { terms } = reading;
  let k = termAt(terms, end);
  if (terms[k] && (terms[k] as Term).start < end) k++;
  const words: Term[] = [];
  if (k < terms.length && !breaksAfter(terms[k - 1] ?? ({ post: '' } as Term))) {
    // `a year`, `per month` after a figure is its period, not what it counts.
    if ((terms[k] as Term).tags.has('Determiner') && (terms[k + 1] as Term | undefined)?.tags.has('Duration')) k += 2;
    for (const stop = k + MAX_PHRASE; k < terms.length && k < stop && inPhrase(terms[k] as Term); k++) {
      words.push(terms[k] as Term);
      if (breaksAfter(terms[k] as Term)) break;
    }
  }
  if (words.length === 0) {
    let j = termAt(terms, start) - 1;
    for (const stop = j - MAX_PHRASE; j >= 0 && j > stop && !inPhrase(terms[j] as Term); ) j--;
    for (const stop = j - MAX_PHRASE; j >= 0 && j > stop && inPhrase(terms[j] as Term); j--)
      words.unshift(terms[j] as Term);
  }
  const nouns = words.filter((w) => w.tags.has('Noun'));
  if (words.length === 0) return { phrase: null, head: null };
  return {
    phrase: words.map((w) => w.text).join(' '),
    head: (nouns[nouns.length - 1] ?? words[words.length - 1])?.normal ?? null,
  };
}

const NAME_TAGS = ['ProperNoun', 'Place', 'Organization', 'Person', 'Acronym'];
const isName = (t: Term): boolean =>
  NAME_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Value') && !t.tags.has('Date') && /^\p{Lu}/u.test(t.text);

/** The names in the tagged parts of the sentence (`New Zealand`, `the Labor Department`), in order, once each. */
export function actorsOf(reading: SentenceReading): string[] {
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const name = run.join(' ');
    if (name && !names.includes(name)) names.push(name);
    run = [];
  };
  for (const t of reading.terms) {
    if (isName(t)) run.push(t.text);
    else flush();
    if (breaksAfter(t)) flush();
  }
  flush();
  return names;
}
