import type { DateResolution, Precision } from '@factledger/core';
import { MONTHS, ORDINALS, TIME_UNITS, WEEKDAYS, YEAR } from '@factledger/core/en';
import { type Anchor, daysInMonth, isoDate, nearestYear, shiftMonth, weekdayDate } from '../anchor.js';
import { readNumber } from '../numbers.js';
import type { Token } from '../tokens.js';
import { type Match, type MatchContext, type Matcher, NUMBER_STARTS, word } from './match.js';

/** Prepositions and modifiers that put a month or a year in time: `in May`, `since 2019`, `early December`. */
const TIME_CUES = [
  ...['in', 'since', 'until', 'till', 'by', 'from', 'through', 'before', 'after', 'during', 'of', 'the'],
  ...['early', 'late', 'mid', 'between', 'and', 'to', 'end'],
];
/** Words before a bare month name that make it a date (`May` and `March` are also a verb and a noun). */
const MONTH_CUES = new Set([...TIME_CUES, 'or', 'on', 'last', 'next', 'this', 'beginning', 'start', 'middle']);
/** Words before a bare year that make it a date even when a plural noun follows (`in 2020 elections`). */
const YEAR_CUES = new Set([
  ...TIME_CUES,
  ...['fiscal', 'fy', 'for', 'year', 'circa', 'spring', 'summer', 'autumn', 'fall', 'winter'],
]);
const PART_OF_PERIOD = new Set(['early', 'late', 'mid']);
const EDGES = new Set(['end', 'beginning', 'start', 'middle']);
const RELATIVE_UNITS = new Set(['year', 'month', 'week', 'weekend', 'quarter']);

/** `the next year` counts from the year the text is talking about. */
const DISCOURSE_SHIFT: Record<string, number> = { next: 1, following: 1, previous: -1, prior: -1 };

function yearAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t?.type !== 'number' || !YEAR.test(t.text)) return undefined;
  // `2020s`, `2024-25`, `1990s`: decades and fiscal spans are read elsewhere; `2020s` is glued.
  const next = tokens[i + 1];
  if (next?.glued && next.type === 'word') return undefined;
  return Number(t.text);
}

function monthAt(tokens: Token[], i: number): { month: number; end: number } | undefined {
  const t = tokens[i];
  if (t?.type !== 'word') return undefined;
  const month = MONTHS[t.lower];
  // Month names are proper nouns: `may`, `march` and `sept` in lower case are other words.
  if (month === undefined || !/^\p{Lu}/u.test(t.text)) return undefined;
  const abbreviated = t.lower.length <= 4 && t.lower !== 'june' && t.lower !== 'july' && t.lower !== 'may';
  if (abbreviated) {
    if (tokens[i + 1]?.text === '.' && tokens[i + 1]?.glued) return { month, end: i + 2 };
    if (tokens[i + 1]?.type !== 'number') return undefined;
  }
  return { month, end: i + 1 };
}

function dayAt(tokens: Token[], i: number): { day: number; end: number } | undefined {
  const t = tokens[i];
  if (t?.type !== 'number' || !/^\d{1,2}$/.test(t.text)) return undefined;
  const day = Number(t.text);
  if (day < 1 || day > 31) return undefined;
  const suffix = tokens[i + 1];
  if (suffix?.glued && /^(st|nd|rd|th)$/.test(suffix.lower)) return { day, end: i + 2 };
  if (suffix?.glued && suffix.type === 'word') return undefined;
  if (suffix?.text === ':' && suffix.glued) return undefined; // a time, 09:00
  return { day, end: i + 1 };
}

