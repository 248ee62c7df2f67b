// The extraction pipeline: LoadedDocument -> Extraction (people, organizations, sessions, citations, URLs,
// topics, acronyms), every item with provenance into the document text. Pure and synchronous.
import type { LoadedDocument } from '../src/document.js';
import { documentIdFor } from '../src/document-id.js';
import type { Extraction } from '../src/extraction.js';
import { DOMAIN_ACRONYMS, findAcronymDefinitions } from './extract/acronyms.js';
import { appositionOrgs, biographies, signaturesAndBylines } from './extract/biographies.js';
import { extractCitations } from './extract/citations.js';
import { createContext, type ExtractContext } from './extract/context.js';
import { findDates } from './extract/dates.js';
import { looksLikeOrgName } from './extract/org-names.js';
import { OrgRegistry } from './extract/organizations.js';
import { extractPeople, PeopleCollector } from './extract/people.js';
import { extractSessions } from './extract/sessions.js';
import { hasWords, squash } from './extract/text-utils.js';
import { keyPhrases, scoreTopics } from './extract/topics.js';
import { extractUrls } from './extract/urls.js';

const NOTES_HEADING = /^(?:\d+\.?\s+)?(?:end\s*notes|foot\s*notes|notes|references|bibliography|sources|works cited|citations)\s*:?$/i;

export interface ExtractOptions {
  /** Override the document id (default: documentIdFor(doc.source)). */
  documentId?: string;
  /** How many document topics to report. */
  maxTopics?: number;
}

export interface ResolvedExtractOptions {
  readonly documentId: string;
  readonly maxTopics: number;
}

export function resolveExtractOptions(doc: LoadedDocument, options: ExtractOptions = {}): ResolvedExtractOptions {
  return Object.freeze({ documentId: options.documentId ?? documentIdFor(doc.source), maxTopics: options.maxTopics ?? 12 });
}

const DOMAIN_ACRONYM_PATTERNS = Object.entries(DOMAIN_ACRONYMS).map(([short, long]) => [short, long, new RegExp(`(?<![\\p{L}\\p{N}])${short}s?(?![\\p{L}\\p{N}])`, 'u')] as const);

/** Words that make a Title-Case long form a document, law or concept rather than a body. */
const NOT_A_BODY = /\b(?:Plan|Plans|Mechanism|Mechanisms|Report|Strategy|Act|Convention|Protocol|Directive|Regulation|Assessment|Index|Survey|Guidelines|Principles|Agenda|Goals?|Framework|Law|Code|Treaty|Declaration|Resolution|Trafficking in Persons|Human Beings|Crime|Exploitation|Abuse|Material|Violence|Procedures?|Standards?|Indicators?|Tool|Toolkit|Handbook|Manual|Database|System|Model|Approach|Process|Project|Operation|Campaign|Day|Week|Year)$/;

/** "Finance Against Slavery and Trafficking (FAST)": a Title-Case name defined by an acronym is a body. */
function isTitleCaseBody(long: string, short: string): boolean {
  const words = long.split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0]) || NOT_A_BODY.test(long)) return false;
  if ((short.match(/\p{Lu}/gu) ?? []).length < 3 || /^(?:[A-Z]{1,4}s)$/.test(short)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|for|and|on|in|against|the|to|de|des|du|la|le|&)$/i.test(w));
}

