// Person-name parsing: an optional honorific, then 2-5 name words (capitalised words, initials, particles).
// Job titles, organization words, places and placeholders ("Representative of local authorities") fail.
import { HONORIFICS, NAME_PARTICLES, ORG_HEAD_WORDS, PLACES, TITLE_ADJECTIVES, TITLE_HONORIFICS, TITLE_WORDS } from './lexicon.js';

export interface ParsedName {
  honorific: string | null;
  name: string;
  /** Offsets relative to the parsed string. */
  nameStart: number;
  nameEnd: number;
}

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’]+(?:[-‐]\p{Lu}?[\p{Ll}\p{M}'’]+)*|\p{Lu}[\p{Ll}]*[’']\p{Lu}[\p{Ll}]+|Mc\p{Lu}\p{Ll}+|Mac\p{Lu}\p{Ll}+|\p{Lu}{2,}(?:-\p{Lu}{2,})?)$/u;
const INITIAL = /^\p{Lu}\.(?:\s?\p{Lu}\.)?$|^\p{Lu}$/u;

/** Words that never belong to a person's name. */
const NOT_NAME = new Set([
  'the', 'and', 'of', 'for', 'on', 'in', 'with', 'from', 'by', 'tbc', 'tbd', 'n/a', 'online', 'webinar', 'zoom', 'webex', 'teams',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'covid', 'covid-19', 'european', 'united', 'nations',
  'state', 'states', 'republic', 'kingdom', 'federal', 'people', 'person', 'persons', 'human', 'rights', 'trafficking', 'law', 'local',
  'civil', 'society', 'youth', 'women', 'children', 'men', 'victims', 'survivors', 'public', 'private', 'sector', 'question', 'answers',
  // common nouns and adjectives of titles and unit names ("Analysis Project Phoenix", "Data Analytics")
  'project', 'analysis', 'analytics', 'data', 'policy', 'research', 'support', 'services', 'development', 'affairs', 'relations',
  'security', 'crime', 'justice', 'health', 'trade', 'labour', 'labor', 'economic', 'social', 'international', 'national',
  'regional', 'global', 'gender', 'equality', 'migration', 'protection', 'prevention', 'rights', 'legal', 'digital', 'media',
  'communications', 'strategy', 'strategic', 'operations', 'operational', 'investigation', 'investigations', 'intelligence',
  'forensic', 'technology', 'innovation', 'education', 'training', 'finance', 'financial', 'management', 'administration',
  'governance', 'democracy', 'cooperation', 'co-operation', 'partnership', 'action', 'plan', 'programme', 'program', 'compliance',
  'anti-trafficking', 'trafficking', 'smuggling', 'exploitation', 'labour', 'forced', 'child', 'family', 'community', 'local',
  'european', 'african', 'american', 'asian', 'nordic', 'baltic', 'eastern', 'western', 'northern', 'southern', 'central',
  'department', 'division', 'unit', 'section', 'task', 'force', 'working', 'group', 'welcome', 'closing', 'remarks', 'keynote',
  'fondation', 'fundación', 'stiftung', 'asociación', 'associazione', 'université', 'universidad', 'ministère', 'ministerio',
  'centro', 'instituto', 'institut', 'guardia', 'polizia', 'comité', 'ab', 'gmbh', 'ltd', 'inc', 'llc', 'plc', 'q&a', 'panel',
  // words that make a body's name ("Roth Consulting", "Child Rights Connect", "Migrant Watch")
  'consulting', 'consultancy', 'consultants', 'solutions', 'associates', 'partners', 'watch', 'aid', 'connect', 'ventures',
  'systems', 'collective', 'advisory', 'network', 'networks', 'initiative', 'campaign', 'platform', 'helpline', 'hotline',
]);

