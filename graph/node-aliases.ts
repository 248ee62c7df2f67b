// The normalised forms under which a node can be found: its name, aliases, acronym and, for
// people, the initials form. Stores index exactly these (lookupAlias, findNodes).
import type { NodeKind } from '../src/graph-model.js';
import { foldText, initialsForm, normalizeOrgName, normalizePersonName, normalizeUrl } from './normalize.js';

export type AliasType = 'name' | 'alias' | 'acronym' | 'initials';
export interface NodeAlias { alias: string; type: AliasType }

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Normalise free text the way aliases of `kind` are normalised (all kinds when undefined). */
export function normalizeForKind(kind: NodeKind | undefined, text: string): string {
  if (kind === 'Person') return normalizePersonName(text);
  if (kind === 'WebResource') return foldText(normalizeUrl(text));
  return normalizeOrgName(text);
}

/** Every distinct alias of a node (first type wins on duplicates). */
export function nodeAliases(kind: NodeKind, label: string, props: Record<string, unknown>): NodeAlias[] {
  const out = new Map<string, AliasType>();
  const add = (alias: string, type: AliasType) => { if (alias && !out.has(alias)) out.set(alias, type); };
  switch (kind) {
    case 'Person': {
      const names = [label, typeof props.name === 'string' ? props.name : '', ...strings(props.aliases)];
      names.forEach((n, i) => add(normalizePersonName(n), i < 2 ? 'name' : 'alias'));
      for (const n of names) { const ini = initialsForm(normalizePersonName(n)); if (ini) add(ini, 'initials'); }
      break;
    }
    case 'Organization':
      add(normalizeOrgName(label), 'name');
      if (typeof props.name === 'string') add(normalizeOrgName(props.name), 'name');
      if (typeof props.acronym === 'string') add(normalizeOrgName(props.acronym), 'acronym');
      for (const a of strings(props.aliases)) add(normalizeOrgName(a), 'alias');
      break;
    case 'WebResource':
      add(foldText(normalizeUrl(label)), 'name');
      break;
    default:
      add(normalizeOrgName(label), 'name');
      if (typeof props.title === 'string') add(normalizeOrgName(props.title), 'name');
      for (const a of strings(props.aliases)) add(normalizeOrgName(a), 'alias');
  }
  return [...out].map(([alias, type]) => ({ alias, type }));
}
