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

/** Year, month and day of a day number (Howard Hinnant's civil_from_days), for any year. */
export function civil(day: number): { year: number; month: number; dom: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, dom: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** A day as `YYYY-MM-DD`; a year past 9999 (a review date ten years after 9999) is written as it is, `10001-06-01`. */
export function formatDay(day: number): string {
  const { year, month, dom } = civil(day);
  const y = year < 0 ? `-${String(-year).padStart(4, "0")}` : String(year).padStart(4, "0");
  return `${y}-${String(month).padStart(2, "0")}-${String(dom).padStart(2, "0")}`;
}

/** The date `months` calendar months later; the day clamps to the end of a shorter month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const d = civil(day);
  const total = d.year * 12 + d.month - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayNumber(year, month, Math.min(d.dom, daysInMonth(year, month)));
}

/** Today in the local calendar, as a day number. */
export function localToday(now: Date = new Date()): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000;
}

/** The quarter a day falls in, as `2026-Q1`. */
export function quarterOf(day: number): string {
  const d = civil(day);
  return `${formatDay(day).slice(0, -6)}-Q${Math.floor((d.month - 1) / 3) + 1}`;
}
