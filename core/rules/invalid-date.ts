// invalid-date: a date that is not written YYYY-MM-DD or does not exist in the calendar.
import { reportProblems } from "./problems.js";
import type { Rule } from "./rule.js";

export const rule: Rule = {
  id: "invalid-date",
  section: "A",
  severity: "error",
  summary: { en: "A date that is not a real calendar date in the form YYYY-MM-DD.", nl: "Een datum die geen echte kalenderdatum in de vorm JJJJ-MM-DD is." },
  messages: {
    format: {
      en: (a) => `'${a.text}' is not a date: write dates as YYYY-MM-DD, for example 2026-03-02.`,
      nl: (a) => `'${a.text}' is geen datum: schrijf datums als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.`,
    },
    calendar: {
      en: (a) => `${a.text} does not exist in the calendar: check the month and the day.`,
      nl: (a) => `${a.text} bestaat niet in de kalender: controleer de maand en de dag.`,
    },
  },
  check: reportProblems("invalid-date"),
};
