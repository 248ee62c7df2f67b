// Collects people by name across a document: merges "Ms. Mercier" into "Ms. Anne-Sophie Mercier" and a cited
// "Kalnina M." into "Marta Kalnina", keeps one participation per session and role, and prints the output records.
import type { Person, SessionRole } from '../../src/extraction.js';
import type { ExtractContext } from './context.js';
import type { OrgRegistry } from './organizations.js';
import type { PersonDraft } from './person-entry.js';
import { nameKey, slugify } from './text-utils.js';

export interface PersonRecord extends PersonDraft {
  key: string;
  participation: Array<{ session: string; role: SessionRole; tentative?: boolean }>;
  provenance: ReturnType<ExtractContext['prov']>[];
}

export class PeopleCollector {
  readonly byKey = new Map<string, PersonRecord>();

  add(ctx: ExtractContext, draft: PersonDraft, role: SessionRole | null, session: string | null, extractor: string): void {
    if (draft.roleHint && role && role !== 'author') role = draft.roleHint;
    let key = nameKey(draft.name);
    // "Ms. Mercier" after "Ms. Anne-Sophie Mercier": the same person
    if (!this.byKey.has(key) && !key.includes(' ')) {
      const full = [...this.byKey.keys()].find((k) => k.endsWith(' ' + key));
      if (full) key = full;
    }
    // a cited author "Kalnina M." / "Kalnina, M." / "M. Kalnina" is the "Marta Kalnina" already found
    const cited = /^(\p{Lu}[\p{L}'’-]+),?\s+(\p{Lu})\.$/u.exec(draft.name) ?? (/^(\p{Lu})\.\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(draft.name)?.slice(0, 3).reverse() as RegExpExecArray | undefined);
    if (!this.byKey.has(key) && cited) {
      const surname = nameKey(cited[1]), initial = cited[2].toLowerCase();
      const same = [...this.byKey.keys()].find((k) => { const w = k.split(' '); return w.length >= 2 && w[w.length - 1] === surname && w[0][0] === initial; });
      if (same) key = same;
    }
    let rec = this.byKey.get(key);
    if (!rec) {
      rec = { ...draft, key, participation: [], provenance: [] };
      this.byKey.set(key, rec);
    } else {
      rec.honorific ??= draft.honorific;
      rec.location ??= draft.location;
      for (const r of draft.roles) if (!rec.roles.includes(r)) rec.roles.push(r);
      for (const a of draft.affiliations) if (!rec.affiliations.some((x) => x.key === a.key)) rec.affiliations.push(a);
    }
    if (role && (session || role === 'author') && !rec.participation.some((p) => p.session === (session ?? '') && p.role === role)) {
      rec.participation.push({ session: session ?? '', role, ...(draft.tentative ? { tentative: true } : {}) });
    }
    rec.provenance.push(ctx.prov(draft.start, draft.end, extractor));
  }

  toOutput(orgs: OrgRegistry): Person[] {
    const ids = new Set<string>();
    return [...this.byKey.values()].map((r) => {
      let id = 'person:' + slugify(r.name, 50);
      for (let n = 2; ids.has(id); n++) id = `person:${slugify(r.name, 50)}-${n}`;
      ids.add(id);
      return {
        id, name: r.name, honorific: r.honorific, roles: r.roles,
        affiliations: r.affiliations.map((a) => ({ organization: orgs.displayName(a.key), role: a.role, current: a.current })),
        location: r.location,
        participation: r.participation.filter((p) => p.session !== '').map((p) => ({ session: p.session, role: p.role, ...(p.tentative ? { tentative: true } : {}) })),
        provenance: r.provenance,
      };
    });
  }
}
