// Organization-name heuristics: a matcher for known names (gazetteer + names found in the document),
// a finder for head-word names ("... Department", "Ministry of ..."), and the splits that reveal parents
// ("X Section of Y", "A/B", "Qatar University College of Law" -> "Qatar University").
import { DISCIPLINES, ORG_CONNECTORS, ORG_HEAD_WORDS, PLACES, TITLE_WORDS, WEAK_HEAD_WORDS } from './lexicon.js';
import { parsePersonName } from './names.js';
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

  /** An independent copy (entries are immutable; the lists are copied on write). */
  clone(): KnownNameMatcher {
    const m = new KnownNameMatcher();
    for (const [k, v] of this.byFirst) m.byFirst.set(k, v.slice());
    return m;
  }

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

/** Head words in other languages that open a name ("Fondation Espoir Haïti", "Universidad de Salamanca"). */
const LEADING_HEADS = new Set(['Tribunal', 'Cour', 'Parquet', 'Fondation', 'Fundación', 'Fundação', 'Fondazione', 'Stiftung', 'Asociación', 'Associazione', 'Associação',
  'Association', 'Université', 'Universidad', 'Università', 'Universität', 'Universidade', 'Ministère', 'Ministerio', 'Ministero',
  'Centro', 'Instituto', 'Institut', 'Istituto', 'Centre', 'Comité', 'Comisión', 'Commissione', 'Guardia', 'Polizia', 'Policía', 'Bundesamt']);
/** Words after a head word that show the phrase names a place, not a body ("... House Office Building"). */
const VENUE_AFTER = /^(?:Building|Hall|Room|Palace|Hotel|Street|Avenue|Road|Square|Campus|Auditorium|Floor|Premises|Conference|Summit|Forum|Meeting|Week|Day|Award|Awards|Report|Rule|Rules|Convention)$/;
const TITLE_LEADS = new Set(['Head', 'Chief', 'Director', 'Member', 'Chair', 'Adviser', 'Advisor', 'Officer', 'President', 'Founder', 'Coordinator', 'Co-ordinator', 'Representative']);

/** Company forms that end a name ("Andes Textiles S.A.", "Nordlys Social AB"). */
const COMPANY_SUFFIX = new Set(['AB', 'AG', 'GmbH', 'Ltd', 'Ltd.', 'Inc', 'Inc.', 'LLC', 'plc', 'PLC', 'SpA', 'Oy', 'ASA', 'Corp', 'Corp.', 'S.A.', 'A.', 'N.V.', 'B.V.', 'V.']);

/** Is this word an organization head word (English, foreign, company form)? */
export function isHeadWord(word: string): boolean {
  return isHead(word);
}

function isHead(word: string): boolean {
  return ORG_HEAD_WORDS.has(word) || LEADING_HEADS.has(word) || word === 'Force' || COMPANY_SUFFIX.has(word)
    || (word.includes('-') && /^(?:Directorate|Ministry|Office|Department|Agency|Commission)$/.test(word.split('-')[0]));
}

function isConnector(word: string, first: boolean): boolean {
  return !first && ORG_CONNECTORS.has(word.toLowerCase()) && word !== 'The';
}

/** Does a phrase look like an organization name by itself (head word, or an acronym)? */
export function looksLikeOrgName(name: string, lenient = false): boolean {
  const words = tokenize(name).map((t) => t.text);
  if (!words.length) return false;
  if (PLACES.has(name.trim())) return false;
  if (words.length === 1) return /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}s?$/u.test(words[0]);
  const caps = words.filter((w) => isCapitalized(w));
  if (caps.length < Math.ceil(words.length / 2)) return false;
  return words.some((w, i) => isHead(w) && (lenient || !WEAK_HEAD_WORDS.has(w) || i >= 2 || i < words.length - 1));
}

/** "Council of 19 October 2022" (from a legal act's title) names a date, not a body. */
const ENDS_IN_DATE = /\b(?:of|on)\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}$/u;

/**
 * Capitalised runs that contain a head word: "Qatar University College of Law", "Ministry of Interior",
 * "Metropolitan Police and Serious Organised Crime Agency" (split at "and" when both sides have a head word).
 */
