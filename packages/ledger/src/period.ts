/** A closed range of days (days since 1970-01-01, UTC), the time a period or date covers. */
export interface Span {
  start: number;
  end: number;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY = 86_400_000;

/** `2019` → the whole year, `2019-03` → March, `2019-03-08` → that day; `undefined` when not a real date. */
function partSpan(text: string): Span | undefined {
  const m = PART.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: Date.UTC(year, 0, 1) / DAY, end: Date.UTC(year, 11, 31) / DAY };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { start: Date.UTC(year, month - 1, 1) / DAY, end: Date.UTC(year, month, 0) / DAY };
  const day = Number(m[3]);
  const time = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2019-02-30 over into March: a real date survives the round trip.
  if (day < 1 || new Date(time).getUTCDate() !== day) return undefined;
  return { start: time / DAY, end: time / DAY };
}

/** Parses a period (`2019`, `2019-03`, `2019-03-08`, or `START/END` of those), or `undefined`. */
export function parsePeriod(text: string): Span | undefined {
  const slash = text.indexOf('/');
  if (slash === -1) return partSpan(text);
  const from = partSpan(text.slice(0, slash));
  const to = partSpan(text.slice(slash + 1));
  if (!from || !to || to.end < from.start) return undefined;
  return { start: from.start, end: to.end };
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function midpoint(span: Span): number {
  return (span.start + span.end) / 2;
}

/**
 * Whether two periods or dates (`2021`, `2021-05-01`, `2021/2025`) share at least one day;
 * `undefined` when either is not a period. For tools comparing a claim's time with a fact's.
 */
export function periodsOverlap(a: string, b: string): boolean | undefined {
  const x = parsePeriod(a);
  const y = parsePeriod(b);
  return x && y ? overlaps(x, y) : undefined;
}
