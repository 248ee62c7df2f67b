// Organizations in a stretch of text: known names first, then head-word names in the gaps, then the rules
// that join or relate adjacent names ("EU Civil Society Platform", "CBSS Secretariat", "X's Y", "Y of the X").
// Registers what it finds in the document's OrgRegistry and returns the spans with their keys.
import { ORG_HEAD_WORDS, PLACES, WEAK_HEAD_WORDS } from './lexicon.js';
import { findHeadWordOrgs, isHeadWord, splitParent, type OrgSpan } from './org-names.js';
import type { OrgRegistry } from './organizations.js';
import { tokenize, type Token } from './text-utils.js';

export interface ScanOptions {
  /** Also find names by head word (default true); false finds known names only. */
  headWords?: boolean;
  /** Accept weak head words at a name's start ("Programme X"). */
  lenient?: boolean;
}

/** "A/HRC/46/31", "E/CN.15/2023": an acronym inside a document symbol is not a mention of the body. */
function isDocumentSymbol(text: string, start: number, end: number): boolean {
  return /(?:^|[^\p{L}])\p{Lu}{1,2}\/$/u.test(text.slice(Math.max(0, start - 3), start)) || /^\/\d/.test(text.slice(end, end + 2));
}

export function scanOrganizations(reg: OrgRegistry, text: string, offset: number, extractor: string, options: ScanOptions = {}): Array<OrgSpan & { key: string }> {
  const tokens = tokenize(text, offset);
  const known = reg.matcher.find(text, offset, tokens).filter((k) => !isDocumentSymbol(text, k.start - offset, k.end - offset) && !/^\s+rules?\b/i.test(text.slice(k.end - offset, k.end - offset + 8)));
  const found: Array<OrgSpan & { key: string }> = known.map((k) => ({ ...k, key: k.known! }));
  if (options.headWords !== false) {
    // runs of consecutive tokens outside the known names (linear: one pointer over the sorted known spans)
    const runs: Token[][] = [];
    let k = 0, prev = -2;
    tokens.forEach((t, idx) => {
      while (k < known.length && known[k].end <= t.start) k++;
      if (k < known.length && t.start < known[k].end && t.end > known[k].start) return;
      if (prev === idx - 1 && runs.length) runs[runs.length - 1].push(t); else runs.push([t]);
      prev = idx;
    });
    for (const run of runs) {
      for (const h of findHeadWordOrgs(text, offset, run, options.lenient)) found.push({ ...h, key: '' });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // "United Nations University Centre ...": a known name that runs straight into a head-word name is part of it;
  // "EU Civil Society Platform ...": so is a known acronym in front of one (the acronym's body is the parent)
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i], b = found[i + 1];
    const gap = text.slice(a.end - offset, b.start - offset);
    const acronymLead = /^[\p{Lu}]{2,6}$/u.test(a.name);
    // "... Organization (ILO) Regional Office for ...": the acronym in parentheses leads the unit's name too
    const inParens = acronymLead && text[a.start - offset - 1] === '(' && /^\)\s$/.test(gap);
    if (!a.known || b.known || !(/^\s$/.test(gap) || inParens)) continue;
    if (isHeadWord(b.name.split(' ')[0]) || acronymLead) {
      const name = `${a.name} ${b.name}`.replace(/\s+/g, ' ');
      const key = reg.lookup(name) ?? reg.register(name, acronymLead ? { parent: reg.displayName(a.key) } : {});
      // "United Nations Office at Nairobi": the body is the unit's parent (shown when the text names it too)
      if (!acronymLead && /^(?:Office|Offices|Mission|Centre|Center|Secretariat|Bureau|Unit|Section|Division|Department|Branch)$/.test(b.name.split(' ')[0])) reg.setParent(key, a.key);
      if (acronymLead) { reg.alias(key, b.name); reg.mention(a.key, a.start, a.end, extractor); }
      found.splice(i, 2, { name, start: a.start, end: b.end, key });
    }
  }
  // "Permanent Mission of Norway to the United Nations Office at Geneva": a mission is named with where it is accredited
  const shortForms = new Map<OrgSpan & { key: string }, string>();
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i], b = found[i + 1];
    const gap = text.slice(a.end - offset, b.start - offset);
    if (a.known || a.key || !b.key || !/^\s+to\s+(?:the\s+)?$/.test(gap) || !/\b(?:Mission|Delegation|Representation|Embassy)\b/.test(a.name)) continue;
    const after = text.slice(b.end - offset, b.end - offset + 50);
    const tail = /^(?:\s+Office)?\s+(?:at|in)\s+(\p{Lu}[\p{L}-]+)(\s\p{Lu}[\p{L}-]+)?|^\s+\((\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\)/u.exec(after);
    let end = b.end;
    if (tail?.[3] && PLACES.has(tail[3])) end += tail[0].length;
    else if (tail?.[1] && tail[2] && PLACES.has(tail[1] + tail[2])) end += tail[0].length;
    else if (tail?.[1] && PLACES.has(tail[1])) end += tail[0].length - (tail[2]?.length ?? 0);
    const name = text.slice(a.start - offset, end - offset).replace(/\s+/g, ' ');
    reg.mention(b.key, b.start, b.end, extractor);
    found.splice(i, 2, { name, start: a.start, end, key: '' });
    shortForms.set(found[i], a.name);
  }
  // "Office of the EU Anti-Trafficking Coordinator": the office of a known body or post is that body
  for (const f of found) {
    if (!f.known) continue;
    const before = /(?:^|\s)(Office of (?:the )?)$/.exec(text.slice(Math.max(0, f.start - offset - 20), f.start - offset));
    // ... unless "Office" ends a longer name ("Publications Office of the European Union" is a unit of the EU)
    const wordBefore = before ? /(\S+)\s+$/.exec(text.slice(Math.max(0, f.start - offset - before[1].length - 40), f.start - offset - before[1].length))?.[1] ?? '' : '';
    if (!before || /^\p{Lu}[\p{L}'’-]*$/u.test(wordBefore)) continue;
    // "Office of the OSCE Special Representative and Co-ordinator ...": the office of a post named after the body
    const rest = /^(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|for|of|on|in|against|the|to)){1,14}/u.exec(text.slice(f.end - offset, f.end - offset + 200));
    if (rest && /^\s+\p{Lu}/u.test(rest[0])) {
      const words = rest[0].trim().split(/\s+/);
      for (let n = words.length; n >= 1; n--) {
        const long = `${before[1]}${f.name} ${words.slice(0, n).join(' ')}`;
        const hit = /^\p{Lu}/u.test(words[n - 1]) ? reg.lookup(long) : undefined;
        if (!hit || hit === f.key) continue;
        reg.alias(hit, long);
        reg.mention(f.key, f.start, f.end, extractor);
        f.key = hit;
        f.start -= before[1].length;
        f.end += text.slice(f.end - offset).indexOf(words[n - 1]) + words[n - 1].length;
        f.name = long;
        break;
      }
      continue;
    }
    {
      const name = before[1] + f.name;
      reg.alias(f.key, name);
      f.start -= before[1].length;
      f.name = name;
    }
  }
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    // "CBSS Secretariat": a known body followed directly by a bare head word is a part of it
    if (f.known) {
      const after = /^ (\p{Lu}\p{L}+)\b/u.exec(text.slice(f.end - offset, f.end - offset + 30));
      // ... but not when the head word opens a longer name ("UNICEF Office of Research" is not "UNICEF Office")
      const opensName = /^\s+(?:of|for|on|against|to)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(f.end - offset + (after?.[0].length ?? 0), f.end - offset + (after?.[0].length ?? 0) + 40));
      if (after && !opensName && ORG_HEAD_WORDS.has(after[1]) && !WEAK_HEAD_WORDS.has(after[1]) && !(found[i + 1] && found[i + 1].start < f.end + 1 + after[1].length)) {
        // "United Nations Office at Geneva": an office at a place is named with it
        const at = /^ at (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u.exec(text.slice(f.end - offset + after[0].length, f.end - offset + after[0].length + 40));
        const place = at && /^(?:Office|Mission|Liaison)$/.test(after[1]) ? [at[1], at[1].split(' ')[0]].find((p) => PLACES.has(p)) : undefined;
        if (place) after[1] = `${after[1]} at ${place}`;
        const name = `${f.name} ${after[1]}`;
        if (!reg.isKnown(name)) {
          const key = reg.register(name, { parent: reg.displayName(f.key) });
          reg.setParent(key, f.key);
          reg.mention(f.key, f.start, f.end, extractor);
          found[i] = { name, start: f.start, end: f.end + 1 + after[1].length, key };
          reg.mention(key, f.start, found[i].end, extractor);
          continue;
        }
      }
    }
    const cached = f.key ? undefined : reg.scanCache.get(f.name);
    if (cached && reg.has(cached)) f.key = cached;
    if (!f.key) {
      const split = splitParent(f.name, (x) => reg.isKnown(x));
      f.key = split ? reg.register(split.child, { parent: split.parent === split.child ? null : split.parent }) : reg.register(f.name);
      if (split) {
        const ps = reg.lookup(split.parent)!;
        const at = text.indexOf(split.parent, f.start - offset);
        if (at >= 0) reg.mention(ps, offset + at, offset + at + split.parent.length, extractor);
      }
      reg.scanCache.set(f.name, f.key);
    }
    reg.mention(f.key, f.start, f.end, extractor);
  }
  // the mission without its accreditation is the same body
  for (const [f, short] of shortForms) if (f.key) reg.qualify(f.key, short);
  // "Permanent Mission of X to the United Nations (Vienna)": the seat in parentheses is part of how it is named
  for (const f of found) {
    if (!f.key || !/\b(?:Mission|Delegation|Representation|Embassy)\b/.test(f.name)) continue;
    const seat = /^\s\((\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\)/u.exec(text.slice(f.end - offset, f.end - offset + 30));
    if (seat && PLACES.has(seat[1])) reg.qualify(f.key, `${f.name} (${seat[1]})`);
  }
  // "X's Y", "X Y" (a known body followed by one of its parts) and "Y (ACR) of the X": X is Y's parent
  for (let i = 0; i + 1 < found.length; i++) {
    const gap = text.slice(found[i].end - offset, found[i + 1].start - offset);
    if (/^['’]s\s+$/.test(gap) || (gap === ' ' && found[i].known)) reg.setParent(found[i + 1].key, found[i].key);
    // "the X (ACR) initiative at the Y": a body described as an initiative or project of Y
    else if (/^\)?\s*(?:\([^()]{1,15}\)\s*)?(?:initiative|project|programme|program|secretariat|unit|team)\s+(?:at|of|within|hosted by|housed at|based at)\s+(?:the\s+)?$/.test(gap)) reg.setParent(found[i].key, found[i + 1].key);
    else if (/^\s*(?:\([^()]{1,15}\)\s*)?(?:of|at|within|under)\s+(?:the\s+)?$/.test(gap) && /\b(?:Office|Unit|Section|Department|Division|Directorate|Branch|Bureau|Commission|Committee|Centre|Center|Secretariat|Service|Agency|Programme|Program|Team|Task Force)\b/.test(reg.displayName(found[i].key))) {
      reg.setParent(found[i].key, found[i + 1].key);
      // the whole phrase is how the text names the unit ("Publications Office of the European Union")
      if (/^\s*(?:of|at)\s+(?:the\s+)?$/.test(gap) && !found[i].known) reg.qualify(found[i].key, `${found[i].name}${gap}${found[i + 1].name}`.replace(/\s+/g, ' '));
    }
  }
  return found;
}
