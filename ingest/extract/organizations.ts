// The organization registry of one document: merges a name, its acronym, its spelling variants and the
// gazetteer entry into one organization; records parents and mentions; emits only what the text mentions.
import type { Organization, Provenance } from '../../src/extraction.js';
import { GAZETTEER } from './gazetteer.js';
import { PLACES } from './lexicon.js';
import { isInstrumentName } from './org-instruments.js';
import { KnownNameMatcher, looksLikeOrgName, splitParent, type OrgSpan } from './org-names.js';
import { scanOrganizations, type ScanOptions } from './org-scan.js';
import { nameKey, slugify } from './text-utils.js';

interface OrgRecord {
  key: string;
  /** Surface forms in order of first sight; `canonical` is the gazetteer name when there is one. */
  names: string[];
  canonical: string | null;
  /** Longer forms naming the parent too ("X Office of the Y"): emitted as aliases, never the display name. */
  qualified: string[];
  acronym: string | null;
  parent: string | null;
  mentions: Provenance[];
  mentionStarts: Set<number>;
  /** Gazetteer-only records stay silent until the text mentions them. */
  mentioned: boolean;
}

const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&\/-]{1,11}(?:s)?$|^[\p{Lu}][\p{L}]{0,3}[\p{Lu}][\p{L}\p{N}]*$/u;

/** Names ending in a unit head word: units of a parent body. */
const UNIT_END = /\b(?:Office|Unit|Section|Department|Division|Directorate|Branch|Bureau|Service|Centre|Center|Secretariat|Programme|Program|Team|Desk|Cell)$/;

/** What a name adds when it only names a region or country of the same body. */
const REGION_SUFFIX = new RegExp(`^(?:${[...PLACES].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|International|Global|Americas|Pacific|MENA|Europe|Asia)$`);

/** Provenance kept per organization: the first mentions (a name repeated thousands of times adds nothing). */
const MAX_MENTIONS = 200;

/** The gazetteer as a registry, built once; each document's registry starts from a copy of it. */
let base: OrgRegistry | null = null;

export class OrgRegistry {
  private records = new Map<string, OrgRecord>();
  private byName = new Map<string, string>();
  /** Head-word names already resolved in this document (long documents repeat them). */
  readonly scanCache = new Map<string, string>();
  readonly matcher: KnownNameMatcher;

  constructor(private readonly prov: (start: number, end: number, extractor: string) => Provenance, template: OrgRegistry | null | 'none' = base) {
    if (template === 'none') {
      this.matcher = new KnownNameMatcher();
      for (const g of GAZETTEER) {
        const key = this.create(g.name, g.acronym ?? null, false);
        const rec = this.records.get(key)!;
        rec.canonical = g.name;
        for (const a of g.aliases ?? []) this.alias(key, a);
      }
      for (const g of GAZETTEER) if (g.parent) this.records.get(this.lookup(g.name)!)!.parent = this.lookup(g.parent) ?? null;
      return;
    }
    template ??= base = new OrgRegistry(() => { throw new Error('gazetteer template records no mentions'); }, 'none');
    this.matcher = template.matcher.clone();
    this.byName = new Map(template.byName);
    for (const [k, r] of template.records) this.records.set(k, { ...r, names: r.names.slice(), qualified: [], mentions: [], mentionStarts: new Set() });
  }

  private create(name: string, acronym: string | null, mentioned: boolean): string {
    let key = 'org:' + slugify(acronym ?? name, 40);
    for (let n = 2; this.records.has(key); n++) key = 'org:' + slugify(acronym ?? name, 40) + '-' + n;
    this.records.set(key, { key, names: [], canonical: null, qualified: [], acronym: null, parent: null, mentions: [], mentionStarts: new Set(), mentioned });
    this.alias(key, name);
    if (acronym) this.setAcronym(key, acronym);
    return key;
  }

  /** Add a surface form to an organization. */
  alias(key: string, name: string): void {
    const k = nameKey(name);
    if (!k) return;
    const rec = this.records.get(key)!;
    if (!this.byName.has(k)) this.byName.set(k, key);
    if (!rec.names.some((n) => nameKey(n) === k) && rec.acronym !== name) rec.names.push(name);
    this.matcher.add(name, key);
  }

  private setAcronym(key: string, acronym: string): void {
    const rec = this.records.get(key)!;
    if (!rec.acronym) rec.acronym = acronym;
    const k = nameKey(acronym);
    if (!this.byName.has(k)) this.byName.set(k, key);
    this.matcher.add(acronym, key);
    rec.names = rec.names.filter((n) => n !== acronym);
  }

