import { daysInMonth, isoDate } from '../anchor.js';
import type { DocumentRefiner } from './document-refiner.js';
import type { Refined } from './refined.js';

/** Words before a year that make it a comparison's baseline (`an increase from 2019`), not the year talked about. */
const BASELINE_WORDS = new Set(['from', 'since', 'than', 'over', 'versus', 'vs']);
/** Words that make a date a deadline (`until the end of 2025`, `by 2030`): a bound, not the time a clause is at. */
const DEADLINE_WORDS = new Set(['until', 'till', 'through', 'by', 'before']);

/**
 * The year the text is talking about, carried from sentence to sentence: `the next year` counts
 * from it, and a month or day written without a year (`on 15 January`, `In February`) is in it.
 * Without a publication month that is the year the text last stated: a history told year by year
 * names it once. With one, news means the date nearest publication (`expired December 31` in
 * March is the past December, as the matcher resolved it), unless the sentence itself has just
 * stated the year (`signed on 4 May 2019 and in force on 20 May`).
 */
export const discourseYear: DocumentRefiner = (sentences, { anchor }) => {
  let lastYear: number | undefined;
  for (const { tokens, found } of sentences) {
    let sentenceYear: number | undefined;
    for (const f of found) {
      if (f.discourseYears !== undefined && f.date) {
        const from = lastYear ?? anchor?.year;
        if (from === undefined) f.date.unresolved = 'no year mentioned before it and no publication date';
        else f.value = String(from + f.discourseYears);
      }
      if (f.yearless) resolveYearless(f, anchor?.month === undefined ? lastYear : sentenceYear);
      // A comparison's baseline is not the year talked about, and a date that states no year of
      // its own only echoes one.
      const baseline = BASELINE_WORDS.has(tokens[f.start - 1]?.lower ?? '');
      if (f.kind === 'date' && typeof f.value === 'string' && !baseline && !f.yearless && !f.anniversary) {
        lastYear = Number(f.value.slice(0, 4));
        const cue = tokens[f.start - 1]?.lower === 'the' ? tokens[f.start - 2] : tokens[f.start - 1];
        if (!DEADLINE_WORDS.has(cue?.lower ?? '')) sentenceYear = lastYear;
      }
    }
  }
};

function resolveYearless(f: Refined, year: number | undefined): void {
  const { month, day } = f.yearless as { month: number; day?: number };
  if (year === undefined || (day !== undefined && day > daysInMonth(year, month))) return;
  f.value = isoDate(year, month, day);
  f.date = { relative: true, anchor: String(year) };
}
