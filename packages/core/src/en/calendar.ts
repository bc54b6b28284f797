/** The English calendar: month and weekday names, units of time and rate periods, and what a year looks like. */

export const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/**
 * Month names as a regular-expression source, matching as written in dates: capitalised, full or
 * abbreviated with an optional full stop (`January`, `Jan.`, `Sept`). Read the month with `monthOf`.
 */
export const MONTH_NAME =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';

/** The month (1–12) a name matched by `MONTH_NAME` stands for. */
export function monthOf(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** Abbreviated month names (`Jan`, `Sept`), which end in a full stop that ends no sentence. */
export const MONTH_ABBREVIATIONS: readonly string[] = Object.keys(MONTHS).filter(
  (m) => m.length <= 4 && m !== 'may' && m !== 'june' && m !== 'july',
);

/**
 * A year as news text writes one, as a regular-expression source: four digits from 1000 to 2199,
 * wider than any archive needs. `YEAR` tests a whole token.
 */
export const YEAR_PATTERN = '(?:1[0-9]|20|21)\\d\\d';
export const YEAR = new RegExp(`^${YEAR_PATTERN}$`);

/** Rate periods after a figure: `a year`, `per month`, `annually`. */
export const PERIOD_NOUNS: Record<string, string> = {
  year: 'year',
  annum: 'year',
  month: 'month',
  week: 'week',
  day: 'day',
  quarter: 'quarter',
  hour: 'hour',
};
export const PERIOD_ADVERBS: Record<string, string> = {
  annually: 'year',
  yearly: 'year',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
  quarterly: 'quarter',
  hourly: 'hour',
};

/** Units of time, for durations and relative dates. */
export const TIME_UNITS: Record<string, string> = {
  year: 'year',
  years: 'year',
  month: 'month',
  months: 'month',
  week: 'week',
  weeks: 'week',
  day: 'day',
  days: 'day',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
  hour: 'hour',
  hours: 'hour',
  minute: 'minute',
  minutes: 'minute',
  quarter: 'quarter',
  quarters: 'quarter',
};
