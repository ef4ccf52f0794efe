// Calendar dates as day numbers (days since 1970-01-01), parsed strictly from YYYY-MM-DD.

export interface DateValue {
  /** Days since 1970-01-01; dates compare as numbers. */
  day: number;
  text: string;
}

export type DateProblem = "format" | "calendar";

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const digit = (text: string, i: number) => text.charCodeAt(i) - 48;

/** The day number of a `YYYY-MM-DD` text, or why it is not a date. */
export function parseDate(text: string): DateValue | DateProblem {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return "format";
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const d = digit(text, i);
    if (d < 0 || d > 9) return "format";
  }
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return "calendar";
  return { day: dayNumber(year, month, day), text };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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