export function findHeadWordOrgs(text: string, offset = 0, tokens: Token[] = tokenize(text, offset), lenient = false): OrgSpan[] {
  const out: OrgSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!/^\p{Lu}/u.test(tokens[i].text)) { i++; continue; }
    // extend a run of capitalised words and connectors joined by plain spaces ("Women's", "U.S." count as joined)
    let j = i;
    // an organization name is short: cap the run so long title-case lines stay linear
    while (j + 1 < tokens.length && j - i < 30) {
      const gap = text.slice(tokens[j].end - offset, tokens[j + 1].start - offset);
      const w = tokens[j + 1].text;
      if (/^['’]$/.test(gap) && w === 's') { j++; continue; }
      if (gap === '' && tokens[j].text.endsWith('.')) { j++; continue; }
      if (!/^(?:[ \t]{1,3}|\n|\s?&\s?|-)$/.test(gap)) break;
      // a line holding just a person's name ends there ("Sofía Ramírez" / "Programme Officer")
      if (gap === '\n') {
        const lineStart = text.lastIndexOf('\n', tokens[j].end - offset - 1) + 1;
        if (parsePersonName(text.slice(lineStart, tokens[j].end - offset))) break;
      }
      if (isCapitalized(w) || isConnector(w, false) || gap.includes('&') || COMPANY_SUFFIX.has(w) || isInnerAt(text, offset, tokens, i, j + 1)) j++;
      else break;
    }
    out.push(...orgsInRun(text, offset, tokens.slice(i, j + 1), lenient).filter((o) => !ENDS_IN_DATE.test(o.name)).map((o) => withListTail(text, offset, withDashTail(text, offset, withListLead(text, offset, tokens, i, o)))));
    i = j + 1;
  }
  return out;
}

/**
 * "the Citizens, Equality, Rights and Values Programme": a name made of a comma list of single words ending
 * in "X and Y <Head>" takes the list in front of it (after "the", an acronym or a line start).
 */
