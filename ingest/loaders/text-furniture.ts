// Page furniture in plain text copied out of a PDF: running headers and footers ("Issue Brief 17 | 2024      3")
// repeated from page to page, bare page numbers, and the rule that opens a page's notes. Only documents that show
// page structure (a rule followed by a note line) are searched, so ordinary repeated lines are left alone.

/** A rule line: underscores, dashes, box-drawing or em dashes ("________", "-----", "———"). */
const SEPARATOR = /^\s{0,20}(?:_{3,}|-{3,}|[─━—–]{2,}|={5,})\s*$/u;
const NOTE_LINE = /^\s{0,3}(?:\[\d{1,3}\]|\d{1,3}(?:[.)]\s+|\s+|(?=\p{Lu}\p{Ll})))\S/u;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;
/** A page number set apart from a running title by a wide gap, at either end. */
const NUMBERED_RUNNING_LINE = /^\d{1,4}\s{3,}\S.*$|^\S.*\S\s{3,}\d{1,4}$/;

export function isSeparator(line: string): boolean {
  return SEPARATOR.test(line);
}

/** The key repeated running lines share: digits (page numbers) and spacing do not count. */
function furnitureKey(line: string): string | null {
  const t = line.trim();
  if (!t || t.length > 120 || SEPARATOR.test(t)) return null;
  // "6 Ibid." and other short notes repeat too; a leading number counts only when set apart like a page number
  if (NOTE_LINE.test(t) && !/^\d{1,4}\s{3,}\S/.test(t)) return null;
  if (/[.,;:]$/.test(t) && !NUMBERED_RUNNING_LINE.test(t)) return null;
  if (t.split(/\s+/).length > 16) return null;
  return t.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * True when the text has page-bottom notes: some rule line is followed (past blank lines) by a note line, or
 * twice a running line with a page number ("Brief 4 | 2024      3") is.
 */
export function hasPageNotes(lines: string[]): boolean {
  let footers = 0;
  for (let i = 0; i < lines.length; i++) {
    const rule = SEPARATOR.test(lines[i]);
    if (!rule && !NUMBERED_RUNNING_LINE.test(lines[i].trim())) continue;
    let k = i + 1;
    while (k < lines.length && lines[k].trim() === '' && k - i < 3) k++;
    if (k < lines.length && NOTE_LINE.test(lines[k]) && (rule || ++footers >= 2)) return true;
  }
  return false;
}

/**
 * Which lines are page furniture: lines repeated (digits aside) at least twice, bare page numbers, and a
 * numbered running line right before a notes rule. Empty result when the text shows no page-bottom notes.
 */
export function findFurniture(lines: string[]): boolean[] {
  const out = lines.map(() => false);
  if (!hasPageNotes(lines)) return out;
  const keys = lines.map(furnitureKey);
  const counts = new Map<string, number>();
  for (const k of keys) if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  // a line seen only twice, without a page number, is furniture only if one copy sits at a page edge
  // (a heading used twice in the body is not)
  const atEdge = new Set<string>();
  for (let i = 0; i < lines.length; i++) if (keys[i] !== null && isAtPageEdge(lines, i)) atEdge.add(keys[i]!);
  // the end of page 1: its rule, or its numbered footer
  const firstRule = lines.findIndex((l) => SEPARATOR.test(l) || NUMBERED_RUNNING_LINE.test(l.trim()));
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i].trim() === '';
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    const k = keys[i];
    // the document title on page 1, standing alone, is kept though running headers repeat it
    if (i < firstRule && blank(i - 1) && blank(i + 1) && !nextRuleWithin(lines, i, 2)) continue;
    const n = k === null ? 0 : counts.get(k) ?? 0;
    if (k !== null && /\p{L}/u.test(k) && (n >= 3 || (n === 2 && (k.includes('#') || atEdge.has(k))))) out[i] = true;
    else if (PAGE_NUMBER.test(t) && (counts.get(k ?? '') ?? 0) >= 2) out[i] = true;
    else if (NUMBERED_RUNNING_LINE.test(t) && nextRuleWithin(lines, i, 2)) out[i] = true;
  }
  return out;
}

/** Next to a rule (within 3 lines either way) or shortly after a note line: where page headers and footers sit. */
function isAtPageEdge(lines: string[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < Math.min(lines.length, i + 4); k++) {
    if (k !== i && SEPARATOR.test(lines[k])) return true;
    if (k < i && NOTE_LINE.test(lines[k])) return true;
  }
  return false;
}

function nextRuleWithin(lines: string[], i: number, n: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + n; k++) {
    if (SEPARATOR.test(lines[k])) return true;
    if (lines[k].trim() !== '') return false;
  }
  return false;
}
