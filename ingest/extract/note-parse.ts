// Parse one footnote/endnote text into issuer, authors, year, date, title and URL:
// "OHCHR (2020), Title. URL"; "Doe J. & Roe R. (2020), Title. URL"; "See X's report "Title", page 58. URL";
// "Author, "Title," Publisher, 2020, URL"; a bare URL.
import { findUrls } from './context.js';
import { findDates } from './dates.js';
import { PLACES } from './lexicon.js';
import { parseAuthorList } from './names.js';
import { isCaseName, isLocator, parseInstrumentNote } from './note-forms.js';

export interface ParsedNote {
  agent: string | null;
  authors: string[];
  year: number | null;
  date: string | null;
  title: string | null;
  url: string | null;
  urlOnly: boolean;
  /** Text before the title that may name the issuer ("HCNM's recommendations"). */
  lead: string;
}

const LEAD_IN = /^\s*(?:see(?:\s+also)?|cf\.?|e\.g\.,?|for example,?|for instance,?|source:?|sources:?|quoted in|as cited in|ibid\.?,?)\s+/i;
const QUOTED = /[“"]([^”"]{4,400})[”"]|‘([^’]{4,400})’/;

function cleanTitle(t: string): string {
  return t
    .replace(/,?\s*\b(?:available (?:at|from|online)|accessed|retrieved|last (?:accessed|visited))\b.*$/i, '')
    .replace(/[,.]\s*online\s*(?:at|:)?\s*$/i, '')
    .replace(/,?\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4}\.?$/, '')
    .replace(/,?\s*(?:p|pp|page|pages)\.?\s*\d+(?:[-–]\d+)?\.?$/i, '')
    .replace(/\s+(?:of|on|dated)$/, '')
    .replace(/\s*\([^()]*$/, '')
    .replace(/^[\s,.:;–-]+|[\s,.:;–-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const PUBLICATION_DETAIL = /^(?:pp?\.?(?:\s*\d.*)?$|(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\.?\s+\d{4}$|[\p{Lu}][\w.]*\s+)?(?:publication|Sales No|COM\s*\(|No\.|Vol\.|vol\.|pp?\.|ISBN|ISSN|doi|CETS|ETS|Series|Doc\.|UN Doc|A\/|E\/|S\/|study for|report for|prepared for|commissioned by|final$|\d)/iu;

/**
 * Drop trailing ", Publisher, Place" segments from a title: places, organization names, publication details
 * ("United Nations publication, Sales No. ..."), and short capitalised names after a long title.
 */
export function trimTitleTail(title: string, isOrg: (s: string) => boolean): string {
  const segs = title.split(/,\s+(?![^()]*\))/);
  while (segs.length > 1) {
    const last = segs[segs.length - 1].trim().replace(/\.$/, '');
    const words = last.split(/\s+/);
    const drop = PLACES.has(last) || /\bJournal\b|\b\d+\s*\(\d+\)$/.test(last) || /^[\p{Lu}][\p{L}-]+:\s/u.test(last) || /^[A-Z]{2,}\(\d{4}\)\d+$/.test(last) || /^[\p{Lu}][\p{L}-]+$/u.test(last) || isOrg(last) || PUBLICATION_DETAIL.test(last)
      || (words.length <= 4 && /^\p{Lu}/u.test(last) && segs.slice(0, -1).join(', ').split(/\s+/).length >= 4 && !/:/.test(last));
    if (!drop) break;
    segs.pop();
  }
  return segs.join(', ');
}

export function parseNote(note: string, isOrg: (s: string) => boolean = () => false): ParsedNote {
  const urls = findUrls(note);
  const url = urls[0]?.url ?? null;
  let text = note;
  for (const u of [...urls].reverse()) text = text.slice(0, u.start) + ' ' + text.slice(u.end);
  text = text.replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim();
  const urlOnly = !/\p{L}{3,}/u.test(text.replace(/\b(?:available|at|online|accessed|retrieved|from|see|link)\b/gi, ''));
  const out: ParsedNote = { agent: null, authors: [], year: null, date: null, title: null, url, urlOnly, lead: '' };
  if (urlOnly) return out;
  text = text.replace(LEAD_IN, '');
  const dates = findDates(text);
  const full = dates.find((d) => d.year && d.date);
  if (full) out.date = full.date;
  const ym = /\((?:[^()]*?,\s*)?((?:19|20)\d\d)[a-z]?\)/.exec(text) ?? /\b((?:19|20)\d\d)\b/.exec(text);
  if (ym) out.year = +ym[1];
  const q = QUOTED.exec(text);
  // "Agent (2020), Title. ..." / "Agent (2020). Title."
  const ay = /^(.{1,200}?)\s*\((?:[^()]*?,\s*)?(?:19|20)\d\d[a-z]?(?:,[^()]*)?\)\s*[.,:]?\s*(.*)$/.exec(text);
  const inst = q || (ay && parseAuthorList(ay[1].replace(LEAD_IN, ''))) ? null : parseInstrumentNote(text, isOrg);
  if (inst) {
    // "Protocol of 2014 to the ... Convention, 1930 (P029), adopted by the X": the instrument is the title
    out.title = inst.title;
    if (inst.agent) out.agent = inst.agent;
    out.lead = inst.agent ?? '';
  } else if (ay) {
    setAgent(out, ay[1], isOrg);
    out.title = q ? withSubtitle(text, q) : firstSentence(ay[2]);
    out.lead = ay[1];
    if (!q && out.agent) splitAgentTitle(out, ay[1], ay[2], text.slice(ay[1].length).match(/\(([^()]*)\)/)?.[0] ?? '', isOrg);
  } else if (q) {
    out.title = q[1] ?? q[2];
    out.lead = text.slice(0, q.index);
    const head = out.lead.replace(/,\s*$/, '').trim();
    // "Author, "Title"" / "Agent's report "Title""
    const possessive = /^(.+?)['’]s\b/.exec(head);
    if (possessive) setAgent(out, possessive[1]);
    else if (head && head.split(' ').length <= 12) setAgent(out, head.replace(/,.*$/, (m) => (parseAuthorList(head) ? m : '')));
  } else {
    // "Agent, Title, Publisher, 2020" or "Agent. Title. 2020."
    const byline = leadingAuthors(text);
    const parts = (byline ? byline.rest : text).split(/(?<!\b(?:\p{Lu}|v|vs|no|No|nos|p|pp|Vol|vol|al|Art|art|para|paras|ed|eds|St|Ltd|Inc|Co))\.\s+|,\s+/u);
    if (byline) { out.authors = byline.authors; out.title = cleanTitle(parts.find((p) => p.split(' ').length >= 2) ?? parts[0]); }
    else if (parts.length >= 2 && parts[0].split(' ').length <= 8) {
      const authors = parseAuthorList(parts[0]);
      // "Court, A and Others v. B, no. 1/15, judgment of ...": the case name is the title
      const caseName = parts.slice(1).find(isCaseName);
      if (authors) { out.authors = authors; out.title = cleanTitle(parts.slice(1).find((p) => p.split(' ').length >= 2) ?? parts[1]); }
      else { setAgent(out, parts[0], isOrg); out.title = caseName ?? cleanTitle(parts.slice(1).sort((a, b) => b.length - a.length)[0]); }
    } else out.title = cleanTitle(firstSentence(text));
  }
  if (out.title && !q && !inst) out.title = trimTitleTail(out.title, isOrg);
  out.title = out.title ? cleanTitle(out.title) || null : null;
  if (out.title && isLocator(out.title)) out.title = null;
  return out;
}

/**
 * "Committee X, General comment No. 25 (2021) on ...", "OSCE Office Y, Title (Vienna, 2021)": the agent read
 * before the year holds the title after its first comma; "Council of Europe, GRETA (2022), Title": the
 * body after the comma is the more specific issuer.
 */
function splitAgentTitle(out: ParsedNote, pre: string, post: string, paren: string, isOrg: (s: string) => boolean): void {
  const cut = pre.replace(LEAD_IN, '').search(/,\s+/);
  if (cut < 0) return;
  const clean = pre.replace(LEAD_IN, '');
  const head = clean.slice(0, cut).trim();
  let rest = clean.slice(cut).replace(/^,\s+/, '').trim();
  if (!rest || /^\d/.test(rest)) return;
  // "Summary of the side events, OSCE (2020).": the title first, its issuer after the comma
  if (!isOrg(head)) {
    if (isOrg(rest) && !firstSentence(post) && !parseAuthorList(head) && head.split(/\s+/).length >= 2) { out.agent = rest; out.lead = rest; out.title = head; }
    return;
  }
  const after = firstSentence(post);
  // "ILO, Walk Free and IOM (2022), Title": several issuers, left as written
  if (/\s(?:and|&)\s|,/.test(rest) && isOrg(rest)) return;
  if (isOrg(rest) && rest.split(/\s+/).length <= 8 && after && /^[\p{Lu}\p{N}"“‘]/u.test(after)) { out.agent = rest; out.lead = rest; return; }
  if (isOrg(rest) || after && /^[\p{Lu}\p{N}"“‘]/u.test(after)) return;
  out.agent = head;
  out.lead = head;
  // "ILO, Walk Free and IOM, Title (Geneva, 2022)": further issuers before the title
  const segs = rest.split(/,\s+/);
  let k = 0;
  while (k < segs.length - 1 && segs[k].split(/\s+(?:and|&)\s+/).every((x) => isOrg(x.trim()))) k++;
  rest = segs.slice(k).join(', ');
  // the title runs on after the parenthesis when it continues in lower case ("... No. 25 (2021) on children's rights")
  out.title = after && /^\p{Ll}/u.test(after) ? `${rest} ${paren} ${after}` : rest;
}

/** "‘Quoted main title’: Subtitle ...": a subtitle after the closing quote belongs to the title. */
function withSubtitle(text: string, q: RegExpExecArray): string {
  const main = q[1] ?? q[2];
  const sub = /^\s*:\s+(\p{Lu}.*)$/u.exec(text.slice(q.index + q[0].length));
  return sub ? `${main}: ${firstSentence(sub[1])}` : main;
}

/** "Brown, A., Green, B. et al., Title ...": the longest run of authors the note opens with. */
function leadingAuthors(text: string): { authors: string[]; rest: string } | null {
  let best: { authors: string[]; rest: string } | null = null;
  for (const m of text.slice(0, 200).matchAll(/(?:,|\.|:)\s+/g)) {
    const end = m.index! + (m[0].startsWith('.') ? 1 : 0);
    const head = text.slice(0, end), rest = text.slice(m.index! + m[0].length);
    if (rest.split(/\s+/).length < 2) break;
    const authors = parseAuthorList(head.replace(/,?\s*\bet al\.?$/, ''));
    if (authors && authors.length >= 1 && (authors.length > 1 || /\bet al\b|,\s*(?:\p{Lu}\.\s?){1,3}$|^(?:\p{Lu}\.\s?){1,3}\s?\p{Lu}/u.test(head))) best = { authors, rest };
  }
  return best;
}

/** Words of organization names that a list of full personal names never holds ("Clean Clothes Campaign", "Walk Free"). */
const ORG_WORDS = /\b(?:Campaign|Free|Watch|Action|Rights|International|Project|Initiative|Clinic|Labs?|Network|Press|Global|Slavery|Trafficking|Justice|Workers|Women|Children|Migrants?|Against|Stop|End|Save|Fair|Ethical|Clean|Clothes|Alliance|Coalition|Forum|Media|News|Times|Post)\b/;

/** Does a capitalised agent name hold a word that personal names do not ("Clean Clothes Campaign")? */
export function hasOrgWord(agent: string): boolean {
  return ORG_WORDS.test(agent);
}

function setAgent(out: ParsedNote, raw: string, isOrg: (s: string) => boolean = () => false): void {
  const agent = raw.replace(LEAD_IN, '').replace(/[,.:;]\s*$/, (m) => (/\s\p{Lu}\.$/u.test(raw.trim()) ? m : '')).trim();
  if (!agent) return;
  const authors = parseAuthorList(agent);
  // full names without initials could be a body's name: a known or organization-like name stays the agent
  const fullNames = authors !== null && authors.every((a) => !/[.,]/.test(a));
  if (authors && !(fullNames && (isOrg(agent) || ORG_WORDS.test(agent)))) out.authors = authors;
  else out.agent = agent;
}

/** Text up to the first sentence end (". " before a capital, not after an initial or inside a subtitle). */
function firstSentence(t: string): string {
  const m = /^(.+?[^\s.](?<!\b\p{Lu})(?<!\bpp?)(?<!\bNo)(?<!\bVol))\.(?:\s+(?=\p{Lu}|\d)|\s*$)/u.exec(t);
  return (m ? m[1] : t).trim();
}
