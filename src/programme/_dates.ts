// Calendar dates as ISO strings (YYYY-MM-DD): the rules' own helpers (src/rules/dates.ts), so a
// day is a day alike in the core and here, and the days after one.
import { isIsoDate, minusYears } from '../rules/dates.js';

export { isIsoDate as isDate };

/** The date `days` days later (earlier when negative), counted in UTC so no time zone moves it. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  return minusYears(date, -years);
}
