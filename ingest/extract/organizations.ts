// The organization registry of one document: merges a name, its acronym, its spelling variants and the
// gazetteer entry into one organization; records parents and mentions; emits only what the text mentions.
import type { Organization, Provenance } from '../../src/extraction.js';
import { GAZETTEER } from './gazetteer.js';
import { ORG_HEAD_WORDS, PLACES, WEAK_HEAD_WORDS } from './lexicon.js';
import { isInstrumentName } from './org-instruments.js';
import { findHeadWordOrgs, isHeadWord, KnownNameMatcher, looksLikeOrgName, splitParent, type OrgSpan } from './org-names.js';
import { nameKey, slugify, tokenize, type Token } from './text-utils.js';

/** "A/HRC/46/31", "E/CN.15/2023": an acronym inside a document symbol is not a mention of the body. */
function isDocumentSymbol(text: string, start: number, end: number): boolean {
  return /(?:^|[^\p{L}])\p{Lu}{1,2}\/$/u.test(text.slice(Math.max(0, start - 3), start)) || /^\/\d/.test(text.slice(end, end + 2));
}

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

/** Provenance kept per organization: the first mentions (a name repeated thousands of times adds nothing). */
const MAX_MENTIONS = 200;

/** The gazetteer as a registry, built once; each document's registry starts from a copy of it. */
let base: OrgRegistry | null = null;

export class OrgRegistry {
  private records = new Map<string, OrgRecord>();
  private byName = new Map<string, string>();
  /** Head-word names already resolved in this document (long documents repeat them). */
  private scanCache = new Map<string, string>();
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