/** Strips a possessive: `year's`, `Monday's`. */
const base = (t: Token | undefined): string | undefined => t?.lower.replace(/'s$/, '');

const stated = (month?: number, day?: number): Precision => ({
  unit: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
});

/**
 * A date match. Callers add what is special to their date with `Object.assign`, not by spreading it
 * into a new object: on Node 20 a spread and a new key give every object a hidden class of its own.
 */
function dateMatch(
  start: number,
  end: number,
  value: string | null,
  precision: Precision,
  date: DateResolution,
): Match {
  return { kind: 'date', start, end, value, unit: null, precision, date };
}

/** `Jan. 24, 2020`, `24 January 2020`, `March of 2021`, `December 31`, `early December`. */
function calendarDate(context: MatchContext, i: number, start: number): Match | null {
  const { tokens, anchor } = context;
  let m = monthAt(tokens, i);
  let day: { day: number; end: number } | undefined;
  // `7-9 March 2018`: the first end of a range of days, whose month and year are written once, after the last.
  let rangeEnd: number | undefined;
  if (!m) {
    // Day first: `24 January 2020`.
    day = dayAt(tokens, i);
    if (!day) return null;
    let k = day.end;
    // `from 27 to 29 October`: `to` joins days only where `from` or `between` opens the range.
    const joined =
      isDash(tokens[k]) || (word(tokens, k) === 'to' && /^(from|between)$/.test(word(tokens, i - 1) ?? ''));
    const last = joined ? dayAt(tokens, k + 1) : undefined;
    if (last && last.day > day.day) {
      rangeEnd = day.end;
      k = last.end;
    }
    if (word(tokens, k) === 'of') k++;
    m = monthAt(tokens, k);
    if (!m) return null;
  } else {
    day = dayAt(tokens, m.end);
  }
  let end = day && day.end > m.end ? day.end : m.end;
  let k = end;
  if (tokens[k]?.text === ',') k++;
  else if (word(tokens, k) === 'of' && !day) k++;
  let year = yearAt(tokens, k);
  if (year !== undefined) end = k + 1;
  else if (word(tokens, end) === 'of') {
    // `March of last year`: the year is itself relative.
    const relative = relativeDate(context, end + 1, end + 1);
    if (typeof relative?.value === 'string' && /^\d{4}$/.test(relative.value)) {
      year = Number(relative.value);
      end = relative.end;
    }
  }
  if (rangeEnd !== undefined) end = rangeEnd;
  const monthDay = day?.day;
  if (monthDay !== undefined && monthDay > daysInMonth(year ?? 2000, m.month)) return null;
  const before = word(tokens, start - 1);
  const bare = year === undefined && monthDay === undefined;
  // A bare month name needs a cue (`in May`): `May` and `March` are also a verb and a noun. In a
  // range of months (`May–June`) each end is the other's cue.
  const ranged =
    (isDash(tokens[end]) && monthAt(tokens, end + 1) !== undefined) ||
    (isDash(tokens[start - 1]) && monthAt(tokens, start - 2) !== undefined);
  if (bare && start === i && !MONTH_CUES.has(before ?? '') && !ranged) return null;
  if (year !== undefined) {
    return dateMatch(start, end, isoDate(year, m.month, monthDay), stated(m.month, monthDay), { relative: false });
  }
  // `last December`: the most recent December before publication (`next March` the first after),
  // a month counted from the publication date, not the year the text is talking about.
  const shift = start === i && bare ? SHIFTED_MONTH[before ?? ''] : undefined;
  if (shift !== undefined) {
    if (anchor?.month === undefined) {
      return dateMatch(
        start - 1,
        end,
        null,
        { unit: 'month' },
        { relative: true, unresolved: 'the publication date gives no month' },
      );
    }
    const after = m.month > anchor.month;
    const year =
      shift < 0 ? (m.month < anchor.month ? anchor.year : anchor.year - 1) : after ? anchor.year : anchor.year + 1;
    return dateMatch(
      start - 1,
      end,
      isoDate(year, m.month),
      { unit: 'month' },
      {
        relative: true,
        anchor: isoDate(anchor.year, anchor.month, anchor.day),
      },
    );
  }
  const yearless = monthDay === undefined ? { month: m.month } : { month: m.month, day: monthDay };
  if (!anchor) {
    return Object.assign(
      dateMatch(start, end, null, stated(m.month, monthDay), {
        relative: true,
        unresolved: 'no year in the text and no publication date',
      }),
      { yearless },
    );
  }
  const resolved = nearestYear(anchor, m.month, monthDay);
  return Object.assign(
    dateMatch(start, end, isoDate(resolved, m.month, monthDay), stated(m.month, monthDay), {
      relative: true,
      anchor: isoDate(anchor.year, anchor.month, anchor.day),
    }),
    { yearless },
  );
}

const SHIFTED_MONTH: Record<string, number> = { last: -1, next: 1 };

const isDash = (t: Token | undefined): boolean => t?.text === '-' || t?.text === '\u2013';

/**
 * The second end of a range of days, as its own date: `March 7-9` is March 7 and (March) 9, and
 * `7-9 March 2018` is 7 (March 2018) and 9 March 2018. A year written after the range
 * (`March 7-9, 2018`) belongs to both ends, so the first is completed here too.
 */
export function secondDay(context: MatchContext, first: Match): Match | null {
  const { tokens } = context;
  const joined =
    isDash(tokens[first.end]) ||
    (word(tokens, first.end) === 'to' && /^(from|between)$/.test(word(tokens, first.start - 1) ?? ''));
  if (first.kind !== 'date' || first.precision.unit !== 'day' || !joined) return null;
  const j = first.end + 1;
  if (tokens[j]?.type !== 'number') return null;
  // Day first, or a range across months (`March 30 - April 2`): the second end is a whole date.
  const whole = calendarDate(context, j, j);
  if (whole) return whole;
  const month = first.yearless?.month;
  const from = first.yearless?.day;
  const day = dayAt(tokens, j);
  if (month === undefined || from === undefined || !day || day.day <= from) return null;
  let end = day.end;
  const year = tokens[end]?.text === ',' ? yearAt(tokens, end + 1) : undefined;
  if (year !== undefined) {
    if (day.day > daysInMonth(year, month)) return null;
    end += 2;
    first.value = isoDate(year, month, from);
    first.date = { relative: false };
    delete first.yearless;
    return dateMatch(j, end, isoDate(year, month, day.day), { unit: 'day' }, { relative: false });
  }
  const resolved = typeof first.value === 'string' ? Number(first.value.slice(0, 4)) : undefined;
  if (day.day > daysInMonth(resolved ?? 2000, month)) return null;
  const value = resolved === undefined ? null : isoDate(resolved, month, day.day);
  return Object.assign(dateMatch(j, end, value, { unit: 'day' }, { ...first.date } as DateResolution), {
    yearless: { month, day: day.day },
  });
}

/** `this year`, `last year's`, `earlier this month`, `next week`, resolved against the publication date. */
function relativeDate(context: MatchContext, i: number, start: number): Match | null {
  const { tokens, anchor } = context;
  const which = word(tokens, i);
  // `last year's`: the possessive is part of the token and of the date.
  const unit = base(tokens[i + 1]);
  if (!unit || !RELATIVE_UNITS.has(unit)) return null;
  const end = i + 2;
  // `earlier that year`: the year the text was just talking about.
  if (which === 'that' && start < i && unit === 'year') {
    return Object.assign(dateMatch(start, end, null, { unit: 'year' }, { relative: true }), { discourseYears: 0 });
  }
  const discourse = DISCOURSE_SHIFT[which ?? ''];
  if (discourse !== undefined && word(tokens, start - 1) === 'the' && unit === 'year') {
    return Object.assign(dateMatch(start, end, null, { unit: 'year' }, { relative: true }), {
      discourseYears: discourse,
    });
  }
  if (which !== 'this' && which !== 'last' && which !== 'next') return null;
  const delta = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  const resolution: DateResolution = { relative: true };
  if (!anchor) {
    resolution.unresolved = 'relative date and no publication date';
    return dateMatch(start, end, null, { unit: unit === 'year' ? 'year' : 'month' }, resolution);
  }
  resolution.anchor = isoDate(anchor.year, anchor.month, anchor.day);
  if (unit === 'year') return dateMatch(start, end, String(anchor.year + delta), { unit: 'year' }, resolution);
  if (unit === 'month' || unit === 'quarter') {
    if (anchor.month === undefined || unit === 'quarter') {
      resolution.unresolved = `the publication date gives no ${unit}`;
      return dateMatch(start, end, null, { unit: 'month' }, resolution);
    }
    const shifted = shiftMonth(anchor as Anchor & { month: number }, delta);
    return dateMatch(start, end, isoDate(shifted.year, shifted.month), { unit: 'month' }, resolution);
  }
  // Weeks resolve to the month they fall in only when the publication day is known.
  if (anchor.month === undefined || anchor.day === undefined) {
    resolution.unresolved = 'the publication date gives no day';
    return dateMatch(start, end, null, { unit: 'day' }, resolution);
  }
  const d = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day + delta * 7));
  return dateMatch(start, end, isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1), { unit: 'month' }, resolution);
}

