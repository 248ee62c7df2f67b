// One speaker entry: "Mr. John Doe, Senior Investigator, Office of The Prosecutor (OTP), International
// Criminal Court, formerly Metropolitan Police ..., The Hague, The Netherlands" -> name, honorific, roles,
// affiliations (current or former), location, tentative "(tbc)".
import type { Affiliation, SessionRole } from '../../src/extraction.js';
import { ORG_CONNECTORS, ORG_HEAD_WORDS, PLACES, TITLE_WORDS } from './lexicon.js';
import { isCommonWord, leadingPersonName, parsePersonName } from './names.js';
import { isDiscipline, isHeadWord, looksLikeOrgName, splitParent } from './org-names.js';
import type { OrgRegistry } from './organizations.js';
import { isCapitalized, splitTopLevel } from './text-utils.js';

export interface PersonDraft {
  name: string;
  honorific: string | null;
  roles: string[];
  affiliations: Array<Affiliation & { key: string }>;
  location: string | null;
  tentative: boolean;
  /** A role written with the name: "Jane Doe (Moderator)". */
  roleHint?: SessionRole;
  start: number;
  end: number;
}

const ROLE_HINT: Array<[RegExp, SessionRole]> = [
  [/^(?:moderator|chair|chairperson|facilitator|moderation)$/i, 'moderator'],
  [/^(?:keynote|keynote speaker)$/i, 'keynote'],
  [/^discussant$/i, 'discussant'],
  [/^presenter$/i, 'presenter'],
  [/^(?:speaker|panell?ist)$/i, 'speaker'],
];

const TENTATIVE = /\s*[([]\s*(?:tbc|tbd|to be confirmed|invited|tentative|t\.b\.c\.)\s*[)\]]\s*|\s+(?:tbc|TBC)\b/gi;
/** Names of parts of a bigger body: "Office of The Prosecutor (OTP), International Criminal Court". */
const SUBUNIT = /\b(?:Office|Unit|Section|Department|Division|Directorate|Branch|Bureau|Service|Centre|Center|Secretariat|Faculty|College|School|Programme|Program|Team|Task Force|Desk|Cell)\b/;
/** "Head of Unit", "Head of Sector Labour Mobility": a post named by the kind of unit is a title, not an organization. */
const HEAD_OF_UNIT = /^(?:(?:deputy|acting|interim)\s+)?head\s+of\s+(?:the\s+)?(?:unit|sector|division|section|department|office|team|mission|delegation|cabinet|programmes?|operations|research|communications?)\b(?!\s+(?:of|for|at)\b)/i;
const FORMER = /^(?:formerly|former|previously|ex-|until recently)\s*/i;

/** Is this comma part a location ("The Hague", "Netherlands", "Vienna, Austria")? */
function isPlace(part: string): boolean {
  const p = part.replace(/^the\s+/i, (m) => m).trim();
  return PLACES.has(p) || PLACES.has(p.replace(/^The\s+/, ''));
}

/** Split "Role A and Role B" / "Role A & Role B" where the second half starts with a job-title word. */
function splitRoles(part: string, offset: number): Array<[string, number]> {
  return splitTopLevel(part, offset, (t, i) => {
    const m = /^\s+(?:and|&)\s+(\S+)/.exec(t.slice(i, i + 40));
    if (!m || (i > 0 && t[i - 1] === ' ')) return 0;
    if (i > 0 && !/\s/.test(t[i])) return 0;
    const w = m[1].toLowerCase();
    return TITLE_WORDS.has(w) || w === 'member' || /^(?:survivor|co-?founder|head|chief)/.test(w) ? m[0].length - m[1].length : 0;
  });
}

/**
 * Orgs inside one descriptor part: known names and head-word names, then "<title> of/at <Name>" where the
 * complement is a proper name that is not a field of study or a place ("Founder of Mentari").
 */
