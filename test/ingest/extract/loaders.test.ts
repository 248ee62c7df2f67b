// The plain-text and Markdown loaders: blocks, inline markup, footnote blocks, rejoined paragraphs, bad input.
import { describe, expect, it } from 'vitest';
import { loadMarkdown, stripInline } from '../../../ingest/loaders/markdown.js';
import { loadText } from '../../../ingest/loaders/text.js';

const enc = (s: string) => new TextEncoder().encode(s);
const texts = (d: Awaited<ReturnType<typeof loadText>>) => d.blocks.map((b) => [b.kind, d.text.slice(b.start, b.end), b.marker ?? null]);

describe('markdown loader', () => {
  it('strips bold, emphasis and autolinks; bullets become list items; headings keep their level', async () => {
    const d = await loadMarkdown(enc('# Agenda\n\nThe **side event** "*Towards X*" <https://a.example/x>.\n\n- **Ms. A B**, Chair\n- Mr. C D\n'), 'a.md');
    expect(texts(d)).toEqual([
      ['heading', 'Agenda', null],
      ['paragraph', 'The side event "Towards X" https://a.example/x.', null],
      ['list-item', 'Ms. A B, Chair', null],
      ['list-item', 'Mr. C D', null],
    ]);
    expect(d.blocks[0].level).toBe(1);
    expect(d.mediaType).toBe('text/markdown');
  });

  it('keeps underscores inside URLs and records [text](url) links with their anchor span', () => {
    const r = stripInline('See [the report](https://x.example/a_b_c) and https://y.example/W_x_Y.');
    expect(r.text).toBe('See the report and https://y.example/W_x_Y.');
    expect(r.links).toEqual([{ url: 'https://x.example/a_b_c', start: 4, end: 14 }]);
  });

  it('makes footnote blocks from superscript and [^n]: lines, and rejoins a paragraph split by notes', async () => {
    const md = 'Agencies reported increased\n\n³ See OHCHR (2020), Paper. <https://o.example/p>\n\n[^4]: Note four.\n\ngrooming of children online.⁸\n';
    const d = await loadMarkdown(enc(md), 'b.md');
    expect(texts(d)).toEqual([
      ['paragraph', 'Agencies reported increased grooming of children online.⁸', null],
      ['footnote', 'See OHCHR (2020), Paper. https://o.example/p', '3'],
      ['footnote', 'Note four.', '4'],
    ]);
  });

  it('turns table rows into paragraphs with cells separated by bars', async () => {
    const d = await loadMarkdown(enc('| Time | Item |\n|---|---|\n| 09:00 – 10:00 | **Opening** |\n'), 't.md');
    expect(texts(d).map((t) => t[1])).toEqual(['Time | Item', '09:00 – 10:00 | Opening']);
  });

  it('records <sup> note references', async () => {
    const d = await loadMarkdown(enc('Text<sup>2</sup> here.\n'), 's.md');
    expect(d.text).toBe('Text2 here.');
    expect(d.noteRefs).toEqual([{ marker: '2', start: 4, end: 5 }]);
  });
});

describe('text loader', () => {
  it('reads [n] notes at the end and numbered notes under a Notes heading; normalises CRLF and NBSP', async () => {
    const d = await loadText(enc('Title\r\n\r\nBody\u00a0text [1].\r\n\r\nNOTES\r\n\r\n[1] First note.\r\n[2] Second note.\r\n'), 'n.txt');
    expect(texts(d)).toEqual([
      ['paragraph', 'Title', null],
      ['paragraph', 'Body text [1].', null],
      ['heading', 'NOTES', null],
      ['footnote', 'First note.', '1'],
      ['footnote', 'Second note.', '2'],
    ]);
    const d2 = await loadText(enc('Intro\n\nReferences\n\n1. Smith, J. (2020), A book.\n2. Doe, A. (2021), Another.\n'), 'r.txt');
    expect(d2.blocks.filter((b) => b.kind === 'footnote').map((b) => b.marker)).toEqual(['1', '2']);
  });

  it('does not take a numbered programme list for notes', async () => {
    const d = await loadText(enc('Programme\n\n1. Opening\n2. Panel\n'), 'p.txt');
    expect(d.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list-item', 'list-item']);
  });

  it('rejects empty and binary input with a coded error', async () => {
    await expect(loadText(new Uint8Array(0), 'e.txt')).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
    await expect(loadText(enc('   \n\n '), 'w.txt')).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
    await expect(loadText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]), 'z.txt')).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
  });

  it('falls back to Latin-1 for legacy bytes', async () => {
    const d = await loadText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'l.txt');
    expect(d.text).toBe('Café');
  });
});