const DAY_SHIFT: Record<string, number> = { yesterday: -1, tomorrow: 1 };

/** `yesterday`, `tomorrow`: a day from the publication day, which must be known. */
function adjacentDay(context: MatchContext, i: number, start: number): Match | null {
  const { tokens, anchor } = context;
  const shift = DAY_SHIFT[base(tokens[i]) ?? ''];
  if (shift === undefined) return null;
  const resolution: DateResolution = { relative: true };
  if (anchor?.month === undefined || anchor.day === undefined) {
    resolution.unresolved = 'the publication date gives no day';
    return dateMatch(start, i + 1, null, { unit: 'day' }, resolution);
  }
  resolution.anchor = isoDate(anchor.year, anchor.month, anchor.day);
  const d = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day + shift));
  const value = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return dateMatch(start, i + 1, value, { unit: 'day' }, resolution);
}

function weekday(context: MatchContext, i: number, start: number): Match | null {
  const { tokens, anchor } = context;
  const t = tokens[i] as Token;
  const day = WEEKDAYS[base(t) ?? ''];
  if (day === undefined || !/^\p{Lu}/u.test(t.text)) return null;
  const end = i + 1;
  const forward = word(tokens, start - 1) === 'next' || word(tokens, i - 1) === 'next';
  const value = anchor ? weekdayDate(anchor, day, forward) : undefined;
  const resolution: DateResolution = { relative: true };
  if (value === undefined) resolution.unresolved = 'a weekday needs the publication day';
  else if (anchor) resolution.anchor = isoDate(anchor.year, anchor.month, anchor.day);
  return dateMatch(start, end, value ?? null, { unit: 'day' }, resolution);
}

