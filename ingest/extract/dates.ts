// Dates, times and time zones as programmes write them: "21 July 2020", "Tuesday 21 July", "July 21, 2020",
// "2020-07-21", "20-22 July 2020"; "11:30 – 13:00", "9.30-11.00", "2:00 pm - 3:30 pm"; "Vienna time, GMT+2".

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

export interface FoundDate {
  date: string | null;
  endDate: string | null;
  /** Day and month without a year ("Tuesday 21 July"): completed with the document year. */
  month: number;
  day: number;
  year: number | null;
  start: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number | null, m: number, d: number) => (y ? `${y}-${pad(m)}-${pad(d)}` : null);

// "20-22 July 2020", "20-21-22 July", "21 July 2020"
const DMY = new RegExp(`\\b${DAY}(?:\\s*(?:[-–—]|to|and|&)\\s*\\d{1,2}(?:st|nd|rd|th)?){0,3}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'gi');
// "July 21, 2020", "July 20-22, 2020"
const MDY = new RegExp(`\\b${MONTH}\\s+${DAY}(?:\\s*[-–—]\\s*(\\d{1,2}))?(?:,?\\s+(\\d{4}))?\\b`, 'gi');
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g;
const NUMERIC = /\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b/g;

/** All dates in text, in order. Ranges give date and endDate. */
export function findDates(text: string, offset = 0, defaultYear: number | null = null): FoundDate[] {
  const out: FoundDate[] = [];
  const taken = (s: number, e: number) => out.some((d) => s < d.end - offset && e > d.start - offset);
  for (const m of text.matchAll(ISO)) {
    const y = +m[1], mo = +m[2], d = +m[3];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) out.push({ date: iso(y, mo, d), endDate: null, month: mo, day: d, year: y, start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  for (const m of text.matchAll(DMY)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    const mo = MONTHS[m[2].toLowerCase().replace('.', '')];
    const d = +m[1];
    const y = m[3] ? +m[3] : defaultYear;
    const nums = m[0].match(/\d{1,2}(?=(?:st|nd|rd|th)?\s*(?:[-–—]|to|and|&|\s+(?:of\s+)?[A-Za-z]))/g) ?? [];
    const last = nums.length > 1 ? +nums[nums.length - 1] : null;
    if (!mo || d < 1 || d > 31) continue;
    out.push({ date: iso(y, mo, d), endDate: last && last > d ? iso(y, mo, last) : null, month: mo, day: d, year: m[3] ? +m[3] : null, start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  for (const m of text.matchAll(MDY)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    const mo = MONTHS[m[1].toLowerCase().replace('.', '')];
    const d = +m[2];
    if (!mo || d < 1 || d > 31) continue;
    const y = m[4] ? +m[4] : defaultYear;
    out.push({ date: iso(y, mo, d), endDate: m[3] ? iso(y, mo, +m[3]) : null, month: mo, day: d, year: m[4] ? +m[4] : null, start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  for (const m of text.matchAll(NUMERIC)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    const d = +m[1], mo = +m[2];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) out.push({ date: iso(+m[3], mo, d), endDate: null, month: mo, day: d, year: +m[3], start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Complete a year-less date with a year. */
export function withYear(d: FoundDate, year: number | null): FoundDate {
  if (d.year || !year) return d;
  return { ...d, year, date: iso(year, d.month, d.day), endDate: d.endDate ? `${year}${d.endDate.slice(4)}` : null };
}

export interface FoundTime {
  startTime: string;
  endTime: string | null;
  start: number;
  end: number;
}

const T = '(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?';
const TIME_RANGE = new RegExp(`(?<![\\d.:/-])${T}\\s*(?:[-–—]|to|until)\\s*${T}(?![\\d])`, 'gi');
const TIME_ONE = new RegExp(`(?<![\\d.:/-])(\\d{1,2})[:.h](\\d{2})\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?![\\d])|(?<![\\d.:/-])(\\d{1,2})\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![a-z])`, 'gi');

function to24(h: number, min: number, ampm: string | undefined): string | null {
  if (ampm) {
    const pm = /^p/i.test(ampm);
    if (h < 1 || h > 12) return null;
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
  }
  if (h > 23 || min > 59) return null;
  return `${pad(h)}:${pad(min)}`;
}

/** First time or time range in text. A bare number range ("20-22") is not a time: minutes or am/pm are required. */
export function findTime(text: string, offset = 0): FoundTime | null {
  for (const m of text.matchAll(TIME_RANGE)) {
    if (m[2] === undefined && m[3] === undefined && m[5] === undefined && m[6] === undefined) continue;
    if (m[2] === undefined && m[3] === undefined && m[6] === undefined) continue;
    const ap2 = m[6];
    const ap1 = m[3] ?? (ap2 && +m[1] <= +m[4] ? ap2 : undefined);
    const a = to24(+m[1], m[2] ? +m[2] : 0, ap1);
    const b = to24(+m[4], m[5] ? +m[5] : 0, ap2);
    if (a && b) return { startTime: a, endTime: b, start: offset + m.index!, end: offset + m.index! + m[0].length };
  }
  for (const m of text.matchAll(TIME_ONE)) {
    const a = m[1] !== undefined ? to24(+m[1], +m[2], m[3]) : to24(+m[4], 0, m[5]);
    if (a) return { startTime: a, endTime: null, start: offset + m.index!, end: offset + m.index! + m[0].length };
  }
  return null;
}

export interface FoundZone {
  timezone: string;
  label: string | null;
}

const ZONE = /\b((?:GMT|UTC)\s*[+\-−–]\s*\d{1,2}(?::?\d{2})?|GMT|UTC|CET|CEST|EET|EEST|WET|WEST|BST|MSK|EST|EDT|CST|CDT|PST|PDT|AST)\b/;
const LABEL = /\b((?:[A-Z][a-z]+\s){0,2}(?:[A-Z][a-z]+)\s+time)\b/;

/** Time zone as stated: "Vienna time, GMT+2" -> { timezone: "GMT+2", label: "Vienna time" }. */
export function findZone(text: string): FoundZone | null {
  const z = ZONE.exec(text);
  const l = LABEL.exec(text);
  const label = l && !/^(?:Local|The|This|Same|Any|Other|Full|Part)\b/.test(l[1]) ? l[1].replace(/^(?:Please|Note|Based|All)\s+/, '') : l?.[1] ?? null;
  if (z) return { timezone: z[1].replace(/\s+/g, '').replace(/[−–]/, '-'), label };
  if (label) return { timezone: label, label };
  return null;
}

/** The most frequent four-digit year 1990-2039 in text (for year-less dates). */
export function dominantYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/\b(199\d|20[0-3]\d)\b/g)) counts.set(+m[1], (counts.get(+m[1]) ?? 0) + 1);
  let best: number | null = null, n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && best !== null && y > best)) { best = y; n = c; }
  return best;
}