  /** Key of a known organization by any of its names, or undefined. */
  lookup(name: string): string | undefined {
    const k = nameKey(name);
    const direct = this.byName.get(k) ?? this.byName.get(k.replace(/ s$/, ''));
    if (direct) return direct;
    // "Office of the OSCE High Commissioner ..." = the High Commissioner; "Office of the OSCE Special Representative ..." = the Office
    const office = /^office of (.+)$/.exec(k);
    if (office && office[1].split(' ').length >= 2 && this.byName.get(office[1])) return this.byName.get(office[1]);
    const words = k.split(' ');
    for (let i = 1; i < words.length - 1; i++) {
      const w = words[i];
      if (w.length >= 2 && w.length <= 6 && this.byName.has(w)) {
        const without = [...words.slice(0, i), ...words.slice(i + 1)].join(' ');
        const hit = this.byName.get(without) ?? (/^office of (.+)$/.exec(without) ? this.byName.get(/^office of (.+)$/.exec(without)![1]) : undefined);
        if (hit && hit !== this.byName.get(w)) return hit;
      }
    }
    return undefined;
  }

  /** Is there (still) a record under this key? Merges remove records. */
  has(key: string): boolean {
    return this.records.has(key);
  }

  isKnown(name: string): boolean {
    return this.lookup(name) !== undefined;
  }

  /** Add (or find) an organization; marks it mentioned at [start, end). Returns its key. */
  register(name: string, opts: { acronym?: string | null; parent?: string | null; start?: number; end?: number; extractor?: string } = {}): string {
    name = name.replace(/\s+/g, ' ').trim().replace(/^the\s+/, '');
    let key = this.lookup(name) ?? (opts.acronym ? this.lookup(opts.acronym) : undefined);
    if (!key) {
      const isAcr = ACRONYM.test(name) && !/\s/.test(name);
      key = isAcr ? this.create(name, null, true) : this.create(name, opts.acronym ?? null, true);
      if (isAcr) {
        const rec = this.records.get(key)!;
        rec.names = [];
        this.setAcronym(key, name);
      }
    } else {
      if (!ACRONYM.test(name) || /\s/.test(name)) this.alias(key, name);
    }
    if (opts.acronym) {
      const other = this.lookup(opts.acronym);
      if (other && other !== key) this.merge(key, other);
      else this.setAcronym(key, opts.acronym);
    }
    const rec = this.records.get(key)!;
    rec.mentioned = true;
    // "Qatar University College of Law": the university a unit's name starts with is its parent
    if (!rec.parent && !opts.parent && !ACRONYM.test(name)) {
      const inner = splitParent(name, () => false);
      if (inner && inner.child === name) opts = { ...opts, parent: inner.parent };
    }
    if (opts.parent) {
      const p = this.lookup(opts.parent) ?? this.register(opts.parent, {});
      if (p !== key && !rec.parent) rec.parent = p;
      // "Legal Section" of "the Ministry of X" is also written "Legal Section of the Ministry of X"
      if (p !== key && UNIT_END.test(name) && this.lookup(name.split(' ')[0]) !== p && !name.startsWith(opts.parent)) for (const of of [' of ', ' of the ']) this.qualify(key, name + of + opts.parent);
    }
    if (opts.start !== undefined && opts.end !== undefined) this.mention(key, opts.start, opts.end, opts.extractor ?? 'organizations');
    return key;
  }

  /** Merge record `b` into `a` (an acronym defined for a long form that was registered separately). */
  private merge(a: string, b: string): void {
    const A = this.records.get(a)!, B = this.records.get(b)!;
    for (const n of B.names) this.alias(a, n);
    if (B.acronym) this.setAcronym(a, B.acronym);
    for (const m of B.mentions) if (!A.mentionStarts.has(m.start)) { A.mentionStarts.add(m.start); A.mentions.push(m); }
    A.mentioned ||= B.mentioned;
    A.canonical ??= B.canonical;
    A.parent ??= B.parent;
    for (const [k, v] of this.byName) if (v === b) this.byName.set(k, a);
    for (const r of this.records.values()) if (r.parent === b) r.parent = a;
    this.records.delete(b);
    this.matcher.add(B.acronym ?? B.names[0] ?? '', a);
  }

