// Resolves organization and person names of one document to node keys: the user's alias file
// first, then names already resolved in this document, then the store's alias index. Every time
// two different written names become one node, a MergeRecord says which and why.
import type { NodeKind } from '../../src/graph-model.js';
import { orgKey, personKey } from '../keys.js';
import { nodeAliases, type AliasType } from '../node-aliases.js';
import { hasInitials, initialsForm, namesCompatible, normalizeOrgName, normalizePersonName, stripHonorifics } from '../normalize.js';
import type { GraphStore, MergeReason, MergeRecord, NodeSummary } from '../store.js';
import { forcedCanonical, isForbidden, type AliasRules } from './alias-file.js';

export interface Resolved {
  key: string;
  /** Label for this document's contribution: the existing node's label when merged into one. */
  label: string;
  /** The name as written, when it differs from `label` (kept as an alias). */
  alias: string | null;
}

interface Candidate { node: NodeSummary; type: AliasType }

/** "VINET, Guy" -> "Guy VINET"; honorifics and post-nominals dropped. */
export function displayPersonName(name: string): string {
  const s = stripHonorifics(name.trim());
  const comma = /^([^,]+),\s*([^,]+)$/.exec(s);
  return (comma ? `${stripHonorifics(comma[2]!)} ${comma[1]}` : s).replace(/\s+/g, ' ').trim();
}

export class EntityResolver {
  readonly merges: MergeRecord[] = [];
  private readonly mergeIds = new Set<string>();
  /** Normalised form -> key, for names resolved earlier in this document. */
  private readonly local = new Map<string, string>();
  private readonly localLabel = new Map<string, string>();
  /** Initials form -> keys of full-name people in this document. */
  private readonly localInitials = new Map<string, Map<string, string>>();

  constructor(
    private readonly store: GraphStore,
    private readonly rules: AliasRules,
    private readonly documentId: string,
  ) {}

  /** Register the full names of a document's people first, so initials can find them (and see ambiguity). */
  preparePeople(names: readonly string[]): void {
    for (const n of names) {
      const norm = normalizePersonName(n);
      const ini = initialsForm(norm);
      if (!ini || hasInitials(norm)) continue;
      const names = this.localInitials.get(ini) ?? new Map<string, string>();
      if (!names.has(norm)) names.set(norm, displayPersonName(n));
      this.localInitials.set(ini, names);
    }
  }

  /**
   * Resolve an organization. `parentKey` (the resolved parent, when the document names one) scopes
   * a new key and rules out stored nodes that are part of a different parent.
   */
  async organization(name: string, acronym: string | null = null, aliases: readonly string[] = [], parentKey: string | null = null, parentNames: readonly string[] = []): Promise<Resolved> {
    const kind: NodeKind = 'Organization';
    const written = name.replace(/\s+/g, ' ').trim();
    const forms = unique([normalizeOrgName(written), acronym ? normalizeOrgName(acronym) : '', ...aliases.map(normalizeOrgName)]);
    const forced = [written, acronym ?? '', ...aliases].map((n) => n && forcedCanonical(this.rules, kind, n)).find(Boolean);
    if (forced) return this.finish(kind, orgKey(forced), forced, written, forms, 'alias-file', `listed with "${forced}" in the aliases file`);
    for (const f of forms) {
      const key = this.local.get(`${kind}|${f}`);
      if (key) return this.finish(kind, key, this.localLabel.get(key)!, written, forms, f === forms[0] ? 'normalized-name' : 'acronym', `same document`);
    }
    for (const f of forms) {
      const cands: Candidate[] = [];
      for (const c of await this.candidates(kind, f)) {
        if (!this.forbidden(kind, forms, c.node) && !(await this.parentsDisagree(c.node.key, parentKey))) cands.push(c);
      }
      const pick = cands.length === 1 ? cands[0] : undefined;
      if (!pick) continue;
      const reason: MergeReason = normalizeOrgName(pick.node.label) === forms[0] ? 'normalized-name'
        : pick.type === 'acronym' || (acronym && f === normalizeOrgName(acronym)) ? 'acronym' : 'alias';
      return this.finish(kind, pick.node.key, pick.node.label, written, forms, reason, `matched "${f}" of an existing node`);
    }
    // A unit's key drops a leading parent name or acronym: "ILO Regional Office for Africa" under
    // the ILO is the same unit as "Regional Office for Africa" under the ILO.
    const key = orgKey(parentKey ? stripParentPrefix(written, parentNames) : written, parentKey);
    const [existing] = parentKey ? await this.store.getNodes([key]) : [];
    if (existing && normalizeOrgName(existing.label) !== forms[0]) {
      return this.finish(kind, key, existing.label, written, forms, 'alias', 'same unit name under the same parent');
    }
    return this.finish(kind, key, written, written, forms, null, 'new node');
  }

