import type { Token } from '../tokens.js';
import type { DocumentRefiner } from './document-refiner.js';
import type { Refined } from './refined.js';

/** How many words on each side of a date may name the event it dates (`the 2010 Haiti earthquake`). */
const EVENT_REACH = 4;

/**
 * `the first anniversary of the quake`: the event's date plus the years, where the text states
 * that date before (a date beside a word naming the event: `quake` in `earthquake`, `the 2010
 * Haiti earthquake`), at the precision it states. An anniversary of an event the text does not
 * date is no figure a reader can check, and is dropped.
 */
export const anniversaries: DocumentRefiner = (sentences) => {
  const seen: { figure: Refined; tokens: Token[] }[] = [];
  for (const sentence of sentences) {
    for (const f of sentence.found) {
      if (f.anniversary) resolve(f, f.anniversary, seen);
      else if (f.kind === 'date' && typeof f.value === 'string') seen.push({ figure: f, tokens: sentence.tokens });
    }
    sentence.found = sentence.found.filter((f) => !f.anniversary || typeof f.value === 'string');
  }
};

function resolve(
  f: Refined,
  { years, of }: { years: number; of?: string },
  seen: { figure: Refined; tokens: Token[] }[],
) {
  if (of === undefined) return;
  for (let k = seen.length - 1; k >= 0; k--) {
    const { figure, tokens } = seen[k] as { figure: Refined; tokens: Token[] };
    const near = [
      ...tokens.slice(Math.max(0, figure.start - EVENT_REACH), figure.start),
      ...tokens.slice(figure.end, figure.end + EVENT_REACH),
    ];
    if (!near.some((t) => t.type === 'word' && t.lower.replace(/'s$/, '').endsWith(of))) continue;
    const value = figure.value as string;
    const year = Number(value.slice(0, 4)) + years;
    // 29 February has no anniversary in most years; the year alone is still right.
    const rest = value.slice(4);
    f.value = rest === '-02-29' && !leap(year) ? String(year) : `${year}${rest}`;
    f.precision = f.value.length === 4 ? { unit: 'year' } : { ...figure.precision };
    f.date = { relative: true, anchor: value };
    return;
  }
}

const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
