// The URLs a link check covers, with the citation title and citing document date of each (for
// content-drift detection and the archived snapshot closest before the citation).
import type { GraphStore } from '../../graph/store.js';

const PAGE = 1000;

export interface LinkTargets {
  urls: string[];
  titles: Map<string, string>;
  dates: Map<string, string>;
}

/** Every WebResource in the store, or only `only` (URLs not in the store are checked without hints). */
export async function collectLinkTargets(store: GraphStore, only?: readonly string[]): Promise<LinkTargets> {
  const wanted = only ? new Set(only) : null;
  const titles = new Map<string, string>();
  const dates = new Map<string, string>();
  const urls: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listWebResources({ limit: PAGE, cursor });
    for (const row of page.items) {
      if (wanted && !wanted.has(row.url)) continue;
      if (!wanted) urls.push(row.url);
      const title = row.sources.find((s) => s.title)?.title;
      if (title) titles.set(row.url, title);
      const date = row.documents.map((d) => d.date).filter((d): d is string => !!d).sort()[0];
      if (date) dates.set(row.url, date);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  if (wanted) urls.push(...wanted);
  return { urls, titles, dates };
}
