/** The publication date relative dates are resolved against, at the precision known. */
export interface Anchor {
  year: number;
  month?: number;
  day?: number;
}

export function parseAnchor(published: string | undefined): Anchor | undefined {
  const m = published ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published) : null;
  if (!m) return undefined;
  const anchor: Anchor = { year: Number(m[1]) };
  if (m[2]) anchor.month = Number(m[2]);
  if (m[3]) anchor.day = Number(m[3]);
  return anchor;
}

export const pad = (n: number): string => String(n).padStart(2, '0');

export function isoDate(year: number, month?: number, day?: number): string {
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The year of a month (and day) written without one: the year that puts it nearest
 * the publication date. News writes "on December 31" in March for the past December
 * and "on April 15" for the coming April; nearest-in-time reads both right.
 */
export function nearestYear(anchor: Anchor, month: number, day = 15): number {
  const ref = Date.UTC(anchor.year, (anchor.month ?? 7) - 1, anchor.day ?? 15);
  let best = anchor.year;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    const gap = Math.abs(Date.UTC(year, month - 1, day) - ref);
    if (gap < bestGap) {
      best = year;
      bestGap = gap;
    }
  }
  return best;
}

/** The month `delta` months from the anchor's month. */
export function shiftMonth(anchor: Anchor & { month: number }, delta: number): { year: number; month: number } {
  const index = anchor.year * 12 + (anchor.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The date of a weekday named without a date: the latest such day on or before the
 * publication date ("said on Tuesday"), or the next one when the text says `next`.
 */
export function weekdayDate(anchor: Anchor, weekday: number, forward: boolean): string | undefined {
  if (anchor.month === undefined || anchor.day === undefined) return undefined;
  const ref = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day));
  const delta = forward ? (weekday - ref.getUTCDay() + 7) % 7 || 7 : -((ref.getUTCDay() - weekday + 7) % 7);
  const d = new Date(ref.getTime() + delta * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