/** `2024`, `the 1990s`, `fiscal 2025`. */
function yearDate(context: MatchContext, i: number, start: number): Match | null {
  const { tokens } = context;
  const t = tokens[i] as Token;
  if (t.type !== 'number' || !YEAR.test(t.text)) return null;
  const next = tokens[i + 1];
  if (next?.glued && next.lower === 's') {
    const decade = Number(t.text);
    if (decade % 10 !== 0) return null;
    return dateMatch(start, i + 2, String(decade), { unit: 'year', step: 10 }, { relative: false });
  }
  const year = yearAt(tokens, i);
  if (year === undefined) return null;
  const before = word(tokens, start - 1);
  const after = tokens[i + 1];
  // `1500 workers`: a four-digit count. A year is cued by a preposition, or stands before a singular noun
  // (`the 2016 campaign`) or no noun at all.
  const plural = after?.type === 'word' && /^[a-z]+s$/.test(after.text) && !(after.lower in MONTHS);
  // `Q3 2024 results`, `H1 2023 figures`: a quarter or half labels the year, as a preposition would.
  const label = tokens[start - 1];
  const labelled = label?.glued === true && /^[1-4]$/.test(label.text) && /^[qh]$/.test(word(tokens, start - 2) ?? '');
  if (plural && !YEAR_CUES.has(before ?? '') && !labelled && start === i) return null;
  // A year glued to letters is a name or an identifier: `COVID-19`, `Vision2030` (checked by the caller too).
  return dateMatch(start, i + 1, String(year), { unit: 'year' }, { relative: false });
}

