// What a single PDF line says about block structure, from its text alone: an agenda row opening with a
// time range, a bullet, or a meta line (date, time, venue, registration, link) that stands on its own.

/** "09:30 – 10:00", "10.30-12.00", "9:00 am to 10:15 am", "14h00–15h30" at the start of a line. */
export const TIME_RANGE_START = /^\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}[:.h]\d{2}\b/i;
const TIME_RANGE = /\b\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}[:.h]\d{2}\b/i;
export const BULLET = /^(?:[•▪◦‣●■\-–*]|\d{1,2}[.)])\s+/u;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b`, 'i');
const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;
const LABEL = /^(?:Date|Dates|Time|Venue|Location|Place|Where|When|Registration|Register|Format|Languages?|Platform|Organi[sz]ed by|Hosted by|Contact)\b/i;
const LINK = /^(?:https?:\/\/|www\.)/i;

/** A line giving when, where or how to join: a date, a time range, a labelled field or a bare link. */
export function isMetaLine(text: string): boolean {
  return text.length <= 160 && (DATE.test(text) || WEEKDAY.test(text) || TIME_RANGE.test(text) || LABEL.test(text) || LINK.test(text));
}

/** A role label opening a line ("Chair – ...", "Speakers: ..."): the writer started a new line for it. */
const ROLE_LABEL = /^(?:Co-?)?(?:Chair(?:s|ed by)?|Moderat(?:ors?|ed by)|Speakers?|Panell?ists?|Presenters?|Discussants?|Facilitat(?:ors?|ed by)|Rapporteurs?|Keynote(?: speakers?)?)\b[^:–—]{0,40}?\s*[:–—]/i;

export function isRoleLine(text: string): boolean {
  return ROLE_LABEL.test(text);
}

/** An agenda row: the line opens with a time range. */
export function isTimeRow(text: string): boolean {
  return TIME_RANGE_START.test(text);
}