  private alias(key: string, name: string): void {
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
    if (rec && child !== parent && !rec.parent && !this.isAncestor(child, parent)) rec.parent = parent;
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
  scan(text: string, offset: number, extractor: string, options: { headWords?: boolean; lenient?: boolean } = {}): Array<OrgSpan & { key: string }> {
    const tokens = tokenize(text, offset);
    const known = this.matcher.find(text, offset, tokens).filter((k) => !isDocumentSymbol(text, k.start - offset, k.end - offset) && !/^\s+rules?\b/i.test(text.slice(k.end - offset, k.end - offset + 8)));
    const found: Array<OrgSpan & { key: string }> = known.map((k) => ({ ...k, key: k.known! }));
    if (options.headWords !== false) {
      // runs of consecutive tokens outside the known names (linear: one pointer over the sorted known spans)
      const runs: Token[][] = [];
      let k = 0, prev = -2;
      tokens.forEach((t, idx) => {
        while (k < known.length && known[k].end <= t.start) k++;
        if (k < known.length && t.start < known[k].end && t.end > known[k].start) return;
        if (prev === idx - 1 && runs.length) runs[runs.length - 1].push(t); else runs.push([t]);
        prev = idx;
      });
      for (const run of runs) {
        for (const h of findHeadWordOrgs(text, offset, run, options.lenient)) found.push({ ...h, key: '' });
      }
    }
    found.sort((a, b) => a.start - b.start);
    // "United Nations University Centre ...": a known name that runs straight into a head-word name is part of it;
    // "EU Civil Society Platform ...": so is a known acronym in front of one (the acronym's body is the parent)
    for (let i = 0; i + 1 < found.length; i++) {
      const a = found[i], b = found[i + 1];
      if (!a.known || b.known || !/^\s$/.test(text.slice(a.end - offset, b.start - offset))) continue;
      const acronymLead = /^[\p{Lu}]{2,6}$/u.test(a.name);
      if (isHeadWord(b.name.split(' ')[0]) || acronymLead) {
        const name = `${a.name} ${b.name}`.replace(/\s+/g, ' ');
        const key = this.lookup(name) ?? this.register(name, acronymLead ? { parent: this.displayName(a.key) } : {});
        // "United Nations Office at Nairobi": the body is the unit's parent (shown when the text names it too)
        if (!acronymLead && /^(?:Office|Offices|Mission|Centre|Center|Secretariat|Bureau|Unit|Section|Division|Department|Branch)$/.test(b.name.split(' ')[0])) this.setParent(key, a.key);
        if (acronymLead) { this.alias(key, b.name); this.mention(a.key, a.start, a.end, extractor); }
        found.splice(i, 2, { name, start: a.start, end: b.end, key });
      }
    }
    // "Office of the EU Anti-Trafficking Coordinator": the office of a known body or post is that body
    for (const f of found) {
      if (!f.known) continue;
      const before = /(?:^|\s)(Office of (?:the )?)$/.exec(text.slice(Math.max(0, f.start - offset - 20), f.start - offset));
      // ... unless "Office" ends a longer name ("Publications Office of the European Union" is a unit of the EU)
      const wordBefore = before ? /(\S+)\s+$/.exec(text.slice(Math.max(0, f.start - offset - before[1].length - 40), f.start - offset - before[1].length))?.[1] ?? '' : '';
      if (before && !/^\p{Lu}[\p{L}'’-]*$/u.test(wordBefore)) {
        const name = before[1] + f.name;
        this.alias(f.key, name);
        f.start -= before[1].length;
        f.name = name;
      }
    }
    for (let i = 0; i < found.length; i++) {
      const f = found[i];
      // "CBSS Secretariat": a known body followed directly by a bare head word is a part of it
      if (f.known) {
        const after = /^ (\p{Lu}\p{L}+)\b/u.exec(text.slice(f.end - offset, f.end - offset + 30));
        // ... but not when the head word opens a longer name ("UNICEF Office of Research" is not "UNICEF Office")
        const opensName = /^\s+(?:of|for|on|against)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(f.end - offset + (after?.[0].length ?? 0), f.end - offset + (after?.[0].length ?? 0) + 40));
        if (after && !opensName && ORG_HEAD_WORDS.has(after[1]) && !WEAK_HEAD_WORDS.has(after[1]) && !(found[i + 1] && found[i + 1].start < f.end + 1 + after[1].length)) {
          // "United Nations Office at Geneva": an office at a place is named with it
          const at = /^ at (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u.exec(text.slice(f.end - offset + after[0].length, f.end - offset + after[0].length + 40));
          const place = at && /^(?:Office|Mission|Liaison)$/.test(after[1]) ? [at[1], at[1].split(' ')[0]].find((p) => PLACES.has(p)) : undefined;
          if (place) after[1] = `${after[1]} at ${place}`;
          const name = `${f.name} ${after[1]}`;
          if (!this.isKnown(name)) {
            const key = this.register(name, { parent: this.displayName(f.key) });
            this.setParent(key, f.key);
            this.mention(f.key, f.start, f.end, extractor);
            found[i] = { name, start: f.start, end: f.end + 1 + after[1].length, key };
            this.mention(key, f.start, found[i].end, extractor);
            continue;
          }
        }
      }
      const cached = f.key ? undefined : this.scanCache.get(f.name);
      if (cached && this.records.has(cached)) f.key = cached;
      if (!f.key) {
        const split = splitParent(f.name, (x) => this.isKnown(x));
        f.key = split ? this.register(split.child, { parent: split.parent === split.child ? null : split.parent }) : this.register(f.name);
        if (split) {
          const ps = this.lookup(split.parent)!;
          const at = text.indexOf(split.parent, f.start - offset);
          if (at >= 0) this.mention(ps, offset + at, offset + at + split.parent.length, extractor);
        }
        this.scanCache.set(f.name, f.key);
      }
      this.mention(f.key, f.start, f.end, extractor);
    }
    // "X's Y", "X Y" (a known body followed by one of its parts) and "Y (ACR) of the X": X is Y's parent
    for (let i = 0; i + 1 < found.length; i++) {
      const gap = text.slice(found[i].end - offset, found[i + 1].start - offset);
      if (/^['’]s\s+$/.test(gap) || (gap === ' ' && found[i].known)) this.setParent(found[i + 1].key, found[i].key);
      else if (/^\s*(?:\([^()]{1,15}\)\s*)?(?:of|at|within|under)\s+(?:the\s+)?$/.test(gap) && /\b(?:Office|Unit|Section|Department|Division|Directorate|Branch|Bureau|Commission|Committee|Centre|Center|Secretariat|Service|Agency)\b/.test(this.displayName(found[i].key))) {
        this.setParent(found[i].key, found[i + 1].key);
        // the whole phrase is how the text names the unit ("Publications Office of the European Union")
        if (/^\s*(?:of|at)\s+(?:the\s+)?$/.test(gap) && !found[i].known) this.qualify(found[i].key, `${found[i].name}${gap}${found[i + 1].name}`.replace(/\s+/g, ' '));
      }
    }
    return found;
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