  /** Record a longer form of a unit's name that includes its parent ("Publications Office of the European Union"). */
  qualify(key: string, form: string): void {
    const rec = this.records.get(key);
    const k = nameKey(form);
    if (!rec || !k || rec.qualified.includes(form) || rec.names.some((n) => nameKey(n) === k)) return;
    rec.qualified.push(form);
    if (!this.byName.has(k)) this.byName.set(k, key);
  }

  setParent(child: string, parent: string): void {
    const rec = this.records.get(child);
    if (!rec || child === parent || rec.parent || this.isAncestor(child, parent)) return;
    // "Survivors Network Europe" is the network's regional branch under its own name, not a unit of "Survivors Network"
    const c = this.displayName(child), p = this.displayName(parent);
    if (c.startsWith(p + ' ') && !this.records.get(parent)?.canonical && REGION_SUFFIX.test(c.slice(p.length + 1))) return;
    rec.parent = parent;
  }

  private isAncestor(a: string, of: string): boolean {
    for (let p: string | null = of, n = 0; p && n < 10; p = this.records.get(p)?.parent ?? null, n++) if (p === a) return true;
    return false;
  }

  mention(key: string, start: number, end: number, extractor: string): void {
    const rec = this.records.get(key);
    if (!rec) return;
    rec.mentioned = true;
    if (rec.mentions.length < MAX_MENTIONS && !rec.mentionStarts.has(start)) { rec.mentionStarts.add(start); rec.mentions.push(this.prov(start, end, extractor)); }
  }

  /** Display name of a key (the name the output uses). */
  displayName(key: string): string {
    const rec = this.records.get(key);
    if (!rec) return key;
    return this.pickName(rec);
  }

  private pickName(rec: OrgRecord): string {
    const written = rec.names.filter((n) => !ACRONYM.test(n) || /\s/.test(n));
    if (rec.canonical && (written.length === 0 || written.some((w) => nameKey(w) === nameKey(rec.canonical!)))) return rec.canonical;
    return written.sort((x, y) => y.length - x.length)[0] ?? rec.canonical ?? rec.acronym ?? rec.key;
  }

  /**
   * Organizations in text: known names first, then head-word names in the gaps. Registers what it finds
   * (with the parent a name reveals) and returns the spans with their keys.
   */
  scan(text: string, offset: number, extractor: string, options: ScanOptions = {}): Array<OrgSpan & { key: string }> {
    return scanOrganizations(this, text, offset, extractor, options);
  }

  /** Organizations the text mentions, parents resolved to display names. */
  toOutput(): Organization[] {
    const out: Organization[] = [];
    // a parent read from inside a child's name ("Free University" in "Free University College of Law") is mentioned there
    for (const rec of this.records.values()) {
      const p = rec.parent ? this.records.get(rec.parent) : undefined;
      if (!p || p.mentions.length || !rec.mentions.length || !p.mentioned) continue;
      const pname = this.pickName(p);
      const cname = this.pickName(rec);
      if (cname.startsWith(pname)) { const m = rec.mentions[0]; p.mentions.push({ ...m, end: m.start + pname.length }); }
    }
    for (const rec of this.records.values()) {
      if (!rec.mentioned || rec.mentions.length === 0) continue;
      const name = this.pickName(rec);
      // a treaty, protocol or rule read as a name ("... Convention on ...", "Chatham House Rule") is no body
      if (!rec.canonical && isInstrumentName(name)) continue;
      // "(D-OR)": a legislator's party and state, not a body
      if (/^[DRI]-[A-Z]{2}$/.test(rec.acronym ?? name)) continue;
      // a field label read as a name ("Venue:", "Contact:") is no body
      if (!rec.canonical && !rec.acronym && /^(?:Venue|Contact|Contacts|Time|Date|Location|Place|Registration|Language|Languages|Format|Agenda|Programme|Moderator|Speakers?|Host|Organiser|Organizer|Participants)$/.test(name)) continue;
      const parentRec = rec.parent ? this.records.get(rec.parent) : undefined;
      out.push({
        id: rec.key,
        name,
        acronym: rec.acronym,
        aliases: [...new Set([...rec.names, ...rec.qualified].filter((n) => n !== name && n !== rec.acronym))],
        parent: parentRec && parentRec.mentioned && parentRec.mentions.length ? this.pickName(parentRec) : null,
        provenance: rec.mentions.sort((a, b) => a.start - b.start),
      });
    }
    return out;
  }

  /** Is this phrase worth registering as an organization on its own? */
  static plausible(name: string): boolean {
    return looksLikeOrgName(name);
  }
}
