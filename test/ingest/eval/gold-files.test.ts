// Checks the hand-made gold files themselves: well-formed, every gold file has its document, and a
// "perfect" extraction built from the gold scores 1.0 with the vendored scorer (so no gold item is
// unmatchable, e.g. a person's organization that no organization name or alias can satisfy).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreExtraction } from '../../helpers/score-extraction.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const DOCS = join(ROOT, 'fixtures', 'documents');
const GOLD = join(ROOT, 'fixtures', 'expected');

interface GoldPerson { name: string; honorific: string | null; organizations?: string[]; sessionRole?: string | null; optional?: boolean }
interface GoldOrg { name: string; acronym: string | null; aliases?: string[]; parent: string | null; optional?: boolean }
interface GoldSession { key: string; title: string; date: string | null; time: string | null; convenors?: string[]; optional?: boolean }
interface GoldCitation { marker: string; issuer: string | null; authors: string[]; year: number | null; title: string | null; url: string | null; optional?: boolean }
interface Gold { people: GoldPerson[]; organizations: GoldOrg[]; sessions: GoldSession[]; citations: GoldCitation[]; urls: string[] }

const goldFiles = readdirSync(GOLD).filter((f) => f.endsWith('.gold.json')).sort();
const read = (f: string) => JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as Gold;

/** The extraction a perfect extractor would print for this gold (required items only). */
function perfectExtraction(g: Gold) {
  const req = <T extends { optional?: boolean }>(xs: T[]) => xs.filter((x) => !x.optional);
  return {
    people: req(g.people).map((p) => ({
      name: p.name, honorific: p.honorific,
      affiliations: (p.organizations ?? []).map((o) => ({ organization: o, role: null, current: true })),
      participation: p.sessionRole ? [{ session: 'x', role: p.sessionRole }] : [],
    })),
    organizations: req(g.organizations).map((o) => ({ name: o.name, acronym: o.acronym, aliases: o.aliases ?? [], parent: o.parent })),
    sessions: req(g.sessions).map((s) => {
      const [startTime, endTime] = (s.time ?? '').split('-');
      return { title: s.title, date: s.date, startTime: startTime || null, endTime: endTime || null, convenors: s.convenors ?? [] };
    }),
    citations: req(g.citations),
    urls: g.urls.map((url) => ({ url, kind: 'other' })),
  };
}

describe('gold annotations', () => {
  it('has a document for every gold file and at least nine documents', () => {
    const docs = readdirSync(DOCS).map((d) => d.slice(0, d.lastIndexOf('.')));
    expect(goldFiles.length).toBeGreaterThanOrEqual(9);
    for (const f of goldFiles) expect(docs, f).toContain(f.slice(0, -'.gold.json'.length));
  });

  it.each(goldFiles)('%s: names its document, URLs are exact, every session key a person uses exists', (f) => {
    const g = read(f) as Gold & { source: string };
    // the sample's gold is a verbatim copy of the shared file and keeps the shared seed's name
    if (!f.startsWith('osce-alliance-side-events-2020')) expect(readdirSync(DOCS)).toContain(g.source);
    for (const u of g.urls) expect(u, f).toMatch(/^https?:\/\/[^\s<>]+[^\s<>.,;:)]$/);
    const keys = new Set(g.sessions.map((s) => s.key));
    for (const p of g.people as Array<GoldPerson & { session?: string }>) if (p.session) expect(keys, `${f}: ${p.name}`).toContain(p.session);
    for (const s of g.sessions) if (s.date) expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const s of g.sessions) if (s.time) expect(s.time).toMatch(/^\d{2}:\d{2}(-\d{2}:\d{2})?$/);
  });

  it.each(goldFiles)('%s: a perfect extraction scores 1.0', async (f) => {
    const score = await scoreExtraction(perfectExtraction(read(f)), join(GOLD, f));
    expect(score.overallF1, score.report).toBe(1);
    expect(score.fieldMean, score.report).toBe(1);
  });
});
