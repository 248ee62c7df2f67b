// An organization written before a speaker ("Council of Europe: Petra X, Executive Secretary";
// "FLEX – Focus on Labour Exploitation: Kiran Y, ..."; "European Labour Authority (ELA): Dr. Z, Head of Unit").
import type { OrgRegistry } from './organizations.js';
import { startsWithPerson } from './person-entry.js';

const LEAD = /^(\s*)([^:]{2,120}?)\s*:\s+/;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&-]{1,11}$/u;

export interface OrgLead {
  /** Organization name, its acronym when the lead gives one, and its offset in the entry text. */
  name: string;
  acronym: string | null;
  at: number;
  /** Where the person starts in the entry text. */
  personAt: number;
  /** A second body after a dash ("Org – Branch"). */
  second: { name: string; at: number } | null;
}

/** Split "Org: Person, ..." into the organization and the offset of the person; null when no organization leads. */
export function orgLead(text: string): OrgLead | null {
  const m = LEAD.exec(text);
  if (!m || !startsWithPerson(text.slice(m[0].length))) return null;
  let name = m[2];
  let at = m[1].length;
  let acronym: string | null = null;
  let second: { name: string; at: number } | null = null;
  // "European Labour Authority (ELA)"
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(name);
  if (paren && ACRONYM.test(paren[2].trim())) { name = paren[1]; acronym = paren[2].trim(); }
  // "FLEX – Focus on Labour Exploitation" / "Focus on Labour Exploitation – FLEX"
  const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(name);
  if (dash && !acronym) {
    if (ACRONYM.test(dash[1]) && !ACRONYM.test(dash[2])) { acronym = dash[1]; at += name.indexOf(dash[2]); name = dash[2]; }
    else if (ACRONYM.test(dash[2]) && !ACRONYM.test(dash[1])) { acronym = dash[2]; name = dash[1]; }
    // "FairWork Estonia – Tallinn Migrant Help": a body and its branch or project; the first is the affiliation
    else if (/^\p{Lu}/u.test(dash[2])) { second = { name: dash[2], at: at + name.indexOf(dash[2]) }; name = dash[1]; }
  }
  if (!/^\p{Lu}|^\p{N}/u.test(name)) return null;
  return { name, acronym, at, personAt: m[0].length, second };
}

/** Register the lead organization (and a second one after a dash); returns their keys, the main one first. */
export function registerOrgLead(lead: OrgLead, offset: number, orgs: OrgRegistry): string[] {
  const keys = [registerOne(lead, offset, orgs)];
  if (lead.second) keys.push(registerOne({ ...lead, ...lead.second, acronym: null }, offset, orgs));
  return keys;
}

function registerOne(lead: { name: string; acronym: string | null; at: number }, offset: number, orgs: OrgRegistry): string {
  const start = offset + lead.at;
  const known = orgs.lookup(lead.name) ?? (lead.acronym ? orgs.lookup(lead.acronym) : undefined);
  const key = orgs.register(lead.name, { acronym: lead.acronym, start, end: start + lead.name.length, extractor: 'people' });
  if (known && known !== key) return known;
  return key;
}
