import { copyFile, mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectFormat, loadDocument, resolveLoadOptions } from '../../../ingest/load-document.js';
import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_DOCUMENT_BYTES } from '../../../src/defaults.js';
import { expectWellFormed, failure } from './invariants.js';

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cg-load-'));
  await writeFile(at('notes.md'), '# Heading\n\nSome **bold** text.\n');
  await writeFile(at('plain.txt'), 'Just a line of text.\n');
  await writeFile(at('page.data'), '<!DOCTYPE html><html><body><p>Sniffed as HTML</p></body></html>');
  await writeFile(at('unnamed'), 'No extension, plain words.');
  await copyFile('fixtures/formats/labour-review-2p.pdf', at('review.txt'));
  await copyFile('fixtures/formats/policy-brief-notes.docx', at('brief.bin'));
  await writeFile(at('letter.odt'), 'PK\u0003\u0004 not really');
  await writeFile(at('archive.bin'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]));
  await writeFile(at('spaces.txt'), '   \n\n  ');
  // A sparse file over the default limit: rejected from its size alone, never read.
  const big = await open(at('huge.txt'), 'w');
  await big.truncate(DEFAULT_MAX_DOCUMENT_BYTES + 1);
  await big.close();
  await mkdir(at('folder.md'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('resolveLoadOptions', () => {
  it('fills defaults from src/defaults.ts and freezes', () => {
    const r = resolveLoadOptions();
    expect(r).toMatchObject({ maxBytes: DEFAULT_MAX_DOCUMENT_BYTES, timeoutMs: DEFAULT_FETCH_TIMEOUT_MS, maxRedirects: 5 });
    expect(Object.isFrozen(r)).toBe(true);
  });
  it('rejects non-positive limits', () => {
    expect(() => resolveLoadOptions({ maxBytes: 0 })).toThrow(expect.objectContaining({ code: 'CG_INVALID_INPUT' }));
  });
});

describe('loadDocument: dispatch', () => {
  it('uses the extension for Markdown and text', async () => {
    const md = await loadDocument(at('notes.md'));
    expect(md.mediaType).toBe('text/markdown');
    expectWellFormed(md);
    expect((await loadDocument(at('plain.txt'))).mediaType).toBe('text/plain');
    expect((await loadDocument(at('unnamed'))).mediaType).toBe('text/plain');
  });

  it('accepts file:// URLs', async () => {
    const doc = await loadDocument(pathToFileURL(at('plain.txt')).href);
    expect(doc.text).toBe('Just a line of text.');
  });

  it('sniffs content: magic bytes win over the extension, HTML-ish markup is HTML', async () => {
    expect((await loadDocument(at('review.txt'))).mediaType).toBe('application/pdf');
    expect((await loadDocument(at('brief.bin'))).mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const html = await loadDocument(at('page.data'));
    expect(html.mediaType).toBe('text/html');
    expect(html.text).toBe('Sniffed as HTML');
  });

  it('detectFormat prefers a declared media type over the extension, but not over magic bytes', () => {
    const text = new TextEncoder().encode('<p>x</p>');
    expect(detectFormat(text, 'u', { name: '/a.txt', mediaType: 'text/html; charset=utf-8' })).toBe('html');
    expect(detectFormat(text, 'u', { name: '/a.md', mediaType: 'text/plain' })).toBe('markdown');
    expect(detectFormat(new TextEncoder().encode('%PDF-1.4'), 'u', { mediaType: 'text/html' })).toBe('pdf');
  });
});

describe('loadDocument: adversarial text', () => {
  it('sniffs and loads long runs of blank lines, brackets and unclosed links in bounded time', async () => {
    const inputs = ['\n'.repeat(300_000) + 'end', '['.repeat(300_000), '<https://'.repeat(30_000), '[a](https://'.repeat(25_000)];
    const t0 = Date.now();
    for (const [i, text] of inputs.entries()) {
      await writeFile(at(`adversarial-${i}.txt`), text);
      await loadDocument(at(`adversarial-${i}.txt`)).catch((e) => expect(e.code).toMatch(/^CG_/));
    }
    expect(Date.now() - t0).toBeLessThan(30_000);
  });
});

describe('loadDocument: bad input gives one line naming the file and the cause', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['missing file', 'nope.txt', 'CG_NOT_FOUND', /no such file$/],
    ['empty file', 'fixtures/formats/empty.txt', 'CG_INVALID_INPUT', /empty file$/],
    ['whitespace only', 'spaces.txt', 'CG_INVALID_INPUT', /empty/],
    ['binary garbage', 'fixtures/formats/garbage.bin', 'CG_INVALID_INPUT', /binary data, not text \(\d+ NUL bytes in the first 4096 bytes\)$/],
    ['unsupported type', 'letter.odt', 'CG_UNSUPPORTED_FORMAT', /unsupported format \(OpenDocument text\)$/],
    ['ZIP that is not a DOCX', 'archive.bin', 'CG_UNSUPPORTED_FORMAT', /a ZIP archive that is not a DOCX document/],
    ['over the size limit', 'huge.txt', 'CG_TOO_LARGE', /file is 52428801 bytes, over the limit of 52428800 bytes$/],
    ['a directory', 'folder.md', 'CG_INVALID_INPUT', /is a directory/],
    ['truncated DOCX', 'fixtures/formats/truncated.docx', 'CG_EXTRACTION', /not a valid DOCX/],
    ['truncated PDF', 'fixtures/formats/truncated.pdf', 'CG_EXTRACTION', /not a valid PDF/],
  ];
  for (const [what, file, code, cause] of cases) {
    it(what, async () => {
      const path = file.startsWith('fixtures/') ? file : at(file);
      const f = await failure(loadDocument(path));
      expect(f.code).toBe(code);
      expect(f.message).toMatch(/^ingest\.load\w+: /);
      expect(f.message).toContain(`: ${path}: `);
      expect(f.message).toMatch(cause);
      expect(f.message).not.toContain('\n');
    });
  }

  it('applies a smaller maxBytes option', async () => {
    const f = await failure(loadDocument('fixtures/formats/report-footnotes.html', { maxBytes: 100 }));
    expect(f.code).toBe('CG_TOO_LARGE');
  });

  it('rejects URL schemes other than http(s)', async () => {
    const f = await failure(loadDocument('ftp://127.0.0.1/report.pdf'));
    expect(f).toEqual({ code: 'CG_UNSUPPORTED_FORMAT', message: 'ingest.loadDocument: ftp://127.0.0.1/report.pdf: unsupported URL scheme (only http and https)' });
  });
});