/** A common noun or adjective that names no one ("Environment", "Policy", "Research"). */
export function isCommonWord(w: string): boolean {
  const l = w.toLowerCase();
  return NOT_NAME.has(l) || TITLE_WORDS.has(l) || TITLE_ADJECTIVES.has(l) || COMMON.has(l);
}
const COMMON = new Set(['environment', 'climate', 'change', 'energy', 'water', 'food', 'agriculture', 'transport', 'culture', 'science',
  'art', 'history', 'society', 'peace', 'conflict', 'crisis', 'emergency', 'response', 'recovery', 'humanitarian', 'assistance',
  'information', 'knowledge', 'practice', 'studies', 'study', 'evidence', 'monitoring', 'evaluation', 'reporting', 'outreach',
  'advocacy', 'engagement', 'inclusion', 'diversity', 'integration', 'youth', 'sports', 'tourism', 'industry', 'business',
  'markets', 'market', 'finance', 'economy', 'economics', 'law', 'laws', 'policing', 'borders', 'border', 'customs', 'asylum']);

const ARTICLES = new Set(['La', 'Le', 'Les', 'Las', 'Los', 'El', 'Il', 'Lo', 'Die', 'Der', 'Das', 'Het']);

function isNameWord(w: string, first: boolean): boolean {
  if (NOT_NAME.has(w.toLowerCase())) return false;
  if (TITLE_WORDS.has(w.toLowerCase()) || TITLE_ADJECTIVES.has(w.toLowerCase())) return false;
  if (ORG_HEAD_WORDS.has(w)) return false;
  if (!first && NAME_PARTICLES.has(w)) return true;
  if (INITIAL.test(w)) return true;
  return NAME_WORD.test(w);
}

const HONORIFIC_RE = new RegExp(`^(${HONORIFICS.map((h) => h.replace(/[.]/g, '\\.')).join('|')})(?=\\s)`);

/** Split a leading honorific ("Mr.", "Ambassador", "H.E.") from text. */
export function splitHonorific(text: string): { honorific: string | null; rest: string; skip: number } {
  let rest = text;
  let skip = 0;
  const found: string[] = [];
  // "H.E. Ambassador X", "Prof. Dr. X"
  for (let n = 0; n < 3; n++) {
    const hm = HONORIFIC_RE.exec(rest);
    const h = hm && (hm[1].endsWith('.') || /^\s+\p{Lu}/u.test(rest.slice(hm[1].length))) ? hm[1] : null;
    if (!h) break;
    // a job-title honorific ("Minister", "President") only counts when a name follows directly
    if (TITLE_HONORIFICS.has(h) && !/^\s+\p{Lu}[\p{Ll}]+\s+\p{Lu}/u.test(rest.slice(h.length))) break;
    if (TITLE_HONORIFICS.has(h) && /^\s+(?:of|for|on|at)\b/.test(rest.slice(h.length))) break;
    found.push(h);
    const len = h.length + (rest.slice(h.length).length - rest.slice(h.length).trimStart().length);
    rest = rest.slice(len);
    skip += len;
  }
  return { honorific: found.length ? found.join(' ') : null, rest, skip };
}

/**
 * Parse text that should be exactly a person's name (with optional honorific), e.g. "Mr. John Doe",
 * "Jonathan Q. Adams", "Anna-Lena Berg". Returns null for anything else.
 */
export function parsePersonName(text: string): ParsedName | null {
  const trimmed = text.replace(/\s+/g, ' ').trim().replace(/[;:,.]$/, (m) => (/\s\p{Lu}\.$/u.test(text.trim()) ? m : ''));
  const lead = text.length - text.trimStart().length;
  const { honorific, rest, skip } = splitHonorific(trimmed);
  const words = rest.split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 5) {
    // a single surname after an honorific ("Dr. Kara") is still a person
    if (!(words.length === 1 && honorific && NAME_WORD.test(words[0]) && !TITLE_WORDS.has(words[0].toLowerCase()))) return null;
  }
  if (PLACES.has(rest)) return null;
  // "La Strada Moldova", "El Puente": a name does not open with an article
  if (words.length > 1 && ARTICLES.has(words[0])) return null;
  let longWords = 0;
  for (let i = 0; i < words.length; i++) {
    if (!isNameWord(words[i], i === 0)) return null;
    if (!INITIAL.test(words[i]) && !NAME_PARTICLES.has(words[i])) longWords++;
  }
  if (NAME_PARTICLES.has(words[words.length - 1])) return null;
  if (longWords === 0) return null;
  // all-capital words are acronyms unless another word is a normal name word ("John SMITH" is fine, "UN Women" is not)
  const caps = words.filter((w) => /^\p{Lu}{2,}/u.test(w) && !/\p{Ll}/u.test(w));
  if (caps.length >= 2 || (caps.length && (caps.length === words.length || words.filter((w) => /\p{Ll}/u.test(w)).length === 0))) return null;
  if (caps.length && /^\p{Lu}{2,}$/u.test(words[0]) && words.length === 2 && caps[0].length <= 4) return null;
  const name = words.join(' ');
  const nameStart = lead + skip;
  return { honorific, name, nameStart, nameEnd: nameStart + rest.length };
}

