// Markdown saved as .txt (word-processor exports) must be parsed as Markdown; plain prose must not.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../../ingest/load-document.js';
import { looksLikeMarkdown } from '../../../ingest/loaders/sniff.js';

const enc = (s: string) => new TextEncoder().encode(s);

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

  it('mends hard-wrapped URLs and hyphenation in Markdown too', async () => {
    const body = '# Report\n\n**Notes**\n\n1 Proposal, https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:\n52022PC0732\n\nAnti-\nSlavery International\n';
    await writeFile(join(dir, 'b.txt'), body);
    const doc = await loadDocument(join(dir, 'b.txt'));
    expect(doc.text).toContain('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022PC0732');
    expect(doc.text).toContain('Anti-Slavery International');
  });
});
