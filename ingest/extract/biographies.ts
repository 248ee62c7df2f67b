// Speaker biographies ("Lucía Ferrer is Director of Proyecto Esperanza, a Madrid-based NGO ... She was previously
// a member of ...") add affiliations to people, and appositions ("X, a ... NGO") name organizations anywhere.
import type { ExtractContext } from './context.js';
import { parsePersonName } from './names.js';
import type { OrgRegistry } from './organizations.js';
import type { PeopleCollector } from './people.js';
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
