// Speaker biographies ("Lucía Ferrer is Director of Proyecto Esperanza, a Madrid-based NGO ... She was previously
// a member of ...") add affiliations to people, and appositions ("X, a ... NGO") name organizations anywhere.
import type { ExtractContext } from './context.js';
import { TITLE_WORDS } from './lexicon.js';
import { parsePersonName } from './names.js';
import type { OrgRegistry } from './organizations.js';
import type { PeopleCollector } from './people.js';
import { parsePersonEntry } from './person-entry.js';
import { nameKey, sentenceSpans } from './text-utils.js';

const BIO_START = /^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)\s+(?:is|serves as|works as|has been|heads|leads|chairs|directs)\b/u;
const PAST = /\b(?:previously|formerly|was|were|before|until|had been|served as|prior to)\b/i;
// "Proyecto Esperanza, a Madrid-based NGO", "CoMensha, the national coordination centre"
const APPOSITION = /((?:\p{Lu}[\p{L}\p{N}'’&-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&-]*|de|del|la|of|for|and|the)){0,5}),\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,5}?(?:NGO|non-governmental organi[sz]ation|organi[sz]ation|charity|foundation|network|association|coalition|think[- ]tank|trade union|centre|center|agency|institute|company|firm|collective)\b/gu;
const LEAD_TITLE = /^(?:(?:Director|Head|Chair|President|Founder|Member|Coordinator|Co-ordinator|Manager|Officer|Adviser|Advisor)\s+(?:of|at)\s+(?:the\s+)?)+/;

/** Organizations named by an apposition in any paragraph. */
export function appositionOrgs(ctx: ExtractContext, orgs: OrgRegistry, people: PeopleCollector): void {
  for (const u of ctx.units) {
    if (u.kind === 'footnote' || u.kind === 'heading') continue;
    const t = ctx.masked.slice(u.start, Math.min(u.end, u.start + 50_000));
    for (const m of t.matchAll(APPOSITION)) {
      let name = m[1];
      let at = u.start + m.index!;
      const lead = LEAD_TITLE.exec(name) ?? /^.*\b(?:of|at|with|for)\s+(?:the\s+)?(?=\p{Lu})/u.exec(name);
      if (lead) { name = name.slice(lead[0].length); at += lead[0].length; }
      name = name.replace(/^(?:The|A|An)\s+/, (x) => { at += x.length; return ''; });
      // "X, an NGO" names a body even when X could be a person's name, unless X is a person found already
      if (!name || people.byKey.has(nameKey(name)) || /^(?:In|On|At|For|By|With|From|This|That|These|It|Its|Their)\b/.test(name)) continue;
      orgs.register(name, { start: at, end: at + name.length, extractor: 'organizations' });
    }
  }
}

/** Affiliations from biography paragraphs of people already found (or named at the start of the paragraph). */
export function biographies(ctx: ExtractContext, orgs: OrgRegistry, people: PeopleCollector): void {
  for (const u of ctx.units) {
    if (u.kind === 'footnote' || u.kind === 'heading') continue;
    const head = ctx.masked.slice(u.start, Math.min(u.end, u.start + 300));
    const m = BIO_START.exec(head);
    if (!m) continue;
    const parsed = parsePersonName(m[1]);
    if (!parsed) continue;
    const key = nameKey(parsed.name);
    const nameAt = u.start + head.indexOf(m[1]);
    if (!people.byKey.has(key)) {
      people.add(ctx, { name: parsed.name, honorific: parsed.honorific, roles: [], affiliations: [], location: null, tentative: false, start: nameAt, end: nameAt + parsed.name.length }, null, null, 'biographies');
    }
    const rec = people.byKey.get(key)!;
    for (const [s, e] of sentenceSpans(ctx.masked, u.start, Math.min(u.end, u.start + 5000))) {
      const sentence = ctx.masked.slice(s, e);
      const current = !PAST.test(sentence);
      for (const f of orgs.scan(sentence, s, 'biographies', { lenient: true })) {
        if (!rec.affiliations.some((a) => a.key === f.key)) rec.affiliations.push({ key: f.key, organization: f.name, role: null, current });
      }
    }
  }
}

/**
 * Signatures and bylines: a block whose first line is only a person's name over title/organization lines
 * ("Sofía Ramírez" / "Programme Officer, Labour Migration" / "ILO Regional Office ..."), and an author line
 * near the top ("Maja Lindqvist and Oskar Berg, Nordic Centre ..., Stockholm"). No session role.
 */
export function signaturesAndBylines(ctx: ExtractContext, orgs: OrgRegistry, people: PeopleCollector): void {
  for (const u of ctx.units) {
    if (u.kind === 'footnote' || u.kind === 'heading') continue;
    const raw = ctx.masked.slice(u.start, Math.min(u.end, u.start + 600));
    const nl = raw.indexOf('\n');
    const first = nl >= 0 ? raw.slice(0, nl) : raw;
    const name = parsePersonName(first);
    const next = nl >= 0 ? raw.slice(nl + 1).split('\n')[0] : '';
    const titled = next.split(/[\s,]+/).some((w) => TITLE_WORDS.has(w.toLowerCase()));
    if (name && nl >= 0 && !/[:;,.]\s*$/.test(first) && titled && !people.byKey.has(nameKey(name.name))) {
      // lines become comma-separated fields (same length, so offsets hold)
      const d = parsePersonEntry(raw.replace(/\n/g, ','), u.start, orgs);
      if (d && d.name === name.name) people.add(ctx, d, null, null, 'people');
      continue;
    }
    if (u.index > 8) continue;
    const by = /^(?:By\s+|Authors?:\s*)?((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s+(?:and|&)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)(?=,|$)/u.exec(first);
    if (!by || !parsePersonName(by[1]) || !parsePersonName(by[2])) continue;
    const secondAt = first.indexOf(by[2], by[0].length - by[2].length);
    const second = parsePersonEntry(first.slice(secondAt), u.start + secondAt, orgs);
    const lead = parsePersonEntry(by[1], u.start + first.indexOf(by[1]), orgs);
    if (!second || !lead) continue;
    // "A and B, Org": the organization is both authors'
    lead.affiliations = second.affiliations.map((a) => ({ ...a }));
    lead.location ??= second.location;
    for (const d of [lead, second]) if (!people.byKey.has(nameKey(d.name))) people.add(ctx, d, null, null, 'people');
  }
}
