// A session under construction: the output fields plus the organization keys of its convenors, where it was
// found and which blocks it owns (the people and citations in those blocks belong to it).
import type { Provenance, Session } from '../../src/extraction.js';

export interface SessionDraft extends Omit<Session, 'convenors' | 'provenance'> {
  convenorKeys: string[];
  source: 'label' | 'agenda' | 'heading' | 'single' | 'conference';
  /** Unit index ranges [from, to) this session owns. */
  ranges: Array<[number, number]>;
  provenance: Provenance[];
}

export function emptyDraft(title: string, source: SessionDraft['source'], kind: 'session' | 'conference'): SessionDraft {
  return {
    id: '', kind, title, date: null, endDate: null, startTime: null, endTime: null, timezone: null, timezoneLabel: null, convenorKeys: [],
    platform: null, location: null, registrationUrl: null, topics: [], partOf: null, source, ranges: [], provenance: [],
  };
}

