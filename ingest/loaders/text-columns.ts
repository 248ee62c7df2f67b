// Side-by-side signature blocks in text copied out of a PDF ("Jane Roe        Dr. John Doe" over "Director, X
// Co-ordinator of Y"): the two columns are read one after the other, so each name stays above its own title.
// Only runs whose first row holds two names are split; "name | role" tables and agenda rows are left as rows.

const GAP = / {3,}/g;
const NAME_CELL = /^(?:(?:Dr|Mr|Mrs|Ms|Prof|H\.E|Amb)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+(?:(?:de|da|del|della|der|den|di|du|la|le|van|von|bin|al|el)\s+)*\p{Lu}[\p{L}'’-]+){1,3}$/u;

/** The two cells of a line split at its one wide gap, with the column where the right cell starts. */
function cells(line: string): { left: string; right: string; col: number } | null {
  const t = line.trimEnd();
  const lead = t.length - t.trimStart().length;
  const gaps = [...t.slice(lead).matchAll(GAP)];
  if (gaps.length !== 1) return null;
  const g = gaps[0];
  const col = lead + g.index! + g[0].length;
  const left = t.slice(lead, lead + g.index!).trim();
  const right = t.slice(col).trim();
  if (!left || !right || /\d/.test(left + right)) return null;
  return { left, right, col };
}

/** Rewrite two-column signature runs (2-4 rows, one wide gap in each, first row two names) as two blocks. */
export function splitSignatureColumns(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = cells(lines[i]);
    if (!first || !NAME_CELL.test(first.left) || !NAME_CELL.test(first.right)) { out.push(lines[i]); continue; }
    const rows = [first];
    while (rows.length < 4 && i + rows.length < lines.length) {
      const c = cells(lines[i + rows.length]);
      // copied text rarely keeps the alignment: one wide gap per row is the sign
      if (!c) break;
      rows.push(c);
    }
    if (rows.length < 2) { out.push(lines[i]); continue; }
    out.push(...rows.map((r) => r.left), '', ...rows.map((r) => r.right), '');
    i += rows.length - 1;
  }
  return out.join('\n');
}
