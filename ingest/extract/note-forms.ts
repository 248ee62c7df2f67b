// Special note forms the generic "Agent (year), Title" reading gets wrong: Ibid./Id. back-references,
// legal instruments ("Protocol of 2014 to the ... Convention, 1930 (P029), adopted by ..."), case law
// ("Court, A and Others v. B, no. 123/15, judgment of ..."), locators that are not titles ("p. 47", "Article 2(e)").
import { isInstrumentName } from './org-instruments.js';

/** "Ibid.", "Ibid., p. 47", "Id.", "Ibidem, Article 2": the note repeats the previous note's work. */
export function isIbidNote(text: string): boolean {
  return /^\s*(?:see\s+(?:also\s+)?)?(?:ibid\b\.?|ibidem\b\.?|id\.(?=\s|,|;|$)|op\.?\s*cit\.?)/i.test(text);
}

/** "47", "p. 47", "pp. 3-5", "Article 2(e)", "para. 12", "section 4": a place in a work, never its title. */
export function isLocator(title: string): boolean {
  return /^(?:(?:p|pp|page|pages|para|paras|paragraph|paragraphs|art|article|articles|section|sections|s|ss|chapter|ch|annex|footnote|fn|n|note|at|vol|no)\.?\s*)?[\divxlc]+(?:\s*\([a-z0-9]{1,4}\))*(?:\s*[-–,]\s*[\divxlc]+(?:\s*\([a-z0-9]{1,4}\))*)*\.?$/i.test(title.trim());
}

/** A case name ("Chowdury and Others v. Greece", "Rantsev v Cyprus and Russia"). */
export function isCaseName(s: string): boolean {
  return /^\p{Lu}[^,;]{0,120}\sv\.?\s+\p{Lu}/u.test(s.trim()) && s.length < 160;
}

export interface InstrumentNote {
  title: string;
  /** Who adopted or issued it, as written ("International Labour Conference", "Council of Europe"). */
  agent: string | null;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** Where an instrument's name ends: its identifiers, adoption clause, place and date. */
const INSTRUMENT_END = new RegExp(`\\s*(?:\\((?!\\d{4}\\))[^()]{1,40}\\)|,?\\s+(?:adopted|signed|opened|entered|done|approved|proclaimed|as amended)\\b|,\\s*(?:CETS|ETS|OJ|UNTS|U\\.N\\.T\\.S|No\\.|A\\/|E\\/|S\\/|CRC\\/|CEDAW\\/|Doc\\.|UN Doc|Official Journal|General Assembly resolution)|,\\s*(?:\\d{1,2}\\s+)?${MONTH}\\b|,\\s*\\d{1,2}\\s+${MONTH}|[;:]|\\.\\s|\\.$|,\\s+(?=\\p{Ll}|\\d{1,2}\\s|\\p{Lu}\\p{L}+(?:,|\\.|\\s*$)|[A-Z]{2,}\\b))`, 'u');

/**
 * A note that names a treaty, protocol, directive or resolution first: the instrument is the title; the
 * issuer is the body that adopted it ("adopted by the X") or the body its name starts with
 * ("Council of Europe Convention on ..."). `isOrg` says whether a phrase names an organization.
 */
export function parseInstrumentNote(text: string, isOrg: (s: string) => boolean): InstrumentNote | null {
  const lead = /^(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|on|for|and|against|to|in|\d{4}|[IVX]+)\s+){0,9}?(?:Optional\s+)?(?:Protocol|Convention|Directive|Regulation|Resolution|Declaration|Charter|Covenant|Treaty|Framework Decision|Decision|Recommendation|Statute|Act)\b/u.exec(text);
  if (!lead) return null;
  if (/\b(?:Report|Study|Handbook|Guide|Toolkit|Manual|Commentary|Review|Analysis|Paper|Brief|Note|Comment|Survey|Evaluation)\b/.test(lead[0])) return null;
  const end = INSTRUMENT_END.exec(text.slice(lead[0].length));
  const title = (end ? text.slice(0, lead[0].length + end.index) : text).replace(/[\s,.;:]+$/, '').trim();
  if (!isInstrumentName(title) || title.split(/\s+/).length < 2) return null;
  let agent: string | null = null;
  const adopted = /\b(?:adopted|issued|approved|proclaimed)\s+by\s+(?:the\s+)?(.+?)(?=\s+(?:at|in|on|during)\s|[,;(]|\.\s|\.$|$)/.exec(text);
  if (adopted && isOrg(adopted[1])) agent = adopted[1];
  if (!agent) {
    // "Council of Europe Convention on ...", "UN General Assembly Resolution 55/25": the body the name starts with
    const words = title.split(/\s+/);
    const at = words.findIndex((w) => /^(?:Optional|Protocol|Convention|Directive|Regulation|Resolution|Declaration|Charter|Covenant|Treaty|Framework|Decision|Recommendation|Statute|Act)$/.test(w));
    for (let k = at; k >= 1 && !agent; k--) if (isOrg(words.slice(0, k).join(' '))) agent = words.slice(0, k).join(' ');
  }
  return { title, agent };
}
