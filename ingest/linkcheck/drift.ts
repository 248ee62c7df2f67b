// Content drift: the page is live but no longer what was cited. Compares the citation title with the
// page's title and headings by token containment (how much of the cited title the page still shows).

const STOPWORDS = new Set(('a an and are as at be by for from has have in into is it its of on or that the their this to was were ' +
  'will with about after before over under between des die der das und le la les et de du en el los las y del il di ' +
  'home page site official welcome report pdf html').split(' '));

/** Content words, lower-cased, diacritics folded, crude plural stripping. */
export function titleTokens(s: string): string[] {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/**
 * Share of the cited title's words present in the page's title and headings (0..1), or null when
 * there is nothing to compare (no meaningful cited words, or a page without title and headings).
 */
export function titleSimilarity(citedTitle: string, pageTitle: string | null, headings: readonly string[], text = ''): number | null {
  const cited = new Set(titleTokens(citedTitle));
  if (cited.size < 2) return null;
  const page = new Set(titleTokens([pageTitle ?? '', ...headings].join(' ')));
  if (page.size === 0) return null;
  let hit = 0;
  for (const w of cited) if (page.has(w)) hit++;
  let score = hit / cited.size;
  // A page whose opening text still carries most of the cited title's words has not drifted,
  // whatever its <title> says (and an extracted citation title can be noisy).
  if (score < 1 && text) {
    const lead = new Set(titleTokens(text.slice(0, 3000)));
    let leadHit = 0;
    for (const w of cited) if (lead.has(w)) leadHit++;
    if (leadHit / cited.size >= 0.6) score = Math.max(score, leadHit / cited.size);
  }
  return score;
}

/** The words of a note that points somewhere ("For details see the institute's website", "Data from the portal"), not of a title. */
const REFERENCING_PROSE = /^\W*(see|cf\.?|for (details|more|further)|more (information|details)|data (from|available)|available (at|from|on)|accessed|retrieved|last (visited|accessed)|source:|quoted (in|from)|cited (in|by)|according to)\b|\b(see|visit) (the|our|their|its|his|her) [\w' ]{0,30}\b(website|web site|homepage|home page|page|portal)\b|\b(website|web site|homepage|home page)\W*$/i;

/**
 * Does an extracted citation title read like a title? Titles open with a capital, a digit or a quote
 * ("iPhone"-style words too); text that opens in lower case ("and the accompanying data at ...") is a
 * fragment of the note around a URL, and judging a page by it would call live pages drifted.
 */
export function looksLikeTitle(citedTitle: string): boolean {
  const t = citedTitle.trim();
  if (!t || /https?:\/\/|www\./i.test(t) || REFERENCING_PROSE.test(t)) return false;
  const first = /[\p{L}\p{N}]/u.exec(t);
  if (!first) return false;
  const rest = t.slice(first.index);
  return !/^\p{Ll}/u.test(rest) || /^\p{Ll}\p{Lu}/u.test(rest);
}

/** True when a cited title is known and the live page's title/headings fall below the threshold. */
export function isDrifted(citedTitle: string | undefined, pageTitle: string | null, headings: readonly string[], text: string, threshold: number): boolean {
  if (!citedTitle || !looksLikeTitle(citedTitle)) return false;
  const score = titleSimilarity(citedTitle, pageTitle, headings, text);
  return score !== null && score < threshold;
}
