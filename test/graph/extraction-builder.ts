// Builds Extraction objects for resolution tests: spans are found in the given text, so provenance is real.
import type { Citation, Extraction, Organization, Person, Session } from '../../src/extraction.js';

export class ExtractionBuilder {
  private readonly ex: Extraction;

  constructor(readonly id: string, readonly text: string, title = 'A programme', date: string | null = '2020-07-21') {
    this.ex = {
      document: { id, source: `/data/${id.replace(':', '_')}.md`, mediaType: 'text/markdown', title, date },
      people: [], organizations: [], sessions: [], citations: [], urls: [], topics: [], acronyms: [], warnings: [],
    };
  }

  prov(needle: string) {
    const start = Math.max(0, this.text.indexOf(needle));
    return [{ documentId: this.id, start, end: start + needle.length, line: 1, extractor: 'test' }];
  }

  org(name: string, acronym: string | null = null, parent: string | null = null, aliases: string[] = []): this {
    const o: Organization = { id: `o${this.ex.organizations.length}`, name, acronym, aliases, parent, provenance: this.prov(name) };
    this.ex.organizations.push(o);
    return this;
  }

  person(name: string, opts: Partial<Omit<Person, 'id' | 'name' | 'provenance'>> = {}): this {
    this.ex.people.push({ id: `p${this.ex.people.length}`, name, honorific: null, roles: [], affiliations: [], location: null, participation: [], ...opts, provenance: this.prov(name) });
    return this;
  }

  session(id: string, title: string, opts: Partial<Omit<Session, 'id' | 'title' | 'provenance'>> = {}): this {
    this.ex.sessions.push({
      id, kind: 'session', title, date: '2020-07-21', startTime: null, endTime: null, timezone: null, convenors: [], platform: null,
      registrationUrl: null, topics: [], partOf: null, ...opts, provenance: this.prov(title),
    });
    return this;
  }

  cite(marker: string, opts: Partial<Omit<Citation, 'id' | 'marker' | 'provenance'>> = {}): this {
    this.ex.citations.push({
      id: `c${marker}`, marker, issuer: null, authors: [], year: null, date: null, title: null, url: null, session: null, context: null,
      ...opts, provenance: this.prov(opts.title ?? marker),
    });
    return this;
  }

  topic(label: string, score = 1): this {
    this.ex.topics.push({ label, score });
    return this;
  }

  url(url: string, kind: 'citation' | 'registration' | 'other' = 'other'): this {
    this.ex.urls.push({ url, kind, provenance: this.prov(url) });
    return this;
  }

  build(): Extraction {
    return structuredClone(this.ex);
  }
}