/** A person name at the start of text, followed by a separator or the end: returns the name and how far it reaches. */
export function leadingPersonName(text: string): (ParsedName & { title?: string }) | null {
  const m = /^(.*?)(?=\s*(?:,|;|\(|\s[-–—|]\s|:|$)|\s+(?:of|from|at|with)\s)/s.exec(text);
  if (!m) return null;
  const direct = parsePersonName(m[1]);
  if (direct) return direct;
  // "Deputy Executive Director Priya Raman-Holt": a job title written before the name
  const words = m[1].split(/(\s+)/);
  let skip = 0;
  for (let i = 0; i < words.length && i < 10; i += 2) {
    const w = words[i].toLowerCase();
    if (!(TITLE_WORDS.has(w) || TITLE_ADJECTIVES.has(w)) || !/^\p{Lu}/u.test(words[i])) break;
    skip = i + 2;
  }
  if (!skip) return titledName(text);
  const lead = words.slice(0, skip).join('');
  const rest = parsePersonName(m[1].slice(lead.length));
  return rest ? { ...rest, nameStart: rest.nameStart + lead.length, nameEnd: rest.nameEnd + lead.length, title: lead.trim() } : titledName(text);
}

/**
 * "Former Minister of Labour Karl Stein, ...": a title with its own "of" phrase before the name. The name is the
 * longest run of 2-4 name words that ends the head; the head must open with a job-title word.
 */
function titledName(text: string): (ParsedName & { title?: string }) | null {
  const head = /^[^,;(]{1,120}/.exec(text)?.[0].trimEnd();
  if (!head) return null;
  const words = head.split(' ');
  const first = words[0].toLowerCase();
  if (!/^\p{Lu}/u.test(words[0]) || !(TITLE_WORDS.has(first) || TITLE_ADJECTIVES.has(first)) || words.length > 10) return null;
  for (let k = Math.min(4, words.length - 2); k >= 2; k--) {
    const lead = words.slice(0, words.length - k).join(' ') + ' ';
    if (!/\b(?:of|for|on|to)\s/i.test(lead)) continue;
    const name = parsePersonName(words.slice(words.length - k).join(' '));
    if (name && !name.honorific) return { ...name, nameStart: name.nameStart + lead.length, nameEnd: name.nameEnd + lead.length, title: lead.trim() };
  }
  return null;
}

/** Cited-author forms: "Doe J.", "Roe, S.", "J. Doe", "Smith, John". */
export function parseAuthorList(text: string): string[] | null {
  const t = text.replace(/\bet al\.?/, '').trim().replace(/[,.;]$/, (m) => (/\s\p{Lu}\.$/u.test(text.trim()) ? m : ''));
  const AUTH = /^(?:\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?,?\s(?:\p{Lu}\.\s?){1,3}|(?:\p{Lu}\.\s?){1,3}\s?\p{Lu}[\p{Ll}'’-]+)/u;
  const parts: string[] = [];
  let rest = t;
  for (let n = 0; n < 12 && rest; n++) {
    const m = AUTH.exec(rest);
    if (!m) break;
    parts.push(m[0].trim());
    rest = rest.slice(m[0].length).replace(/^\s*(?:,|&|and|;)\s*/, '').replace(/^(?:&|and)\s+/, '');
  }
  if (parts.length && rest.trim() === '') return parts;
  // "Robinson, Kali": surname, given name
  if (/^\p{Lu}[\p{Ll}'’-]+,\s\p{Lu}\p{Ll}+$/u.test(t) && parsePersonName(t.split(', ').reverse().join(' '))) return [t];
  // "Jane Doe and John Roe": full names
  const full = t.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  if (full.length && full.length <= 6 && full.every((f) => parsePersonName(f) && !parsePersonName(f)!.honorific)) return full;
  return null;
}
