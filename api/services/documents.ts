// Document views for the API and the explorer: the stored record and text.
import type { GraphStore } from '../../graph/store.js';
import type { DocumentRef, DocumentResponse } from '../schemas/views.js';
import type { Page } from '../http/pagination.js';

export async function listDocumentViews(store: GraphStore, limit: number, cursor?: string): Promise<Page<DocumentRef>> {
  const page = await store.listDocuments({ limit, cursor });
  return { items: page.items.map((d) => ({ id: d.id, source: d.source, title: d.title, date: d.date })), nextCursor: page.nextCursor };
}

export async function getDocumentView(store: GraphStore, id: string): Promise<DocumentResponse | null> {
  const doc = await store.getDocument(id);
  if (!doc) return null;
  const text = await store.getDocumentText(id);
  return { id: doc.id, source: doc.source, title: doc.title, date: doc.date, mediaType: doc.mediaType, contentHash: doc.contentHash, ingestedAt: doc.ingestedAt, text };
}