/** `2024-01-15`: an ISO date written in the text (year-month alone is left out: `2011-12` is also a fiscal year). */
function isoDateText(context: MatchContext, i: number, start: number): Match | null {
  const { tokens } = context;
  const year = yearAt(tokens, i);
  if (year === undefined) return null;
  const [dash1, month, dash2, day] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  const glued = [dash1, month, dash2, day].every((t) => t?.glued);
  if (!glued || dash1?.text !== '-' || dash2?.text !== '-') return null;
  if (!/^(0[1-9]|1[0-2])$/.test(month?.text ?? '') || !/^\d\d$/.test(day?.text ?? '')) return null;
  const m = Number(month?.text);
  const d = Number(day?.text);
  if (d < 1 || d > daysInMonth(year, m)) return null;
  return dateMatch(start, i + 5, isoDate(year, m, d), { unit: 'day' }, { relative: false });
}

/** The units of time a date can be counted back by from publication: the calendar's, not decades. */
const AGO_UNITS = new Set(['year', 'month', 'week', 'day']);

/** `a year ago`, `two months ago`, `10 days ago`: counted back from the publication date. */
function agoDate(context: MatchContext, i: number, start: number): Match | null {
  const { tokens, anchor } = context;
  const article = word(tokens, i) === 'a' || word(tokens, i) === 'an';
  const n = article ? { value: 1, end: i + 1, decimals: 0 } : readNumber(tokens, i);
  if (n?.decimals !== 0 || n.value < 1) return null;
  const unit = TIME_UNITS[word(tokens, n.end) ?? ''] as 'year' | 'month' | 'week' | 'day' | undefined;
  if (!unit || !AGO_UNITS.has(unit) || word(tokens, n.end + 1) !== 'ago') return null;
  const end = n.end + 2;
  const back = unit === 'week' ? n.value * 7 : n.value;
  const stated: Precision = { unit: unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day' };
  const resolution: DateResolution = { relative: true };
  const needs = unit === 'year' ? anchor : unit === 'month' ? anchor?.month : anchor?.day;
  if (!anchor || needs === undefined) {
    resolution.unresolved = `the publication date gives no ${unit === 'week' ? 'day' : unit}`;
    return dateMatch(start, end, null, stated, resolution);
  }
  resolution.anchor = isoDate(anchor.year, anchor.month, anchor.day);
  if (unit === 'year') return dateMatch(start, end, String(anchor.year - back), stated, resolution);
  if (unit === 'month') {
    const m = shiftMonth(anchor as Anchor & { month: number }, -back);
    return dateMatch(start, end, isoDate(m.year, m.month), stated, resolution);
  }
  const d = new Date(Date.UTC(anchor.year, (anchor.month ?? 1) - 1, (anchor.day ?? 1) - back));
  return dateMatch(start, end, isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), stated, resolution);
}

/**
 * `the first anniversary`, `its 10th anniversary`: a date some years after an event. Which event
 * and when, only the text before says; the anniversary refiner resolves it or drops it.
 */
