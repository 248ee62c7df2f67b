// Fixture pages of the rotten web, read from fixtures/pages/<scenario>/index.html.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// From test/helpers/rotten-web (sources) or dist/test/helpers/rotten-web (built).
const ROOT = [join(here, '../../../fixtures/pages'), join(here, '../../../../fixtures/pages')].find((p) => existsSync(p))
  ?? join(here, '../../../fixtures/pages');

const cache = new Map<string, string>();

export function fixturePage(scenario: string): string {
  let html = cache.get(scenario);
  if (html === undefined) {
    html = readFileSync(join(ROOT, scenario, 'index.html'), 'utf8');
    cache.set(scenario, html);
  }
  return html;
}

export const CITED_REPORT_TITLE = 'Guidelines on Freedom of Peaceful Assembly';
