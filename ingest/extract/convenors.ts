// Convenor strings: "Transnational Threats Department/Strategic Police Matters Unit (TNTD/SPMU) in collaboration
// with High Commissioner on National Minorities (HCNM)" -> three organizations, each registered separately.
import type { ExtractContext } from './context.js';
import type { OrgRegistry } from './organizations.js';

const JOINERS = /\s+(?:in\s+(?:collaboration|cooperation|co-operation|partnership|association)\s+with|together\s+with|jointly\s+with|with\s+the\s+support\s+of|supported\s+by|and)\s+(?:the\s+)?|\s*[,;/&]\s*/gi;

/** Organization keys named in a convenor phrase, in order. Known names win; the rest splits at joiners. */
export function splitConvenors(ctx: ExtractContext, orgs: OrgRegistry, value: string, offset: number): string[] {
  const keys: string[] = [];
  const add = (k: string) => { if (!keys.includes(k)) keys.push(k); };
  const found = orgs.scan(value, offset, 'sessions');
  // pieces of the phrase not covered by a found name: bare acronyms or names without head words
  let last = 0;
  const rest: Array<[string, number]> = [];
  for (const f of found) { rest.push([value.slice(last, f.start - offset), offset + last]); last = f.end - offset; }
  rest.push([value.slice(last), offset + last]);
  const extra: Array<{ key: string; start: number }> = [];
  // text inside parentheses defines or qualifies a name ("(SU/LSS)", "(via Zoom)"); it names no other convenor
  for (const r of rest) r[0] = r[0].replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  for (const [piece, off] of rest) {
    let pos = 0;
    for (const m of piece.matchAll(JOINERS)) {
      consider(piece.slice(pos, m.index), off + pos);
      pos = m.index! + m[0].length;
    }
    consider(piece.slice(pos), off + pos);
  }
  function consider(raw: string, off: number): void {
    const lead = raw.length - raw.trimStart().length;
    const name = raw.trim().replace(/^\(|\)$/g, '').replace(/^(?:the|by)\s+/i, '').trim();
    if (!name || name.length < 2) return;
    // an acronym in parentheses after a name defines it, it is not another convenor
    if (/^\(?[A-Z][A-Za-z]{1,9}\)?$/.test(raw.trim()) && /^\(/.test(raw.trim())) return;
    if (/^[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,6}$/.test(name) && !/^(?:Online|Via|Zoom|WebEx|Webex|Teams)$/i.test(name)) {
      extra.push({ key: orgs.register(name, { start: off + lead, end: off + lead + name.length, extractor: 'sessions' }), start: off });
    }
  }
  const all = [...found.map((f) => ({ key: f.key, start: f.start })), ...extra].sort((a, b) => a.start - b.start);
  for (const a of all) add(a.key);
  void ctx;
  return keys;
}
