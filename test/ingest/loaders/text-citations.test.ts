// End to end: a PDF copy's page notes reach the citation extractor as citations linked to plain-digit markers,
// with the citing sentence (which ends at its glued marker) as context.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../../ingest/loaders/text.js';
import { extractDocument } from '../../../ingest/pipeline.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

describe('citations from a report copied out of a PDF', () => {
  it('parses each page note and takes the sentence its marker ends as context', async () => {
    const raw = await readFile(join(ROOT, 'fixtures/documents/tx-policy-brief-displacement-2024.txt'));
    const x = extractDocument(await loadText(new Uint8Array(raw), 'brief.txt'));
    const byMarker = new Map(x.citations.map((c) => [c.marker, c]));
    expect([...byMarker.keys()]).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(byMarker.get('1')!.url).toBe('https://www.internal-displacement.org/global-report/grid2024/');
    expect(byMarker.get('1')!.year).toBe(2024);
    expect(byMarker.get('3')!.context).toBe('Debt incurred for recruitment fees and transport is the mechanism most often linked to forced labour.3');
    expect(byMarker.get('5')!.context).toBe('Several had been approached in evacuation centres, where recruiters posed as relief workers.5');
    expect(x.urls.map((u) => u.url)).not.toContain('https://www.internal-displacement.org/global-report/grid2024/2');
  });
});
