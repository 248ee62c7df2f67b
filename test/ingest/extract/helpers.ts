// Test helpers: build a LoadedDocument from Markdown or plain text and extract it.
import { loadMarkdown } from '../../../ingest/loaders/markdown.js';
import { loadText } from '../../../ingest/loaders/text.js';
import { extractDocument } from '../../../ingest/pipeline.js';
import { ExtractionSchema, type Extraction } from '../../../src/extraction.js';

export async function extractMd(md: string, source = 'doc.md'): Promise<Extraction> {
  const x = extractDocument(await loadMarkdown(new TextEncoder().encode(md), source));
  ExtractionSchema.parse(x);
  return x;
}

export async function extractTxt(txt: string, source = 'doc.txt'): Promise<Extraction> {
  const x = extractDocument(await loadText(new TextEncoder().encode(txt), source));
  ExtractionSchema.parse(x);
  return x;
}

export function person(x: Extraction, name: string) {
  const p = x.people.find((q) => q.name === name);
  if (!p) throw new Error(`no person "${name}" in [${x.people.map((q) => q.name).join('; ')}]`);
  return p;
}

export function org(x: Extraction, name: string) {
  const o = x.organizations.find((q) => q.name === name || q.acronym === name || q.aliases.includes(name));
  if (!o) throw new Error(`no organization "${name}" in [${x.organizations.map((q) => q.name).join('; ')}]`);
  return o;
}

/** Every provenance span points into the text and names the document. */
export function checkProvenance(x: Extraction, text: string): void {
  const items = [...x.people, ...x.organizations, ...x.sessions, ...x.citations, ...x.urls];
  for (const it of items) {
    if (!it.provenance.length) throw new Error(`no provenance: ${JSON.stringify(it).slice(0, 120)}`);
    for (const p of it.provenance) {
      if (p.documentId !== x.document.id || p.start > p.end || p.end > text.length) throw new Error(`bad provenance ${JSON.stringify(p)}`);
      const line = text.slice(0, p.start).split('\n').length;
      if (line !== p.line) throw new Error(`line ${p.line} != ${line}`);
    }
  }
}
