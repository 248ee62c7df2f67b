// Name and URL normalisation shared by keys, resolution, alias indexes and search.
// One place decides what "the same name" means: case, diacritics, punctuation, honorifics, spelling.
import { createHash } from 'node:crypto';

/** Leading courtesy titles ignored when comparing person names (after folding). */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'mme', 'mlle', 'dr', 'prof', 'professor', 'sir', 'dame', 'lady', 'lord',
  'rev', 'hon', 'honourable', 'honorable', 'he', 'his', 'her', 'excellency', 'ambassador', 'amb', 'judge', 'justice',
]);
/** Trailing post-nominals ignored when comparing person names. */
const POST_NOMINALS = new Set(['jr', 'sr', 'phd', 'md', 'esq', 'obe', 'mbe', 'cbe', 'kc', 'qc']);
/** British/American spelling pairs, folded to one form so both spellings resolve together. */
const SPELLINGS: Record<string, string> = {
  organisation: 'organization', organisations: 'organizations', programme: 'program', programmes: 'programs',
  centre: 'center', centres: 'centers', defence: 'defense', labour: 'labor',
};

/**
 * Fold text for comparison: Unicode compatibility form, diacritics removed, lower case, `&` as "and",
 * apostrophes, hyphens and periods dropped ("Co-operation" = "Cooperation", "U.N." = "UN"), any
 * other non-alphanumeric run collapsed to one space.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`´.\-‐‑–]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((w) => SPELLINGS[w] ?? w)
    .join(' ');
}

/** Fold an organization, topic or title name (leading "the" dropped). */
export function normalizeOrgName(name: string): string {
  return foldText(name).replace(/^the /, '');
}

/**
 * Fold a person's name: "Surname, Given" is reordered to "Given Surname", honorifics and
 * post-nominals are dropped. "Mr. Guy Vinet" and "VINET, Guy" both give "guy vinet".
 */
export function normalizePersonName(name: string): string {
  let s = name.trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(s);
  if (comma) s = `${comma[2]} ${comma[1]}`;
  const words = foldText(s).split(' ').filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  while (words.length > 1 && POST_NOMINALS.has(words[words.length - 1]!)) words.pop();
  // "Adeyemi T." (surname, then initials) -> "t adeyemi".
  if (words.length >= 2 && words[0]!.length > 1 && words.slice(1).every((w) => w.length === 1)) words.push(words.shift()!);
  return words.join(' ');
}

/** The person name as written, minus honorifics and post-nominals (for display labels). */
export function stripHonorifics(name: string): string {
  let s = name.trim();
  for (;;) {
    const m = /^([A-Za-z.]+)\.?\s+/.exec(s);
    if (!m || !HONORIFICS.has(foldText(m[1]!)) || s.slice(m[0].length).trim() === '') break;
    s = s.slice(m[0].length);
  }
  return s.replace(/,?\s+(Jr|Sr|PhD|Ph\.D\.|MD|Esq|OBE|MBE|CBE|KC|QC)\.?$/i, '').trim();
}

/** Initials form of a normalised person name: "guy vinet" -> "g vinet"; null for a one-word name. */
export function initialsForm(normalized: string): string | null {
  const words = normalized.split(' ').filter(Boolean);
  if (words.length < 2) return null;
  const surname = words[words.length - 1]!;
  return [...words.slice(0, -1).map((w) => w[0]!), surname].join(' ');
}

/** True when every given-name part is a single letter ("s kara", "j r r tolkien"). */
export function isInitialOnly(normalized: string): boolean {
  const words = normalized.split(' ').filter(Boolean);
  return words.length >= 2 && words.slice(0, -1).every((w) => w.length === 1);
}

/** True when some given-name part is a single letter ("m y mattar", "s kara"). */
export function hasInitials(normalized: string): boolean {
  const words = normalized.split(' ').filter(Boolean);
  return words.length >= 2 && words.slice(0, -1).some((w) => w.length === 1);
}

/**
 * Whether two normalised person names can denote one person: same surname and number of parts,
 * each given-name part equal or an initial of the other ("m y mattar" ~ "mohammed yahia mattar").
 */
export function namesCompatible(a: string, b: string): boolean {
  const x = a.split(' ').filter(Boolean);
  const y = b.split(' ').filter(Boolean);
  if (x.length !== y.length || x.length < 2 || x[x.length - 1] !== y[y.length - 1]) return false;
  return x.slice(0, -1).every((w, i) => {
    const v = y[i]!;
    return w === v || (w.length === 1 && v.startsWith(w)) || (v.length === 1 && w.startsWith(v));
  });
}

/** A URL in canonical form: lower-case scheme and host, no default port, no fragment. Non-URLs are trimmed only. */
export function normalizeUrl(url: string): string {
  const s = url.trim();
  try {
    const u = new URL(s);
    u.hash = '';
    return u.href;
  } catch {
    return s;
  }
}

/** Host of a URL (lower case), or "" when it does not parse. */
export function urlHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Short stable hash (hex) for key discriminators. */
export function shortHash(s: string, length = 8): string {
  return createHash('sha256').update(s).digest('hex').slice(0, length);
}

/** A key-safe slug of already folded text; long slugs are cut and suffixed with a hash of the whole. */
export function slugOf(folded: string, max = 80): string {
  const slug = folded.replace(/\s+/g, '-').replace(/[^\p{L}\p{N}-]/gu, '') || 'x';
  return slug.length <= max ? slug : `${slug.slice(0, max - 9)}-${shortHash(slug)}`;
}
