// Markdown saved as .txt (word-processor exports) must be parsed as Markdown; plain prose must not.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../../ingest/load-document.js';
import { looksLikeMarkdown } from '../../../ingest/loaders/sniff.js';

const enc = (s: string) => new TextEncoder().encode(s);
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

describe('looksLikeMarkdown', () => {
  it('needs two kinds of Markdown syntax or three uses of one', () => {
    expect(looksLikeMarkdown(enc('# Programme\n\n**Moderator:** Ms. A B, Head, Unit X\n'))).toBe(true);
    expect(looksLikeMarkdown(enc('See <https://a.example/x>, <https://a.example/y> and <https://a.example/z>.'))).toBe(true);
    expect(looksLikeMarkdown(enc('Programme\n\n- Ms. A B, Head of Unit\n- Mr. C D, Adviser\n\n1. A numbered note.\n'))).toBe(false);
    expect(looksLikeMarkdown(enc('Price: 5 * 3 = 15, and # is a hash sign.'))).toBe(false);
  });
});

describe('loadDocument on a .txt holding Markdown', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'cg-mdtxt-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('strips the markup and types headings, as for .md', async () => {
    const body = '# Regional Forum\n\n## Panel 1\n\n**Moderator:** Dr. Jane Roe, Director, Example Institute\n';
    await writeFile(join(dir, 'a.txt'), body);
    await writeFile(join(dir, 'a.md'), body);
    const asTxt = await loadDocument(join(dir, 'a.txt'));
    const asMd = await loadDocument(join(dir, 'a.md'));
    expect(asTxt.text).toBe(asMd.text);
    expect(asTxt.text).not.toContain('#');
    expect(asTxt.text).not.toContain('**');
    expect(asTxt.blocks.filter((b) => b.kind === 'heading').length).toBe(2);
  });

  it('reads page-bottom notes of a PDF copy saved as .md, and keeps a PDF copy named .txt as plain text', async () => {
    const body = await readFile(join(ROOT, 'fixtures/documents/tx-policy-brief-displacement-2024.txt'), 'utf8');
    await writeFile(join(dir, 'c.md'), body);
    await writeFile(join(dir, 'c.txt'), [body, body, body].join('\n'));
    const asMd = await loadDocument(join(dir, 'c.md'));
    expect(asMd.blocks.filter((b) => b.kind === 'footnote').map((b) => b.marker)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(asMd.noteRefs.map((r) => r.marker)).toEqual(['1', '2', '3', '4', '5', '6']);
    // six rules of underscores over notes are page layout, not Markdown: the .txt stays plain text
    const asTxt = await loadDocument(join(dir, 'c.txt'));
    expect(asTxt.mediaType).toBe('text/plain');
  });

  it('mends hard-wrapped URLs and hyphenation in Markdown too', async () => {
    const body = '# Report\n\n**Notes**\n\n1 Proposal, https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:\n52022PC0732\n\nAnti-\nSlavery International\n';
    await writeFile(join(dir, 'b.txt'), body);
    const doc = await loadDocument(join(dir, 'b.txt'));
    expect(doc.text).toContain('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022PC0732');
    expect(doc.text).toContain('Anti-Slavery International');
  });
});
