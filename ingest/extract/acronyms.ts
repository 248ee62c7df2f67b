// Acronym definitions by the Schwartz-Hearst algorithm ("long form (SF)" and "SF (long form)"),
// plus a small domain glossary for acronyms documents in this field use without defining them.

export interface AcronymDefinition {
  short: string;
  long: string;
  /** Offsets of the long form and of the short form in the text. */
  longStart: number;
  longEnd: number;
  shortStart: number;
  shortEnd: number;
}

/** Common undefined acronyms of the anti-trafficking / security domain (singular short forms). */
export const DOMAIN_ACRONYMS: Record<string, string> = {
  THB: 'trafficking in human beings',
  TIP: 'trafficking in persons',
  CTHB: 'combating trafficking in human beings',
  VoT: 'victim of trafficking',
  NRM: 'national referral mechanism',
  NAP: 'national action plan',
  pS: 'participating State',
  CSO: 'civil society organization',
  NGO: 'non-governmental organization',
  GBV: 'gender-based violence',
  VAW: 'violence against women',
  CSAM: 'child sexual abuse material',
  CSEA: 'child sexual exploitation and abuse',
  OCG: 'organized crime group',
  LEA: 'law enforcement agency',
  SDG: 'Sustainable Development Goal',
  ICT: 'information and communication technology',
  FGM: 'female genital mutilation',
  IDP: 'internally displaced person',
  UAM: 'unaccompanied minor',
  SOP: 'standard operating procedure',
};

/**
 * Schwartz & Hearst (2003): for each "(SF)" candidate, the long form is the shortest run of at most
 * min(|SF|+5, 2|SF|) words before the parenthesis whose characters contain SF's letters in order,
 * the first SF letter starting a word.
 */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  const paren = /\(([^()\n]{1,12})\)/g;
  for (let m = paren.exec(text); m; m = paren.exec(text)) {
    const inner = m[1].trim();
    for (const part of inner.split('/')) {
      if (!isShortForm(part)) continue;
      const def = matchLongForm(text, m.index, part, inner.includes('/') ? inner.split('/') : null);
      if (def) out.push({ ...def, shortStart: m.index + 1 + m[1].indexOf(part), shortEnd: m.index + 1 + m[1].indexOf(part) + part.length });
    }
  }
  return out;
}

function isShortForm(s: string): boolean {
  if (s.length < 2 || s.length > 10 || /\s/.test(s)) return false;
  if (!/^[\p{L}\p{N}][\p{L}\p{N}\-&.]*$/u.test(s)) return false;
  if (!/\p{Lu}/u.test(s)) return false;
  // "(D-OR)", "(R-TX)": a US legislator's party and state
  if (/^[DRI]-[A-Z]{2}$/.test(s)) return false;
  return /^\p{L}/u.test(s) && !/^\d+$/.test(s) && !/^(?:19|20)\d\d[a-z]?$/.test(s);
}

/** Words before the parenthesis (same sentence, same line group), nearest last. */
function wordsBefore(text: string, at: number, max: number): Array<{ w: string; start: number }> {
  const out: Array<{ w: string; start: number }> = [];
  let i = at;
  while (out.length < max && i > 0) {
    while (i > 0 && /\s/.test(text[i - 1])) i--;
    const c = text[i - 1];
    if (c === undefined || /[.;:()\[\]!?,“”"]/.test(c)) break;
    let s = i;
    while (s > 0 && !/[\s.;:()\[\]!?,“”"]/.test(text[s - 1])) s--;
    out.unshift({ w: text.slice(s, i), start: s });
    i = s;
  }
  return out;
}

function matchLongForm(text: string, parenAt: number, short: string, slashParts: string[] | null): Omit<AcronymDefinition, 'shortStart' | 'shortEnd'> | null {
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').replace(/s$/, (x) => (short.length > 2 && /[A-Z]s$/.test(short) ? '' : x)).toLowerCase();
  const limit = Math.min(letters.length + 5, letters.length * 2);
  let words = wordsBefore(text, parenAt, limit + 8);
  // "A/B (SA/SB)": the long forms are split at the slash, in order
  if (slashParts && slashParts.length > 1 && words.length) {
    const joined = text.slice(words[0].start, parenAt);
    const pieces = joined.split('/');
    if (pieces.length === slashParts.length) {
      const idx = slashParts.indexOf(short);
      let off = words[0].start;
      for (let k = 0; k < idx; k++) off += pieces[k].length + 1;
      const piece = pieces[idx];
      const sub = wordsBefore(text.slice(0, off + piece.length), off + piece.trimEnd().length, limit + 8);
      words = sub.map((w) => ({ w: w.w.split('/').pop()!, start: w.start + w.w.lastIndexOf('/') + 1 })).filter((w) => w.start >= off);
    }
  }
  words = words.map((w) => ({ w: w.w.split('/').pop()!, start: w.start + w.w.lastIndexOf('/') + 1 }));
  for (let n = 1; n <= Math.min(words.length, limit + 8); n++) {
    const cand = words.slice(words.length - n);
    const candText = cand.map((c) => c.w).join(' ');
    // a long form does not start with a function word ("of The Prosecutor" for OTP): keep extending
    if (LEADING_STOP.has(cand[0].w.toLowerCase())) continue;
    // "Bureau of International Labor Affairs (ILAB)": the head word, moved to the end of the acronym, opens the name
    const k = words.length - n;
    const ofAt = k >= 2 && words[k - 1].w === 'of' ? k - 2 : k >= 3 && words[k - 1].w === 'the' && words[k - 2].w === 'of' ? k - 3 : -1;
    const movedHead = ofAt >= 0 && /^(?:Bureau|Office|Department|Ministry|Directorate|Division|Centre|Center|Institute|Agency|Commission|Committee|Unit|Secretariat|Service)$/.test(words[ofAt].w)
      && letters.length > 2 && letters.endsWith(words[ofAt].w[0].toLowerCase()) && matchesLetters(candText.toLowerCase(), letters.slice(0, -1));
    if (movedHead || matchesLetters(candText.toLowerCase(), letters)) {
      const start = movedHead ? words[ofAt].start : cand[0].start;
      const last = cand[cand.length - 1];
      const end = last.start + last.w.length;
      const long = text.slice(start, end).replace(/\s+/g, ' ');
      if (long.length <= short.length) return null;
      if (long.toLowerCase() === short.toLowerCase()) return null;
      return { short, long, longStart: start, longEnd: end };
    }
  }
  return null;
}

const LEADING_STOP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'by', 'with', 'from']);

/** Schwartz-Hearst letter matching, right to left; the first short-form letter must start a word. */
function matchesLetters(long: string, short: string): boolean {
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s];
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1])))) l--;
    if (l < 0) return false;
    l--;
  }
  return true;
}