function anniversary(context: MatchContext, i: number, start: number): Match | null {
  const { tokens } = context;
  const t = tokens[i] as Token;
  let years = ORDINALS[t.lower];
  let next = i + 1;
  if (years === undefined && t.type === 'number' && /^(st|nd|rd|th)$/.test(tokens[i + 1]?.lower ?? '')) {
    years = Number(t.text);
    next = i + 2;
  }
  if (years === undefined || word(tokens, next) !== 'anniversary') return null;
  let k = next + 1;
  if (word(tokens, k) !== 'of')
    return Object.assign(dateMatch(start, k, null, { unit: 'year' }, { relative: true }), { anniversary: { years } });
  k++;
  // The event is the noun phrase after `of`: its last word before a break names it (`of the quake,`).
  let head: string | undefined;
  for (; k < tokens.length && tokens[k]?.type !== 'symbol'; k++) {
    const w = tokens[k] as Token;
    if (w.type === 'word' && /^(in|on|at|when|and|but|that|which|by|with|for|to)$/.test(w.lower)) break;
    if (w.type === 'word') head = w.lower.replace(/'s$/, '');
  }
  return Object.assign(dateMatch(start, next + 1, null, { unit: 'year' }, { relative: true }), {
    anniversary: head === undefined ? { years } : { years, of: head },
  });
}

const DATE_PARTS: ((context: MatchContext, i: number, start: number) => Match | null)[] = [
  isoDateText,
  calendarDate,
  relativeDate,
  agoDate,
  anniversary,
  adjacentDay,
  weekday,
  yearDate,
];

function core(context: MatchContext, i: number, start: number): Match | null {
  // A sentence may end on the word that would open a date (`# Election called early`).
  if (i >= context.tokens.length) return null;
  for (const part of DATE_PARTS) {
    const m = part(context, i, start);
    if (m) return m;
  }
  return null;
}

/**
 * Dates, with the words that are part of them: `end of 2025`, `the end of the year`, `early December`,
 * `earlier this year`, `mid-2021`. `early`/`late` narrow a date but the value keeps the stated precision.
 */
const readDate = (context: MatchContext, i: number): Match | null => {
  const { tokens, anchor } = context;
  const first = word(tokens, i);
  if (first === 'earlier' || first === 'later') {
    const m = relativeDate(context, i + 1, i);
    if (m) return m;
  }
  if (first && PART_OF_PERIOD.has(first)) {
    const next = tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
    const m = core(context, next, i);
    if (m && m.kind === 'date') return m;
  }
  if (first && EDGES.has(first) && word(tokens, i + 1) === 'of') {
    let k = i + 2;
    if (word(tokens, k) === 'the' && (word(tokens, k + 1) === 'year' || word(tokens, k + 1) === 'month')) {
      const unit = word(tokens, k + 1);
      const resolution: DateResolution = { relative: true };
      if (!anchor || (unit === 'month' && anchor.month === undefined)) {
        resolution.unresolved = 'relative date and no publication date';
        return dateMatch(i, k + 2, null, { unit: 'day' }, resolution);
      }
      resolution.anchor = isoDate(anchor.year, anchor.month, anchor.day);
      return dateMatch(
        i,
        k + 2,
        edgeOf(first, anchor.year, unit === 'month' ? anchor.month : undefined),
        { unit: 'day' },
        resolution,
      );
    }
    if (word(tokens, k) === 'the') k++;
    const m = core(context, k, i);
    if (m && typeof m.value === 'string') {
      // `end of 2025` is the year's last day; `end of August` stays a month: the text names no day.
      if (/^\d{4}$/.test(m.value)) {
        m.value = edgeOf(first, Number(m.value), undefined);
        m.precision = { unit: 'day' };
      }
      return m;
    }
    if (m) return m;
  }
  return core(context, i, i);
};

function edgeOf(edge: string, year: number, month: number | undefined): string {
  if (edge === 'end') return month === undefined ? `${year}-12-31` : isoDate(year, month, daysInMonth(year, month));
  if (edge === 'beginning' || edge === 'start') return month === undefined ? `${year}-01-01` : isoDate(year, month, 1);
  return month === undefined ? `${year}-07-01` : isoDate(year, month, 15);
}

/** Dates: `Jan. 24, 2020`, `2020`, `last December`, `a year ago`, `yesterday`, `the first anniversary`, `end of 2025`. */
export const date: Matcher = {
  name: 'date',
  starts: [
    NUMBER_STARTS,
    { words: [...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(ORDINALS)] },
    {
      words: [
        ...['this', 'earlier', 'later', ...Object.keys(SHIFTED_MONTH), ...Object.keys(DISCOURSE_SHIFT)],
        ...[...Object.keys(DAY_SHIFT), ...PART_OF_PERIOD, ...EDGES],
      ],
    },
  ],
  match: readDate,
};