  /**
   * Resolve a person. An initial-only name ("Kara, S.") joins a full name only when exactly one
   * full name with those initials is known (store and document) and their affiliations do not
   * disagree (`affiliations`: org keys of this mention).
   */
  async person(name: string, affiliations: readonly string[] = [], honorific: string | null = null): Promise<Resolved> {
    const kind: NodeKind = 'Person';
    const written = displayPersonName(name);
    /** The name as the document shows it, for merge records ("Mr. Guy Vinet"). */
    const shown = honorific ? `${honorific} ${written}` : written;
    const norm = normalizePersonName(name);
    const forms = [norm];
    const forced = forcedCanonical(this.rules, kind, name);
    if (forced) return this.finish(kind, personKey(forced), displayPersonName(forced), written, forms, 'alias-file', `listed with "${forced}" in the aliases file`, shown);
    const localKey = this.local.get(`${kind}|${norm}`);
    if (localKey) return this.finish(kind, localKey, this.localLabel.get(localKey)!, written, forms, 'normalized-name', 'same document');
    const cands = (await this.candidates(kind, norm)).filter((c) => !this.forbidden(kind, forms, c.node));
    const exact = cands.filter((c) => c.type !== 'initials');
    if (exact.length === 1) {
      const known = knownPersonForms(exact[0]!.node);
      // Joining a node under a form it already has (same name, same honorific) is no merge of names.
      const reason = known.includes(shown) ? null : exact[0]!.type === 'name' ? 'normalized-name' : 'alias';
      return this.finish(kind, exact[0]!.node.key, exact[0]!.node.label, written, forms, reason, 'matched an existing node', shown, known[0]);
    }

    const ini = initialsForm(norm);
    if (ini && hasInitials(norm)) {
      // Abbreviated: join the one compatible full name known here or in the store.
      const byInitials = ini === norm ? cands : (await this.candidates(kind, ini)).filter((c) => !this.forbidden(kind, forms, c.node));
      const storeFull = byInitials.filter((c) => c.type === 'initials' && isFullMatch(norm, normalizePersonName(c.node.label)));
      const localFull = [...(this.localInitials.get(ini)?.keys() ?? [])].filter((n) => namesCompatible(norm, n));
      const fullNames = new Set([...storeFull.map((c) => normalizePersonName(c.node.label)), ...localFull]);
      if (fullNames.size === 1) {
        const only = [...fullNames][0]!;
        if (localFull.length === 1) {
          // Resolved in this document (now or later): the key the full name gets.
          const key = this.local.get(`${kind}|${only}`) ?? personKey(only);
          const label = this.localLabel.get(key) ?? this.localInitials.get(ini)!.get(only)!;
          if (!this.forbiddenNames(kind, forms, [only])) return this.finish(kind, key, label, written, forms, 'initials', `only person matching "${norm}"`, shown);
        } else if (storeFull.length === 1 && !(await this.affiliationsDisagree(storeFull[0]!.node.key, affiliations))) {
          return this.finish(kind, storeFull[0]!.node.key, storeFull[0]!.node.label, written, forms, 'initials', `only person matching "${norm}"`, shown);
        }
      }
    } else if (ini && [...(this.localInitials.get(ini)?.keys() ?? [])].filter((n) => n !== norm).length === 0) {
      // Full name: join an abbreviated node it fits, unless another full name fits that node too.
      const byInitials = (await this.candidates(kind, ini)).filter((c) => !this.forbidden(kind, forms, c.node));
      const abbreviated = byInitials.filter((c) => { const n = normalizePersonName(c.node.label); return hasInitials(n) && namesCompatible(n, norm); });
      const rivals = byInitials.filter((c) => { const n = normalizePersonName(c.node.label); return !hasInitials(n) && n !== norm && abbreviated.some((a) => namesCompatible(normalizePersonName(a.node.label), n)); });
      if (abbreviated.length === 1 && rivals.length === 0 && !(await this.affiliationsDisagree(abbreviated[0]!.node.key, affiliations))) {
        return this.finish(kind, abbreviated[0]!.node.key, written, written, forms, 'initials', `only person matching "${normalizePersonName(abbreviated[0]!.node.label)}"`, shown, abbreviated[0]!.node.label);
      }
    }
    return this.finish(kind, personKey(name), written, written, forms, null, 'new node', shown);
  }

