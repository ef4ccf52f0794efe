// Calendar dates as day numbers (days since 1970-01-01), parsed strictly from YYYY-MM-DD.

export interface DateValue {
  /** Days since 1970-01-01; dates compare as numbers. */
  day: number;
  text: string;
}

export type DateProblem = "format" | "calendar";

const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a `YYYY-MM-DD` text, or why it is not a date. */
export function parseDate(text: string): DateValue | DateProblem {
  const m = DATE_FORM.exec(text);
  if (!m) return "format";
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return "calendar";
  return { day: Date.UTC(year, month - 1, day) / 86_400_000, text };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The date `months` calendar months later; the day clamps to the end of a shorter month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * 86_400_000);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const dom = Math.min(d.getUTCDate(), daysInMonth(year, month));
  return Date.UTC(year, month - 1, dom) / 86_400_000;
}

/** Today in the local calendar, as a day number. */
export function localToday(now: Date = new Date()): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000;
}

/** The quarter a day falls in, as `2026-Q1`. */
export function quarterOf(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}
