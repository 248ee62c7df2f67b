// Accumulates one document's nodes and edges by key: adding a key twice merges the two records
// (provenance concatenated, arrays unioned, later scalars win), as the store would across documents.
import type { EdgeKind, EdgeRecord, GraphProvenance, NodeKind, NodeRecord } from '../../src/graph-model.js';
import { mergeContributions } from '../merge-props.js';
import { edgeKey } from '../keys.js';

export class BatchBuilder {
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly edges = new Map<string, EdgeRecord>();

  has(key: string): boolean {
    return this.nodes.has(key);
  }

  get(key: string): NodeRecord | undefined {
    return this.nodes.get(key);
  }

  /** Add or merge a node; returns its key. */
  node(key: string, kind: NodeKind, label: string, props: Record<string, unknown>, provenance: GraphProvenance[]): string {
    const prev = this.nodes.get(key);
    if (!prev) {
      this.nodes.set(key, { key, kind, label, props, provenance: dedupeProv(provenance) });
      return key;
    }
    const m = mergeContributions([
      { documentId: '', ingestedAt: '0', label: prev.label, props: prev.props, provenance: prev.provenance },
      { documentId: '', ingestedAt: '1', label, props, provenance },
    ]);
    this.nodes.set(key, { key, kind: prev.kind, label: m.label, props: m.props, provenance: dedupeProv(m.provenance) });
    return key;
  }

  /** Add or merge an edge between two nodes already in the batch; returns its key. */
  edge(kind: EdgeKind, from: string, to: string, props: Record<string, unknown>, provenance: GraphProvenance[], discriminator?: string): string {
    const key = edgeKey(kind, from, to, discriminator);
    const prev = this.edges.get(key);
    if (!prev) {
      this.edges.set(key, { key, kind, from, to, props, provenance: dedupeProv(provenance) });
      return key;
    }
    const m = mergeContributions([
      { documentId: '', ingestedAt: '0', props: prev.props, provenance: prev.provenance },
      { documentId: '', ingestedAt: '1', props, provenance },
    ]);
    this.edges.set(key, { ...prev, props: m.props, provenance: dedupeProv(m.provenance) });
    return key;
  }

  build(): { nodes: NodeRecord[]; edges: EdgeRecord[] } {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}

function dedupeProv(list: GraphProvenance[]): GraphProvenance[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const id = `${p.documentId}|${p.start}|${p.end}|${p.extractor}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