  private async candidates(kind: NodeKind, form: string): Promise<Candidate[]> {
    if (!form) return [];
    const nodes = await this.store.lookupAlias(kind, form, { excludeDocument: this.documentId });
    return nodes.map((node) => ({ node, type: nodeAliases(kind, node.label, node.props).find((a) => a.alias === form)?.type ?? 'alias' }));
  }

  private forbidden(kind: NodeKind, forms: readonly string[], node: NodeSummary): boolean {
    return isForbidden(this.rules, kind, forms, nodeAliases(kind, node.label, node.props).map((a) => a.alias));
  }

  private forbiddenNames(kind: NodeKind, forms: readonly string[], other: readonly string[]): boolean {
    return isForbidden(this.rules, kind, forms, other);
  }

  /** A stored organization that is part of some parent, none of them `parentKey`, is another unit. */
  private async parentsDisagree(key: string, parentKey: string | null): Promise<boolean> {
    if (!parentKey || key === parentKey) return false;
    const parents = await this.store.getEdges({ key, direction: 'out', edgeKinds: ['PART_OF'], limit: 50 });
    return parents.items.length > 0 && !parents.items.some((e) => e.to === parentKey);
  }

  /** Two people with known affiliations and none in common are not the same person. */
  private async affiliationsDisagree(key: string, mine: readonly string[]): Promise<boolean> {
    if (mine.length === 0) return false;
    const theirs = await this.store.getEdges({ key, direction: 'out', edgeKinds: ['AFFILIATED_WITH'], limit: 200 });
    if (theirs.items.length === 0) return false;
    return !theirs.items.some((e) => mine.includes(e.to));
  }

  /**
   * Remember the resolution for this document and record a merge when the name joined an existing
   * node (`reason` set) under a different surface form (`recordName` vs `mergedWith`).
   */
  private finish(kind: NodeKind, key: string, label: string, written: string, forms: readonly string[], reason: MergeReason | null, detail: string,
    recordName = written, mergedWith?: string): Resolved {
    for (const f of forms) if (f && !this.local.has(`${kind}|${f}`)) this.local.set(`${kind}|${f}`, key);
    if (!this.localLabel.has(key) || label.length > this.localLabel.get(key)!.length) this.localLabel.set(key, label);
    const canonical = this.localLabel.get(key)!;
    const other = mergedWith ?? label;
    if (reason && other !== recordName) this.recordMerge(kind, key, [recordName, other], reason, detail);
    return { key, label: canonical, alias: written !== canonical ? written : null };
  }

  private recordMerge(kind: NodeKind, key: string, names: string[], reason: MergeReason, detail: string): void {
    const id = `${key}|${[...names].sort().join('|')}`;
    if (this.mergeIds.has(id)) return;
    this.mergeIds.add(id);
    this.merges.push({ kind, key, names, reason, documentId: this.documentId, detail });
  }
}

/** "OSCE Secretariat" under the OSCE -> "Secretariat"; unchanged when nothing would remain. */
export function stripParentPrefix(name: string, parentNames: readonly string[]): string {
  const folded = normalizeOrgName(name);
  for (const p of parentNames.map(normalizeOrgName).filter(Boolean).sort((a, b) => b.length - a.length)) {
    if (folded.startsWith(p + ' ')) {
      const rest = folded.slice(p.length + 1).replace(/^(?:of|for|the|s)\s+/, '');
      if (rest) return rest;
    }
  }
  return name;
}

/** How a stored person has been written: with each honorific first, then the label and aliases. */
function knownPersonForms(node: NodeSummary): string[] {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return [...strings(node.props.honorifics).map((h) => `${h} ${node.label}`), node.label, ...strings(node.props.aliases)];
}

/** A full (unabbreviated) name the abbreviated `norm` fits. */
function isFullMatch(norm: string, candidate: string): boolean {
  return !hasInitials(candidate) && namesCompatible(norm, candidate);
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs.filter(Boolean))];
}