/** Index of the unit containing an offset (binary search over block starts). */
function unitFinder(ctx: ExtractContext): (offset: number) => number {
  return (offset) => {
    let lo = 0, hi = ctx.units.length - 1, found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ctx.units[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
}

/** Extract everything from a loaded document. */
export function extractDocument(doc: LoadedDocument, options: ExtractOptions = {}): Extraction {
  const opts = resolveExtractOptions(doc, options);
  const ctx = createContext(doc, opts.documentId);
  const unitAt = unitFinder(ctx);
  const orgs = new OrgRegistry((s, e, x) => ctx.prov(s, e, x));

  // 1. acronym definitions: an org-like long form (or a known acronym) makes an organization
  const defs = findAcronymDefinitions(ctx.masked);
  const glossary = new Map<string, string>();
  for (const d of defs) {
    if (!glossary.has(d.short)) glossary.set(d.short, squash(d.long));
    const long = squash(d.long).replace(/^(?:the|OSCE)\s+/i, (m) => (/^the/i.test(m) ? '' : m));
    if (orgs.isKnown(d.short) || orgs.isKnown(long) || looksLikeOrgName(long) || isTitleCaseBody(long, d.short)) {
      const k = orgs.register(long, { acronym: d.short, start: d.longStart, end: d.longEnd, extractor: 'acronyms' });
      orgs.mention(k, d.shortStart, d.shortEnd, 'acronyms');
    }
  }
  for (const [short, long, re] of DOMAIN_ACRONYM_PATTERNS) {
    if (glossary.has(short) || glossary.has(short + 's')) continue;
    if (re.test(ctx.masked)) glossary.set(short, long);
  }

  // 2. sessions (convenors register organizations), then the unit -> session map
  const sessions = extractSessions(ctx, orgs);
  const owner = new Array<string | null>(ctx.units.length).fill(null);
  const starts = new Map<number, string>();
  for (const s of sessions) for (const [from, to] of s.ranges) { starts.set(from, s.title); for (let i = from; i < to; i++) owner[i] = s.id; }
  const conf = sessions.find((s) => s.kind === 'conference');
  // blocks outside every session (a welcome before the agenda) belong to the conference, when there is one
  const sessionAt = (unit: number) => owner[unit] ?? conf?.id ?? null;

  // 3. people, 4. citations
  const people = new PeopleCollector();
  extractPeople(ctx, orgs, people, sessionAt, starts);
  appositionOrgs(ctx, orgs, people);
  biographies(ctx, orgs, people);
  signaturesAndBylines(ctx, orgs, people);
  const citations = extractCitations(ctx, orgs, people, sessionAt, unitAt);

  // 5. organization mentions in the rest of the text: known names everywhere, head-word names in prose
  for (const u of ctx.units) {
    const prose = u.kind !== 'heading' && (u.index < 4 || hasWords(u.text, 8)) && !/^(?:Title|Session|Event)\s*:/i.test(u.text);
    orgs.scan(u.text, u.start, 'organizations', { headWords: prose });
  }

  // 6. URLs, topics
  const registration = new Set(sessions.map((s) => s.registrationUrl).filter((u): u is string => !!u));
  const urls = extractUrls(ctx, registration, unitAt);
  for (const s of sessions) {
    const text = s.ranges.map(([a, b]) => ctx.masked.slice(ctx.units[a]?.start ?? 0, ctx.units[b - 1]?.end ?? 0)).join('\n') || s.title;
    s.topics = scoreTopics(s.title + '\n' + text, 5).map((t) => t.label);
  }
  const docTopics = [...scoreTopics(ctx.masked, opts.maxTopics)];
  // People and organizations are computed once, before the key phrases: their names are not topics.
  const peopleOut = people.toOutput(orgs);
  const orgsOut = orgs.toOutput();
  const names = [...peopleOut.map((p) => p.name), ...orgsOut.flatMap((o) => [o.name, ...o.aliases]), ...[...glossary.values()]];
  for (const k of keyPhrases(ctx.masked, 5, names)) if (!docTopics.some((t) => t.label === k.label)) docTopics.push(k);

  // The heading over a list of notes ("Endnotes", "NOTES", "References") names a section, never the document.
  const titleBlock = ctx.units.find((u) => u.kind === 'heading' && !NOTES_HEADING.test(ctx.text.slice(u.start, u.end).trim())) ?? null;
  const docDate = firstOwnDate(ctx);
  return {
    document: {
      id: opts.documentId,
      source: doc.source,
      mediaType: doc.mediaType,
      title: doc.title ?? (conf ? conf.title : sessions[0]?.title ?? (titleBlock ? squash(ctx.text.slice(titleBlock.start, titleBlock.end)) : null)),
      date: conf?.date ?? sessions[0]?.date ?? docDate,
      contentHash: doc.contentHash,
    },
    people: peopleOut,
    organizations: orgsOut,
    sessions: sessions.map(({ convenorKeys, source: _s, ranges: _r, ...s }) => ({ ...s, convenors: convenorKeys.map((k) => orgs.displayName(k)) })),
    citations,
    urls,
    topics: docTopics,
    acronyms: [...glossary].map(([short, long]) => ({ short, long })),
    warnings: [...doc.warnings],
  };
}

/**
 * The first full date in the opening text of a document, notes skipped: a note's date is the date of
 * the work it cites ('judgment of 7 January 2010'), not of this document.
 */
function firstOwnDate(ctx: ExtractContext): string | null {
  let read = 0;
  for (const u of ctx.units) {
    if (u.kind === 'footnote') continue;
    const found = findDates(ctx.text.slice(u.start, u.end)).find((d) => d.year);
    if (found) return found.date;
    read += u.end - u.start;
    if (read >= 3000) return null;
  }
  return null;
}
