// Citations and URLs: markers of every style linked to notes, parsed fields, citing sentence and session.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../ingest/loaders/document-builder.js';
import { findUrls } from '../../../ingest/extract/context.js';
import { parseNote } from '../../../ingest/extract/note-parse.js';
import { extractDocument } from '../../../ingest/pipeline.js';
import { ExtractionSchema } from '../../../src/extraction.js';
import { extractMd, extractTxt } from './helpers.js';

describe('note parsing', () => {
  it('reads issuer or authors, year, date, title and URL', () => {
    expect(parseNote('See OHCHR (2020), COVID-19 Position paper: The impact on trafficked persons. <https://o.example/p.pdf>')).toMatchObject({ agent: 'OHCHR', year: 2020, title: 'COVID-19 Position paper: The impact on trafficked persons', url: 'https://o.example/p.pdf' });
    expect(parseNote('Doe J. & Roe R. (2020), Aggravating circumstances. https://g.example/a')).toMatchObject({ agent: null, authors: ['Doe J.', 'Roe R.'], year: 2020, title: 'Aggravating circumstances' });
    expect(parseNote('EUROPOL (2020), Exploiting Isolation: Offenders and victims online, 19 June 2020. https://e.example/x')).toMatchObject({ agent: 'EUROPOL', date: '2020-06-19', title: 'Exploiting Isolation: Offenders and victims online' });
    expect(parseNote('ILO (2012), ILO Indicators of Forced Labour, Special Action Programme to Combat Forced Labour, Geneva. https://i.example/x', (s) => /Programme/.test(s)).title).toBe('ILO Indicators of Forced Labour');
    expect(parseNote('See the agency\'s report "Hidden in Plain Sight", page 12.')).toMatchObject({ agent: 'the agency', title: 'Hidden in Plain Sight' });
    expect(parseNote('https://x.example/only')).toMatchObject({ urlOnly: true, url: 'https://x.example/only' });
  });
});

describe('citations', () => {
  it('links superscript markers to notes; a URL-only note takes its title and issuer from the citing sentence', async () => {
    const x = await extractMd(`Title: Policing in Diverse Societies\n\nDate: 1 June 2021\n\nThe event builds on the HCNM recommendations "The Ljubljana Guidelines"¹ and "Policing in Multi-Ethnic Societies"² and on work on children online.³\n\n¹ See HCNM's guidance "The Ljubljana Guidelines", page 5. <https://a.example/lg>\n\n² <https://a.example/pol>\n\n³ Roe, S. (2020), Children online. https://r.example/c.\n`);
    expect(x.citations.map((c) => [c.marker, c.issuer, c.title, c.url, c.year])).toEqual([
      ['1', 'High Commissioner on National Minorities', 'The Ljubljana Guidelines', 'https://a.example/lg', null],
      ['2', 'High Commissioner on National Minorities', 'Policing in Multi-Ethnic Societies', 'https://a.example/pol', null],
      ['3', null, 'Children online', 'https://r.example/c', 2020],
    ]);
    expect(x.citations[2].authors).toEqual(['Roe, S.']);
    expect(x.citations[0].context).toContain('builds on the HCNM recommendations');
    expect(x.citations.every((c) => c.session === x.sessions[0].id)).toBe(true);
    expect(x.people.find((p) => p.name === 'Roe, S.')?.roles).toEqual(['author']);
  });

  it('reads [n] markers with a notes list, and [^n] Markdown footnotes', async () => {
    const t = await extractTxt(`Report\n\nWorkers were deceived [1]. Few complained [2].\n\nNOTES\n\n[1] FRA (2019), Protecting migrant workers. https://fra.example/p\n[2] Ibid.\n`);
    expect(t.citations.map((c) => [c.marker, c.issuer, c.context])).toEqual([['1', 'European Union Agency for Fundamental Rights', 'Workers were deceived [1].'], ['2', 'European Union Agency for Fundamental Rights', 'Few complained [2].']]);
    // Ibid. repeats the previous note's work
    expect(t.citations[1]).toMatchObject({ title: 'Protecting migrant workers', year: 2019, url: 'https://fra.example/p' });
    const m = await extractMd(`Children are recruited online.[^a]\n\n[^a]: UNICEF (2021), Online risks. https://u.example/r\n`);
    expect(m.citations[0]).toMatchObject({ marker: 'a', year: 2021, context: 'Children are recruited online.[^a]' });
  });

  it('uses loader note references (<sup>, Word footnotes) and footnote blocks', () => {
    const doc = buildDocument([
      { kind: 'paragraph', text: 'Detected victims rose sharply.1', noteRefs: [{ marker: '1', start: 30, end: 31 }] },
      { kind: 'footnote', marker: '1', text: 'UNODC (2022), Global Report on Trafficking in Persons 2022. https://unodc.example/glotip' },
    ], { source: 'w.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', raw: 'x' });
    const x = ExtractionSchema.parse(extractDocument(doc));
    expect(x.citations[0]).toMatchObject({ marker: '1', issuer: 'United Nations Office on Drugs and Crime', year: 2022, context: 'Detected victims rose sharply.1' });
    expect(x.citations[0].provenance[1]).toMatchObject({ start: 30, end: 31 });
  });
});

describe('urls', () => {
  it('finds every URL exactly, without trailing punctuation or brackets', () => {
    const text = 'See <https://a.example/x>. Also https://b.example/p_(1) and (https://c.example/q), https://d.example/r?x=1; end https://e.example/s.';
    expect(findUrls(text).map((u) => u.url)).toEqual(['https://a.example/x', 'https://b.example/p_(1)', 'https://c.example/q', 'https://d.example/r?x=1', 'https://e.example/s']);
  });

  it('classifies citation, registration and other URLs', async () => {
    const x = await extractMd(`Title: A Webinar on Debt Bondage\n\nDate: 2 May 2022\n\nRegister here: https://ev.example/signup\n\nMore at https://www.example.org/about and in the study.¹\n\n¹ https://study.example/s\n`);
    expect(x.urls.map((u) => [u.url, u.kind])).toEqual([
      ['https://ev.example/signup', 'registration'],
      ['https://www.example.org/about', 'other'],
      ['https://study.example/s', 'citation'],
    ]);
    expect(x.sessions[0].registrationUrl).toBe('https://ev.example/signup');
  });
});
