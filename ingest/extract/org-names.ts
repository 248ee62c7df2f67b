// Organization-name heuristics: a matcher for known names (gazetteer + names found in the document),
// a finder for head-word names ("... Department", "Ministry of ..."), and the splits that reveal parents
// ("X Section of Y", "A/B", "Qatar University College of Law" -> "Qatar University").
import { DISCIPLINES, ORG_CONNECTORS, ORG_HEAD_WORDS, PLACES, TITLE_WORDS, WEAK_HEAD_WORDS } from './lexicon.js';
import { isCapitalized, nameKey, tokenize, type Token } from './text-utils.js';

export interface OrgSpan {
  /** The name as written (whitespace squashed). */
  name: string;
  start: number;
  end: number;
  /** Key of the known organization it matched, when it matched one. */
  known?: string;
}

interface KnownName {
  words: string[];
  caseSensitive: boolean;
  key: string;
}

/** Matches known organization names and acronyms in text, longest first, on word boundaries. */
export class KnownNameMatcher {
  private byFirst = new Map<string, KnownName[]>();

  /** Register a surface form for an organization key. Acronyms and one-word names match case-sensitively. */
  add(surface: string, key: string): void {
    const words = tokenize(surface).map((t) => t.text);
    if (!words.length) return;
    const caseSensitive = words.length === 1 || /^[\p{Lu}\p{N}\W]+$/u.test(surface.replace(/\s/g, ''));
    const entry: KnownName = { words: caseSensitive ? words : words.map((w) => w.toLowerCase()), caseSensitive, key };
    const first = words[0].toLowerCase();
    const list = this.byFirst.get(first) ?? [];
    if (list.some((e) => e.key === key && e.words.join(' ') === entry.words.join(' '))) return;
    list.push(entry);
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  /** Non-overlapping matches, leftmost-longest. */
  find(text: string, offset = 0, tokens = tokenize(text, offset)): OrgSpan[] {
    const out: OrgSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const cands = this.byFirst.get(tokens[i].text.toLowerCase());
      if (!cands) continue;
      for (const c of cands) {
        if (i + c.words.length > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < c.words.length && ok; k++) {
          const t = tokens[i + k];
          ok = c.caseSensitive ? t.text === c.words[k] : t.text.toLowerCase() === c.words[k];
          if (ok && k > 0) ok = /^[\s'’\/&-]{1,4}$/.test(text.slice(tokens[i + k - 1].end - offset, t.start - offset));
        }
        // a multi-word name must start with a capital in the text ("the world bank" is not a mention)
        if (ok && !c.caseSensitive && !isCapitalized(tokens[i].text)) ok = false;
        if (!ok) continue;
        const last = tokens[i + c.words.length - 1];
        out.push({ name: text.slice(tokens[i].start - offset, last.end - offset).replace(/\s+/g, ' '), start: tokens[i].start, end: last.end, known: c.key });
        i += c.words.length - 1;
        break;
      }
    }
    return out;
  }
}

function isHead(word: string): boolean {
  return ORG_HEAD_WORDS.has(word) || ORG_HEAD_WORDS.has(word.replace(/s$/, '')) && word === 'Forces';
}

/** Does a phrase look like an organization name by itself (head word, or an acronym)? */
export function looksLikeOrgName(name: string): boolean {
  const words = tokenize(name).map((t) => t.text);
  if (!words.length) return false;
  if (PLACES.has(name.trim())) return false;
  if (words.length === 1) return /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}s?$/u.test(words[0]);
  const caps = words.filter((w) => isCapitalized(w));
  if (caps.length < Math.ceil(words.length / 2)) return false;
  return words.some((w, i) => isHead(w) && (!WEAK_HEAD_WORDS.has(w) || i >= 2));
}

/**
 * Capitalised runs that contain a head word: "Qatar University College of Law", "Ministry of Interior",
 * "Metropolitan Police and Serious Organised Crime Agency" (split at "and" when both sides have a head word).
 */
export function findHeadWordOrgs(text: string, offset = 0, tokens: Token[] = tokenize(text, offset)): OrgSpan[] {
  const out: OrgSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!/^\p{Lu}/u.test(tokens[i].text)) { i++; continue; }
    // extend a run of capitalised words and connectors joined by plain spaces
    let j = i;
    while (j + 1 < tokens.length) {
      const gap = text.slice(tokens[j].end - offset, tokens[j + 1].start - offset);
      if (!/^(?:\s{1,3}|\s?&\s?|-)$/.test(gap)) break;
      const w = tokens[j + 1].text;
      if (isCapitalized(w) || ORG_CONNECTORS.has(w) || gap.includes('&')) j++;
      else break;
    }
    out.push(...orgsInRun(text, offset, tokens.slice(i, j + 1)));
    i = j + 1;
  }
  return out;
}

