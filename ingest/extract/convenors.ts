// Convenor strings: "Transnational Threats Department/Strategic Police Matters Unit (TNTD/SPMU) in collaboration
// with High Commissioner on National Minorities (HCNM)" -> three organizations, each registered separately.
import type { ExtractContext } from './context.js';
import type { OrgRegistry } from './organizations.js';

const JOINERS = /\s+(?:in\s+(?:collaboration|cooperation|co-operation|partnership|association)\s+with|together\s+with|jointly\s+with|with\s+the\s+support\s+of|supported\s+by|and)\s+(?:the\s+)?|\s*[,;/&]\s*/gi;

/** "Permanent Missions of A, B and C to X": the countries and the seat, up to the next comma or "and" after the seat. */
const MISSIONS = /\b(Permanent\s+Missions|Missions|Embassies|Delegations)\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)(?:\s*,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*|\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)+)(?:\s+(to|in)\s+((?:the\s+)?[A-Z][^,;()]*?))?(?=\s*(?:[,;()]|\s+and\s|$))/;
const SINGULAR: Record<string, string> = { 'permanent missions': 'Permanent Mission', missions: 'Mission', embassies: 'Embassy', delegations: 'Delegation' };

/** Register each mission of a plural mission phrase and blank the phrase out (same length) for the other rules. */
function splitMissions(orgs: OrgRegistry, value: string, offset: number, out: Array<{ key: string; start: number }>): string {
  const m = MISSIONS.exec(value);
  if (!m) return value;
  const head = SINGULAR[m[1].toLowerCase().replace(/\s+/g, ' ')];
  const seat = m[4] ? ` ${m[3]} ${m[4].trim()}` : '';
  const countries = m[2].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((c) => c.replace(/^the\s+/i, '').trim()).filter(Boolean);
  const start = offset + m.index, end = start + m[0].length;
  for (const c of countries) out.push({ key: orgs.register(`${head} of ${c}${seat}`, { start, end, extractor: 'sessions' }), start });
  return value.slice(0, m.index) + ' '.repeat(m[0].length) + value.slice(m.index + m[0].length);
}

/** Organization keys named in a convenor phrase, in order. Known names win; the rest splits at joiners. */
export function splitConvenors(ctx: ExtractContext, orgs: OrgRegistry, value: string, offset: number): string[] {
  const keys: string[] = [];
  const add = (k: string) => { if (!keys.includes(k)) keys.push(k); };
  const missions: Array<{ key: string; start: number }> = [];
  value = splitMissions(orgs, value, offset, missions);
  const found = orgs.scan(value, offset, 'sessions');
  // pieces of the phrase not covered by a found name: bare acronyms or names without head words
  let last = 0;
  const rest: Array<[string, number]> = [];
  for (const f of found) { rest.push([value.slice(last, f.start - offset), offset + last]); last = f.end - offset; }
  rest.push([value.slice(last), offset + last]);
  const extra: Array<{ key: string; start: number }> = [];
  // text inside parentheses defines or qualifies a name ("(SU/LSS)", "(via Zoom)"); it names no other convenor
  for (const r of rest) r[0] = r[0].replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  for (const [n, [piece, off]] of rest.entries()) {
    let pos = 0;
    for (const m of piece.matchAll(JOINERS)) {
      // words glued to a found name with no joiner continue that name ("University Centre for ..."), not a new one
      if (n > 0 && pos === 0 && /^\s*\p{Lu}/u.test(piece) && /^\s?\S/.test(piece)) { pos = m.index! + m[0].length; continue; }
      consider(piece.slice(pos, m.index), off + pos);
      pos = m.index! + m[0].length;
    }
    if (!(n > 0 && pos === 0 && /^\s?\p{Lu}/u.test(piece))) consider(piece.slice(pos), off + pos);
  }
  function consider(raw: string, off: number): void {
    const lead = raw.length - raw.trimStart().length;
    const name = raw.trim().replace(/^\(|\)$/g, '').replace(/^(?:the|by)\s+/i, '').trim();
    if (!name || name.length < 2) return;
    // an acronym in parentheses after a name defines it, it is not another convenor
    if (/^\(?[A-Z][A-Za-z]{1,9}\)?$/.test(raw.trim()) && /^\(/.test(raw.trim())) return;
    if (/^[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|on|against|in|to|at|the|de|des|du|la|le)\s+){0,2}[A-Z][\w&'’-]*){0,8}$/.test(name) && !/^(?:Online|Via|Zoom|WebEx|Webex|Teams)$/i.test(name)) {
      extra.push({ key: orgs.register(name, { start: off + lead, end: off + lead + name.length, extractor: 'sessions' }), start: off });
    }
  }
  const all = [...missions, ...found.map((f) => ({ key: f.key, start: f.start })), ...extra].sort((a, b) => a.start - b.start);
  for (const a of all) add(a.key);
  void ctx;
  return keys;
}

/** "organised by", "co-sponsored by", "jointly organized by", "in partnership with", "with the support of", "on behalf of". */
const BY_PHRASE = /\b(?:(?:co-|jointly\s+)?(?:organi[sz]ed|hosted|convened|sponsored)|co-sponsored)\s+(?:jointly\s+)?(?:with|by)\s+(?:the\s+)?|\bin\s+(?:partnership|cooperation|co-operation|collaboration)\s+with\s+(?:the\s+)?|\bwith\s+the\s+(?:kind\s+|generous\s+|financial\s+)?support\s+of\s+(?:the\s+)?|\bon behalf of\s+(?:the\s+)?/gi;

/** "X will convene/host/organise ...", "co-organised with A and B": the organizations that run an event. */
export function proseConvenors(ctx: ExtractContext, orgs: OrgRegistry, fromUnit: number, count = 4): string[] {
  const keys: string[] = [];
  for (const u of ctx.units.slice(fromUnit, fromUnit + count)) {
    if (u.kind === 'footnote') continue;
    const t = ctx.masked.slice(u.start, u.end);
    for (const m of t.matchAll(/\b(?:will\s+)?(?:convene|convenes|host|hosts|organi[sz]es?|is\s+organi[sz]ing|co-organi[sz]es?)\b/g)) {
      const sentStart = Math.max(t.lastIndexOf('. ', m.index!) + 2, 0);
      const found = orgs.scan(t.slice(sentStart, m.index!), u.start + sentStart, 'sessions');
      if (found.length) { const k = found[found.length - 1].key; if (!keys.includes(k)) keys.push(k); }
    }
    for (const m of t.matchAll(BY_PHRASE)) {
      const from = m.index! + m[0].length;
      const rest = t.slice(from);
      // "Permanent Missions of A and B to the UN Office": that "to" belongs to the name
      const missionTo = MISSIONS.exec(rest);
      const skip = missionTo && missionTo.index < 80 ? missionTo.index + missionTo[0].length : 0;
      const tail = rest.slice(skip).search(/,\s+(?=[a-z]|I\s|We\s)|[.;]\s|[.;]$|\s+to\s+(?=[a-z])/);
      const stop = tail >= 0 ? skip + tail : -1;
      const value = stop >= 0 ? rest.slice(0, stop) : rest;
      for (const k of splitConvenors(ctx, orgs, value, u.start + from)) if (!keys.includes(k)) keys.push(k);
    }
  }
  return keys;
}

