// Day headings over agenda rows: "Monday 8 March 2021", "Wednesday 18.10.2023", "Day 2 – 15 May",
// "DAY 1: Tuesday, 14 May 2024". Their date carries over to every row below until the next day heading.
import { findDates, withYear } from './dates.js';

const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?)';
const DAY_NO = '(?:Day\\s+(?:\\d{1,2}|[IVX]+|one|two|three|four|five)\\b\\s*[-–—:,.|]?\\s*)';
const TEXT_DATE = '(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?\\p{L}+\\.?(?:,?\\s+\\d{4})?|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)';
const NUM_DATE = '(?:\\d{1,2}[./]\\d{1,2}[./](?:19|20)\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d)';
const DAY_HEADER = new RegExp(`^${DAY_NO}?(?:${WEEKDAY},?\\s*)?(?:${TEXT_DATE}|${NUM_DATE})\\s*(?:\\([^)]{0,40}\\))?$`, 'iu');

/** The ISO date of a day heading, or null when the line is not one. */
export function dayHeaderDate(line: string, year: number | null): string | null {
  const t = line.replace(/[*_#]/g, '').replace(/\s+/g, ' ').trim();
  if (t.length > 60) return null;
  if (!DAY_HEADER.test(t)) return null;
  // "Day 1 – 14 May": the day number is not the first day of a range
  const rest = t.replace(new RegExp(`^${DAY_NO}`, 'iu'), '');
  const d = findDates(rest, 0, year)[0];
  if (!d) return null;
  return withYear(d, year).date;
}
