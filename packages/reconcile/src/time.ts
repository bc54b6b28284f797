/** A closed range of days since 1970-01-01 (UTC): the time a period, a date or a year covers. */
export interface Span {
  start: number;
  end: number;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const DAY = 86_400_000;

function partSpan(text: string): Span | undefined {
  const m = PART.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: Date.UTC(year, 0, 1) / DAY, end: Date.UTC(year, 11, 31) / DAY };
  const month = Number(m[2]) - 1;
  if (m[3] === undefined) return { start: Date.UTC(year, month, 1) / DAY, end: Date.UTC(year, month + 1, 0) / DAY };
  const day = Date.UTC(year, month, Number(m[3])) / DAY;
  return { start: day, end: day };
}

/** `2019`, `2019-03`, `2019-03-08` (a timestamp after it is ignored), or `START/END` of those. */
export function spanOf(text: string | null | undefined): Span | undefined {
  if (!text) return undefined;
  const slash = text.indexOf('/');
  if (slash === -1) return partSpan(text);
  const from = partSpan(text.slice(0, slash));
  const to = partSpan(text.slice(slash + 1));
  return from && to && from.start <= to.end ? { start: from.start, end: to.end } : undefined;
}

export function union(spans: readonly (Span | undefined)[]): Span | undefined {
  let out: Span | undefined;
  for (const s of spans) {
    if (!s) continue;
    out = out ? { start: Math.min(out.start, s.start), end: Math.max(out.end, s.end) } : { ...s };
  }
  return out;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Days between two spans, 0 when they overlap. */
export function gapDays(a: Span, b: Span): number {
  if (overlaps(a, b)) return 0;
  return a.end < b.start ? b.start - a.end : a.start - b.end;
}

/** The span as text: `2019`, `2019-03`, `2019-03-08`, or `2019/2021` for a longer one. */
export function formatSpan(span: Span): string {
  const start = new Date(span.start * DAY).toISOString().slice(0, 10);
  const end = new Date(span.end * DAY).toISOString().slice(0, 10);
  if (start === end) return start;
  if (start.slice(5) === '01-01' && end.slice(5) === '12-31') {
    return start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : `${start.slice(0, 4)}/${end.slice(0, 4)}`;
  }
  if (start.slice(0, 7) === end.slice(0, 7) && start.endsWith('-01')) return start.slice(0, 7);
  return `${start}/${end}`;
}