function orgsInPart(part: string, offset: number, orgs: OrgRegistry, afterRole: BareName): Array<{ key: string; start: number; end: number; name: string }> {
  const dedupe = (xs: Array<{ key: string; start: number; end: number; name: string }>) => xs.filter((f, i, all) => all.findIndex((g) => g.key === f.key) === i);
  // the whole part names one organization ("Public Prosecutor's Office Munich I", "CBSS Secretariat", "Verité"):
  // decided before head-word scanning, so a shorter head-word name ("Migrant Centre" of "Migrant Centre NI") is not registered
  const known = dedupe(orgs.scan(part, offset, 'people', { headWords: false }).map((f) => ({ key: f.key, start: f.start, end: f.end, name: f.name })));
  const whole = wholeOrgName(part, known.length === 0 ? afterRole : 'no');
  // known names that together make up the part ("Europol European Cybercrime Centre") stay separate
  const coveredByKnown = whole && known.length > 0 && known.reduce((n, f) => n + f.name.length + 1, -1) >= whole.name.length - 1;
  if (whole && !coveredByKnown) {
    const start = offset + whole.at;
    const existing = orgs.lookup(whole.name);
    // "Legal Clinic Section of the Free University": a unit of a named body
    const split = existing ? null : splitParent(whole.name, (x) => orgs.isKnown(x));
    if (split && split.child !== whole.name) {
      const childKey = orgs.register(split.child, { parent: split.parent, start, end: start + split.child.length, extractor: 'people' });
      const pAt = start + whole.name.indexOf(split.parent, split.child.length);
      const parentKey = orgs.lookup(split.parent) ?? orgs.register(split.parent);
      orgs.mention(parentKey, pAt, pAt + split.parent.length, 'people');
      return [{ key: childKey, start, end: start + split.child.length, name: split.child }, { key: parentKey, start: pAt, end: pAt + split.parent.length, name: split.parent }];
    }
    const key = existing ?? orgs.register(whole.name, { start, end: start + whole.name.length, extractor: 'people' });
    orgs.mention(key, start, start + whole.name.length, 'people');
    const head = known.find((f) => f.start === start && f.key !== key);
    if (head && !existing) orgs.setParent(key, head.key);
    return [{ key, start, end: start + whole.name.length, name: whole.name }, ...known.filter((f) => f.start < start || f.end > start + whole.name.length)];
  }
  const found = dedupe(orgs.scan(part, offset, 'people', { lenient: true }).map((f) => ({ key: f.key, start: f.start, end: f.end, name: f.name })));
  if (found.length) return found;
  const m = /\b(?:of|at|with|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}'’&-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&-]*)){0,3})\s*$/u.exec(part);
  if (m) {
    const name = m[1];
    const before = part.slice(0, m.index).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    if (/^at$/i.test(m[0].trim().split(/\s+/)[0]) && /^Large\b/.test(name)) return [];
    const words = name.split(' ');
    const proper = words.length <= 3 && !words.every((w) => isCommonWord(w) || ORG_HEAD_WORDS.has(w));
    if (proper && !isDiscipline(name) && !isPlace(name) && !TITLE_WORDS.has(words[0].toLowerCase()) && (TITLE_WORDS.has(before) || /^(?:founder|co-?founder|president|director|head|member|chair|ceo)/.test(before))) {
      const start = offset + m.index + m[0].length - m[1].length;
      return [{ key: orgs.register(name, { start, end: start + name.length, extractor: 'people' }), start, end: start + name.length, name }];
    }
  }
  return [];
}

/** Abstract nouns name a field of work ("Enforcement and Analysis", "Labour Mobility"), not a body. */
const ABSTRACT_NOUN = /(?:ment|tion|sion|sis|ance|ence|ing|ity|ics|ness|ship|ism)s?$/i;

/** May a part with no organization word be an organization: never, right after a job title, or in the organization's own slot. */
type BareName = 'no' | 'after-role' | 'org-slot';

