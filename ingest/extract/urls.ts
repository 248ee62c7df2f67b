// Every URL of the document, exact (no trailing punctuation, no <>), with its kind: citation (in a note),
// registration (a session's registration link), or other. Hyperlink targets from the loader count too.
import type { ExtractedUrl } from '../../src/extraction.js';
import type { ExtractContext } from './context.js';

export function extractUrls(ctx: ExtractContext, registration: Set<string>, unitAt: (offset: number) => number): ExtractedUrl[] {
  const byUrl = new Map<string, ExtractedUrl>();
  const all = [...ctx.urlSpans, ...ctx.doc.links.filter((l) => /^https?:\/\//i.test(l.url))].sort((a, b) => a.start - b.start);
  for (const s of all) {
    const url = /^www\./i.test(s.url) ? `https://${s.url}` : s.url;
    const unit = ctx.units[unitAt(s.start)];
    const kind: ExtractedUrl['kind'] = unit?.kind === 'footnote' ? 'citation' : registration.has(s.url) ? 'registration' : 'other';
    const rec = byUrl.get(url);
    if (rec) {
      rec.provenance.push(ctx.prov(s.start, s.end, 'urls'));
      if (rec.kind === 'other' && kind !== 'other') rec.kind = kind;
    } else byUrl.set(url, { url, kind, provenance: [ctx.prov(s.start, s.end, 'urls')] });
  }
  return [...byUrl.values()];
}