function orgsInRun(text: string, offset: number, run: Token[]): OrgSpan[] {
  // trim connectors at the ends
  while (run.length && !isCapitalized(run[run.length - 1].text)) run = run.slice(0, -1);
  while (run.length && !isCapitalized(run[0].text)) run = run.slice(1);
  if (run.length < 2 || !run.some((t) => isHead(t.text))) return [];
  // split "A and B" when both halves have a head word
  for (let k = 1; k < run.length - 1; k++) {
    if (run[k].text === 'and' || run[k].text === '&') {
      const left = run.slice(0, k), right = run.slice(k + 1);
      if (left.some((t) => isHead(t.text)) && right.some((t) => isHead(t.text))) {
        return [...orgsInRun(text, offset, left), ...orgsInRun(text, offset, right)];
      }
    }
  }
  // strip a leading job title: "Chief of the Ending Violence ... Section", "Head of Unit"
  let s = 0;
  for (let k = 0; k < run.length - 1; k++) {
    if ((run[k].text === 'of' || run[k].text === 'at') && run.slice(s, k).every((t) => TITLE_WORDS.has(t.text.toLowerCase()) || /^[A-Z]/.test(t.text) && TITLE_WORDS.has(t.text.toLowerCase()))) {
      s = k + 1;
      if (run[s]?.text.toLowerCase() === 'the') s++;
      break;
    }
  }
  if (run[s] && /^(The|A|An|In|On|At|By|For|With|From|Of|And|During|Under|Through|To|This|These|Our|Their)$/.test(run[s].text) && s + 1 < run.length) {
    // "The Ministry of ..." - a sentence-initial article is not part of the name
    if (!isHead(run[s + 1].text) || run[s].text !== 'The') s++;
    else s++;
  }
  let body = run.slice(s);
  // a leading job title without "of": "Senior Investigator Office ..." does not occur; leading title words before a head
  while (body.length > 1 && TITLE_WORDS.has(body[0].text.toLowerCase()) && !isHead(body[0].text) && body.slice(1).some((t) => isHead(t.text)) && ['Head', 'Chief', 'Director', 'Member', 'Chair', 'Adviser', 'Advisor', 'Officer'].includes(body[0].text)) body = body.slice(1);
  // the name ends at its last head word, plus an "of/for/on ..." complement of at most 6 words
  let lastHead = -1;
  for (let k = 0; k < body.length; k++) if (isHead(body[k].text)) lastHead = k;
  if (lastHead < 0) return [];
  let end = lastHead;
  if (end + 1 < body.length && /^(of|for|on|against|in)$/.test(body[end + 1].text)) {
    const rest = body.slice(end + 1);
    if (rest.length <= 7) end = body.length - 1;
  }
  body = body.slice(0, end + 1);
  const head = body.find((t) => isHead(t.text))!;
  const idx = body.indexOf(head);
  if (WEAK_HEAD_WORDS.has(head.text) && idx < 2 && lastHead === idx && body.length - 1 === idx) return [];
  if (body.length < 2) return [];
  if (body.every((t) => isHead(t.text) || ORG_CONNECTORS.has(t.text))) return [];
  const start = body[0].start, stop = body[body.length - 1].end;
  const name = text.slice(start - offset, stop - offset).replace(/\s+/g, ' ');
  if (PLACES.has(name)) return [];
  return [{ name, start, end: stop }];
}

/**
 * Parent hidden in the name: "X Section of Y" where Y is itself an organization, or
 * "Qatar University College of Law" (a university/ministry followed by a unit of it).
 */
export function splitParent(name: string, isKnownOrg: (s: string) => boolean): { child: string; parent: string } | null {
  const m = /^(.+?\b(?:Section|Unit|Department|Division|Office|Directorate|Branch|Centre|Center|Institute|Faculty|College|School|Committee|Secretariat|Service|Bureau))\s+of\s+(?:the\s+)?(.+)$/.exec(name);
  if (m && (isKnownOrg(m[2]) || looksLikeOrgName(m[2]))) return { child: m[1], parent: m[2] };
  const words = name.split(' ');
  const u = words.findIndex((w) => /^(University|Ministry|Academy|Parliament)$/.test(w));
  if (u >= 1 && u < words.length - 1 && isCapitalized(words[u + 1]) && ORG_HEAD_WORDS.has(words.slice(u + 1).find((w) => ORG_HEAD_WORDS.has(w)) ?? '')) {
    return { child: name, parent: words.slice(0, u + 1).join(' ') };
  }
  return null;
}

/** "Professor of Law", "Minister of Justice": the complement names a field, not an organization. */
export function isDiscipline(s: string): boolean {
  return DISCIPLINES.has(s.trim()) || /^(?:Interior|Foreign Affairs|Internal Affairs|Defence|Defense|Health|Labour|Labor|Social Affairs|Finance|Education|the Republic|Republic)$/.test(s.trim());
}

export { nameKey };