function withListLead(text: string, offset: number, tokens: Token[], runStart: number, org: OrgSpan): OrgSpan {
  if (org.start !== tokens[runStart].start || !/^\p{Lu}\p{L}+ and \p{Lu}/u.test(org.name)) return org;
  let k = runStart, start = org.start;
  for (let n = 0; n < 4 && k >= 2; n++) {
    const w = tokens[k - 1];
    if (text.slice(w.end - offset, tokens[k].start - offset) !== ', ' || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || PLACES.has(w.text) || isHead(w.text)) break;
    k--;
    start = w.start;
  }
  if (start === org.start) return org;
  const lead = text.slice(0, start - offset).match(/(?:^|\n|\bthe\s+|\b\p{Lu}{2,6}\s+|\p{L}['’]s\s+)$/u);
  return lead ? { name: text.slice(start - offset, org.end - offset).replace(/\s+/g, ' '), start, end: org.end } : org;
}

/** "Committee on Foreign Affairs, Defence and Trade": a complement that goes on as a comma list of single words. */
function withListTail(text: string, offset: number, org: OrgSpan): OrgSpan {
  if (!/\b(?:on|of|for)\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?$/u.test(org.name)) return org;
  const m = /^(?:,\s\p{Lu}\p{Ll}+){1,4},?\s(?:and|&)\s\p{Lu}\p{Ll}+(?!\s\p{Lu})/u.exec(text.slice(org.end - offset, org.end - offset + 120));
  if (!m || m[0].split(/,\s|\s(?:and|&)\s/).some((w) => PLACES.has(w.replace(/^,?\s*/, '')) || isHead(w.replace(/^,?\s*/, '')))) return org;
  return { name: `${org.name}${m[0]}`.replace(/\s+/g, ' '), start: org.start, end: org.end + m[0].length };
}

/** "Office of Research – Innocenti": one proper word after a dash, closing the phrase, belongs to the name. */
function withDashTail(text: string, offset: number, org: OrgSpan): OrgSpan {
  const m = /^ [–—-] (\p{Lu}\p{Ll}+)(?=\s*(?:$|\n|[,;.)]))/u.exec(text.slice(org.end - offset, org.end - offset + 40));
  if (!m || PLACES.has(m[1]) || TITLE_WORDS.has(m[1].toLowerCase()) || isHead(m[1]) || !/\b(?:Office|Centre|Center|Institute)\b/.test(org.name)) return org;
  return { name: `${org.name} – ${m[1]}`, start: org.start, end: org.end + m[0].length };
}

/** Words that name an event, not a body: "Expert Meeting at Vienna International Centre" is no name. */
const EVENT_WORDS = /^(?:Meeting|Conference|Event|Session|Workshop|Forum|Summit|Webinar|Seminar|Roundtable|Dialogue|Panel|Training|Launch|Reception|Lunch|Dinner|Visit)$/;

/**
 * "at" inside a name: "Fundamental Principles and Rights at Work Branch" (a head word follows within two
 * words) and "United Nations Office at Geneva" (an Office or Mission at a place).
 */
function isInnerAt(text: string, offset: number, tokens: Token[], runStart: number, k: number): boolean {
  if (tokens[k].text !== 'at' || k + 1 >= tokens.length) return false;
  const prev = tokens[k - 1].text, next = tokens[k + 1].text;
  if (!/^[ \t]$/.test(text.slice(tokens[k].end - offset, tokens[k + 1].start - offset)) || !isCapitalized(next)) return false;
  // the words of this name only: after the last "of"/"the" ("Director of the X and Y at Work Branch")
  let from = runStart;
  for (let q = k - 1; q > runStart; q--) if (/^(?:of|the)$/.test(tokens[q].text)) { from = q + 1; break; }
  const before = tokens.slice(from, k).map((t) => t.text);
  if (before.some((w) => EVENT_WORDS.test(w) || TITLE_WORDS.has(w.toLowerCase()) && !isHead(w))) return false;
  if (/^(?:Office|Mission|Offices|Liaison)$/.test(prev)) return PLACES.has(next) || PLACES.has(`${next} ${tokens[k + 2]?.text ?? ''}`.trim());
  if (isHead(prev) || before.length < 2) return false;
  const after = tokens.slice(k + 1, k + 4);
  return after.slice(1).some((t) => isHead(t.text) && !WEAK_HEAD_WORDS.has(t.text) || /^(?:Branch|Programme|Unit|Division)$/.test(t.text)) && after.slice(0, 2).every((t) => isCapitalized(t.text));
}

function orgsInRun(text: string, offset: number, run: Token[], lenient: boolean): OrgSpan[] {
  // trim connectors at the ends
  while (run.length && !/^\p{Lu}/u.test(run[run.length - 1].text) && !/^\d/.test(run[run.length - 1].text) && !COMPANY_SUFFIX.has(run[run.length - 1].text)) run = run.slice(0, -1);
  while (run.length && !/^\p{Lu}/u.test(run[0].text)) run = run.slice(1);
  if (run.length < 2 || !run.some((t) => isHead(t.text))) return [];
  // "U.S. Department of Labor's Bureau of International Labor Affairs": two bodies, the first the parent
  for (let k = 1; k < run.length - 1; k++) {
    if (run[k].text !== 's' || !/^['’]$/.test(text.slice(run[k - 1].end - offset, run[k].start - offset))) continue;
    const left = run.slice(0, k), right = run.slice(k + 1);
    // ("Parliament's Joint Standing Committee on ...": the right side's head word may come a few words in)
    if (left.some((t) => isHead(t.text)) && right.slice(0, 4).some((t) => isHead(t.text) && !WEAK_HEAD_WORDS.has(t.text))) {
      return [...orgsInRun(text, offset, left, lenient), ...orgsInRun(text, offset, right, lenient)];
    }
  }
  // split "A and B" when both halves have a head word
  for (let k = 1; k < run.length - 1; k++) {
    if (run[k].text === 'and' || run[k].text === '&') {
      const left = run.slice(0, k), right = run.slice(k + 1);
      // "Shakti Samuha and the Permanent Mission of ...": "and the" starts another body
      if (right[0]?.text === 'the' && right.some((t) => isHead(t.text))) return [...orgsInRun(text, offset, left, lenient), ...orgsInRun(text, offset, right.slice(1), lenient)];
      if (left.some((t) => isHead(t.text)) && right.some((t) => isHead(t.text))) {
        return [...orgsInRun(text, offset, left, lenient), ...orgsInRun(text, offset, right, lenient)];
      }
    }
  }
  // strip a leading job title or honorific: "Chief of the Ending Violence ... Section", "Ms. Sara Holm of the ..."
  let s = 0;
  for (let k = 0; k < run.length - 1; k++) {
    if (/^(?:of|at|from|in)$/i.test(run[k].text) && k > 0 && (run.slice(0, k).every((t) => TITLE_WORDS.has(t.text.toLowerCase()) && !isHead(t.text)) || TITLE_WORDS.has(run[k - 1].text.toLowerCase()) && !isHead(run[k - 1].text) || /^(?:Mr|Ms|Mrs|Dr|Prof|H\.E|Ambassador)\.?$/.test(run[0].text))) {
      s = k + 1;
      // "Head of Unit for Migration": a job title naming no body (the unit would follow "the")
      if (/^(?:Unit|Section|Division|Office|Department|Mission|Sector|Delegation|Service|Desk|Team)$/.test(run[s]?.text ?? '') && run[k].text === 'of') return [];
      if (run[s]?.text.toLowerCase() === 'the') s++;
      break;
    }
  }
  if (run[s] && /^(The|A|An|In|On|At|By|For|With|From|Of|And|During|Under|Through|To|This|These|Our|Their|Both|Each|All|Welcome|Welcoming|Opening|Closing|Keynote|Contact|Venue|Hosted|Organised|Organized|Supported|Funded|Sponsored|Moderated|Chaired)$/.test(run[s].text) && s + 1 < run.length) s++;
  let body = run.slice(s);
  while (body.length > 1 && TITLE_LEADS.has(body[0].text) && body.slice(1).some((t) => isHead(t.text))) body = body.slice(1);
  // the name ends at its last head word, plus an "of/for/on/to ..." complement of at most 7 words
  let lastHead = -1;
  for (let k = 0; k < body.length; k++) if (isHead(body[k].text)) lastHead = k;
  if (lastHead < 0) return [];
  if (lastHead + 1 < body.length && VENUE_AFTER.test(body[lastHead + 1].text)) return [];
  let end = lastHead;
  const placeAfter = end + 2 < body.length && /^in$/i.test(body[end + 1].text) && PLACES.has(body.slice(end + 2).map((t) => t.text).join(' '));
  if (end + 2 < body.length && body[end + 1].text === 'at' && /^(?:Office|Mission|Offices|Liaison)$/.test(body[end].text)) {
    // "United Nations Office at Geneva"
    end += 2;
  } else if (end + 1 < body.length && /^(of|for|on|against|in|to)$/i.test(body[end + 1].text) && !placeAfter) {
    if (body.length - end - 1 <= 8) end = body.length - 1;
  } else if (LEADING_HEADS.has(body[lastHead].text) && lastHead === 0) {
    end = body.length - 1;
  }
  body = body.slice(0, end + 1);
  while (body.length && !/^[\p{Lu}\p{N}]/u.test(body[body.length - 1].text) && !COMPANY_SUFFIX.has(body[body.length - 1].text)) body = body.slice(0, -1);
  const head = body.find((t) => isHead(t.text));
  if (!head) return [];
  const idx = body.indexOf(head);
  if (!lenient && WEAK_HEAD_WORDS.has(head.text) && idx < 2 && body.length - 1 === idx) return [];
  if (body.length < 2) return [];
  if (body.every((t) => isHead(t.text) || ORG_CONNECTORS.has(t.text.toLowerCase()))) return [];
  const start = body[0].start, stop = body[body.length - 1].end;
  const name = text.slice(start - offset, stop - offset).replace(/\s+/g, ' ');
  if (PLACES.has(name)) return [];
  // "A." and "V." close a company name only as "S.A.", "N.V.": "P. Lindgren and A." is two initials
  if (/(?:^|\s)[AV]\.$/.test(name) && !/\b[SNB]\.\s?[AV]\.$/.test(name)) return [];
  return [{ name, start, end: stop }];
}

/**
 * Parent hidden in the name: "X Section of Y" where Y is itself an organization, or
 * "Qatar University College of Law" (a university/ministry followed by a unit of it).
 */
export function splitParent(name: string, isKnownOrg: (s: string) => boolean): { child: string; parent: string } | null {
  // "U.S. Department of Labor's Bureau of International Labor Affairs": the bureau, a unit of the department
  const pos = /^(.+?)['’]s\s+(\p{Lu}.+)$/u.exec(name);
  if (pos && (isKnownOrg(pos[1]) || looksLikeOrgName(pos[1])) && looksLikeOrgName(pos[2]) && isHead(pos[2].split(' ')[0])) return { child: pos[2], parent: pos[1] };
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
  return DISCIPLINES.has(s.trim()) || /^(?:Interior|Foreign Affairs|Internal Affairs|Home Affairs|Defence|Defense|Health|Labour|Labor|Social Affairs|Finance|Education|Manpower|Employment|Justice|Economy|Trade|Industry|Agriculture|Transport|Environment|Culture|Tourism|Youth|Women|Family|Migration|Human Resources|Public Security|National Security|Gender Equality|Women's Affairs|Social Policy|Social Development|Labour and Social Policy|Labour and Social Affairs|Labor and Social Affairs|Foreign Affairs and Trade|the Interior|the Republic|Republic|Sustainability|Communications|Operations|Policy|Programmes|Programs|Marketing|Compliance|Legal Affairs|Advocacy|Partnerships|Strategy|Research and Policy|Policy and Research|Public Affairs|Government Affairs|Corporate Affairs|External Relations|Development|Protection|Investigations|Prevention)$/.test(s.trim());
}

export { nameKey };