/**
 * A descriptor part that is entirely an organization name: capitalised words and connectors, no job-title
 * word, not a place; with a head word, or (right after a job title) a short proper name.
 */
function wholeOrgName(part: string, bareNameOk: BareName): { name: string; at: number } | null {
  const stripped = part.replace(/\s*\([^()]*\)\s*$/, '').replace(/[.;,]+$/, (m) => (/\b\p{Lu}\.$/u.test(part) ? m.slice(1) : ''));
  const lead = /^(?:the\s+)/i.exec(stripped)?.[0].length ?? 0;
  const name = stripped.slice(lead).trim();
  if (!name || name.length > 120 || isPlace(name) || isDiscipline(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > 10) return null;
  const headFirst = isHeadWord(words[0]) && words.length <= 6;
  for (const [i, w] of words.entries()) {
    const bare = w.replace(/['’]s$/, '');
    if (i > 0 && ORG_CONNECTORS.has(w.toLowerCase()) && w !== 'The') continue;
    if (i > 0 && headFirst && /^[\p{Ll}]/u.test(w) && !TITLE_WORDS.has(w)) continue;
    // "Fundacja Praca i Godnosc": a short connector of another language inside a name in the organization's slot
    if (bareNameOk === 'org-slot' && i > 0 && i < words.length - 1 && /^\p{Ll}{1,3}$/u.test(w)) continue;
    // "Terre des hommes Kosovo": a lower-case noun right after a connector
    if (bareNameOk === 'org-slot' && i > 1 && ORG_CONNECTORS.has(words[i - 1].toLowerCase()) && /^\p{Ll}+$/u.test(w)) continue;
    if (i > 0 && i === words.length - 1 && /^(?:plc|ltd|inc|gmbh|llc)\.?$/i.test(w)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(w)) return null;
    if (TITLE_WORDS.has(bare.toLowerCase()) && !ORG_HEAD_WORDS.has(bare)) return null;
  }
  if (ORG_CONNECTORS.has(words[words.length - 1].toLowerCase())) return null;
  const hasHead = words.some((w) => ORG_HEAD_WORDS.has(w.replace(/['’]s$/, '')) || /^(?:Directorate|Ministry|Office)-/.test(w));
  const content = words.filter((w, i) => i === 0 || !(ORG_CONNECTORS.has(w.toLowerCase()) || /^\p{Ll}{1,3}$/u.test(w) || (ORG_CONNECTORS.has(words[i - 1].toLowerCase()) && /^\p{Ll}+$/u.test(w))));
  const bare = (bareNameOk === 'after-role' && words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w) && !isCommonWord(w)))
    || (bareNameOk === 'org-slot' && words.length <= 5 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && content.some((w) => !isCommonWord(w.replace(/s$/, '')) && !ABSTRACT_NOUN.test(w)));
  // in the organization's slot ("Jane Doe (Casa Aperta)"; "Jane Doe, Coordinator, Casa Aperta") a two-word name is the body's
  if (bare && bareNameOk === 'org-slot' && !hasHead) return { name, at: part.indexOf(name) };
  if (!hasHead && !(words.length === 1 && /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(words[0])) && !bare) return null;
  if (parsePersonName(name)) return null;
  // "Metropolitan Police and Serious Organised Crime Agency": two bodies, not one
  const halves = name.split(/\s+(?:and|&)\s+/);
  if (halves.length > 1 && halves.filter((h) => h.split(/\s+/).some((w) => ORG_HEAD_WORDS.has(w.replace(/['’]s$/, '')))).length >= 2) return null;
  return { name, at: part.indexOf(name) };
}

/** Parse one entry. Returns null when the entry does not start with a person's name (a placeholder, a topic). */
export function parsePersonEntry(raw: string, offset: number, orgs: OrgRegistry): PersonDraft | null {
  let text = raw.replace(/^\s*(?:and|&)\s+/, (m) => ' '.repeat(m.length));
  const tentative = /[([]\s*(?:tbc|tbd|to be confirmed|invited|tentative|t\.b\.c\.)\s*[)\]]|\bTBC\b/i.test(text);
  text = text.replace(TENTATIVE, (m) => ' '.repeat(m.length));
  // trailing punctuation goes, except the period of an initial or a company form ("H.", "S.A.")
  text = text.replace(/[;.,\s]+$/, (m) => {
    const keepDot = m.startsWith('.') && /\b\p{Lu}$/u.test(text.slice(0, text.length - m.length));
    return keepDot ? '.' + ' '.repeat(m.length - 1) : ' '.repeat(m.length);
  });
  text = text.replace(/(?:[;,]\s*|\s+)and\s*$|[;,]\s*$/, (m) => ' '.repeat(m.length));
  const lead = leadingPersonName(text);
  if (!lead) return null;
  const draft: PersonDraft = {
    name: lead.name, honorific: lead.honorific, roles: lead.title ? [lead.title] : [], affiliations: [], location: null, tentative,
    start: offset + lead.nameStart, end: offset + lead.nameEnd,
  };
  let rest = text.slice(lead.nameEnd);
  let restOff = offset + lead.nameEnd;
  // "Walk Free (2023) Global Slavery Index": an issuer and a year open a citation, not a speaker entry
  if (!lead.honorific && /^\s*\(\s*(?:1[89]|20)\d{2}[a-z]?\s*\)/.test(rest)) return null;
  // "Org (formerly Other Org)": the former body becomes its own part (same length, offsets hold)
  rest = rest.replace(/\s\((formerly|previously|former|until recently)\b([^()]*)\)/gi, (m, w: string, x: string) => ', ' + w + x + ' ');
  // "Jane Doe (UNODC)": a parenthesised affiliation right after the name
  const paren = /^\s*\(([^()]{1,120})\)/.exec(rest);
  const parts: Array<[string, number]> = [];
  let parenParts = 0;
  const hint = paren ? ROLE_HINT.find(([re]) => re.test(paren[1].trim())) : undefined;
  if (hint) draft.roleHint = hint[1];
  if (paren && !hint) {
    // "(Labour Inspection Secretariat, Ministry of Labour, Brazil)": the parenthesis holds a descriptor list
    parts.push(...splitTopLevel(paren[1], restOff + rest.indexOf(paren[1]), (t, i) => (t[i] === ',' || t[i] === ';' ? 1 : 0)));
    parenParts = parts.length;
  }
  if (paren) {
    restOff += paren[0].length;
    rest = rest.slice(paren[0].length);
  }
  parts.push(...splitTopLevel(rest, restOff, (t, i) => {
    if (t[i] === ',' || t[i] === ';') return 1;
    const dash = /^\s[-–—]\s/.exec(t.slice(i, i + 3));
    return dash ? dash[0].length : 0;
  }));
  // the organization's slot: the last part that is no place ("Jane Doe, Coordinator, Casa Aperta, Rome, Italy")
  // (not when the entry was cut after a connector: "..., Belfast Health and" continues on a line not read)
  let orgSlot = /\b(?:and|of|for|the|on|in|&)[\s,;]*$/.test(raw) ? -1 : parts.length - 1;
  while (orgSlot >= 0 && orgSlot > parenParts && isPlace(parts[orgSlot][0].replace(/^[,;:\s]+/, '').trim())) orgSlot--;
  const locations: string[] = [];
  let lastRole: string | null = null;
  let prevOrg: { key: string; current: boolean; subunit: boolean } | null = null;
  for (const [partIndex, [partRaw, pOff]] of parts.entries()) {
    let part = partRaw.replace(/^[,;:\s]+/, '');
    if (!part) continue;
    let current = true;
    const fm = FORMER.exec(part);
    const partStart = pOff + (partRaw.length - partRaw.trimStart().length);
    if (fm && /^formerly|^previously|^until/i.test(fm[0])) { current = false; part = part.slice(fm[0].length); }
    if (isPlace(part)) { locations.push(part); prevOrg = null; continue; }
    for (const [piece, off] of splitRoles(part, partStart + (partRaw.trimStart().length - part.length))) {
      const pieceCurrent = current && !/^former\b/i.test(piece);
      if (HEAD_OF_UNIT.test(piece.trim())) { lastRole = piece.trim().replace(/\s+/g, ' '); draft.roles.push(lastRole); continue; }
      // "(Fundação Esperança, FE)": an acronym after its organization names the same body
      if (prevOrg && partIndex < parenParts && /^\p{Lu}[\p{Lu}&-]{1,9}$/u.test(piece.trim()) && !orgs.isKnown(piece.trim()) && !orgs.displayName(prevOrg.key).includes('(')) {
        orgs.register(orgs.displayName(prevOrg.key), { acronym: piece.trim() });
        continue;
      }
      const slot = (parenParts > 0 && partIndex === 0) || partIndex === orgSlot;
      const found = orgsInPart(piece, off, orgs, prevOrg !== null ? 'no' : slot ? 'org-slot' : lastRole !== null || (parenParts > 0 && partIndex === 0) ? 'after-role' : 'no');
      // a piece that is only an organization name, or "Role, Org"
      const roleText = found.length ? stripOrgs(piece, off, found) : piece;
      const isRole = roleText.length > 0 && /\p{L}/u.test(roleText) && !looksLikeOrgName(roleText);
      if (isRole && roleText.split(' ').some((w) => TITLE_WORDS.has(w.toLowerCase()) || !isCapitalized(w) || /er$|or$|ist$|ant$|ent$/.test(w))) {
        draft.roles.push(piece.trim().replace(/\s+/g, ' '));
        lastRole = roleText;
      }
      for (const f of found) {
        draft.affiliations.push({ key: f.key, organization: f.name, role: isRole ? roleText : lastRole, current: pieceCurrent });
        // "Office of The Prosecutor (OTP), International Criminal Court": a unit followed by its body
        if (prevOrg && prevOrg.current === pieceCurrent && prevOrg.subunit && found.length === 1 && !isRole) orgs.setParent(prevOrg.key, f.key);
      }
      const lastFound = found[found.length - 1];
      prevOrg = lastFound ? { key: lastFound.key, current: pieceCurrent, subunit: SUBUNIT.test(orgs.displayName(lastFound.key)) } : prevOrg;
    }
  }
  if (locations.length) draft.location = locations.join(', ');
  // dedupe affiliations by organization
  const seen = new Set<string>();
  draft.affiliations = draft.affiliations.filter((a) => (seen.has(a.key) ? false : (seen.add(a.key), true)));
  return draft;
}

/** The role words of a piece once its organization names are removed ("First Deputy Director of ODIHR" -> "First Deputy Director"). */
function stripOrgs(piece: string, off: number, found: Array<{ start: number; end: number }>): string {
  let s = piece;
  for (const f of [...found].sort((a, b) => b.start - a.start)) s = s.slice(0, f.start - off) + ' ' + s.slice(f.end - off);
  return s.replace(/\([^)]*\)/g, ' ').replace(/\b(?:of|at|for|with|from|in)\s+(?:the\s+)?\s*$/i, '').replace(/^\s*(?:the|and|&)\s+/i, '')
    .replace(/\s+(?:of|at|the|and|&|,)\s*$/i, '').replace(/['’]s\b/g, '').replace(/\s+/g, ' ').trim();
}

/** Does this look like the start of a person entry? (used to split prose lists) */
export function startsWithPerson(text: string): boolean {
  // a name is short: look at the head only (keeps list splitting linear on long lines)
  return parsePersonName(text.slice(0, 160).replace(/^\s*(?:and|&)\s+/, '').split(/,|;|\(|\s[-–—]\s/)[0]) !== null;
}
