// "How are these two connected?": a form taking two entities (names or keys) and the shortest path
// between them as a chain of links with the edge kinds between.
import { MAX_PATH_HOPS } from '../../../src/defaults.js';
import { html } from '../html.js';
import { layout } from '../layout.js';
import { nodeLink } from '../components.js';
import type { PathsResponse } from '../../schemas/views.js';

export interface PathsForm {
  from: string;
  to: string;
  maxHops: number;
  /** Follow MENTIONS too (paths through a document that names both). */
  viaDocuments?: boolean;
}

export function renderPathsPage(form: PathsForm, result: PathsResponse | null, problem: string | null): string {
  return layout({
    title: 'Paths',
    body: html`<h1>How are they connected?</h1>
<form class="filters" action="/paths" method="get">
<label>From (name or key) <input type="text" name="from" value="${form.from}" required></label>
<label>To (name or key) <input type="text" name="to" value="${form.to}" required></label>
<label>Max hops <select name="maxHops">${Array.from({ length: MAX_PATH_HOPS }, (_, i) => i + 1).map((h) => html`<option value="${h}"${h === form.maxHops ? ' selected' : ''}>${h}</option>`)}</select></label>
<label><input type="checkbox" name="viaDocuments" value="1"${form.viaDocuments ? ' checked' : ''}> Also through documents that name both (MENTIONS)</label>
<button type="submit">Find path</button>
</form>
${problem ? html`<p class="error">${problem}</p>` : ''}
${result && result.excludedEdgeKinds.length ? html`<p class="muted">Not followed: ${result.excludedEdgeKinds.join(', ')}.</p>` : ''}
${result?.truncated ? html`<p class="muted">The search read only part of a very connected neighbourhood; a shorter path may exist.</p>` : ''}
${result === null ? '' : result.path === null
    ? html`<p class="muted">No path between ${nodeLink(result.from)} and ${nodeLink(result.to)} within ${result.maxHops} hops.${noPathHint(result.maxHops, form.viaDocuments === true)}</p>`
    : html`<ol class="path">${result.path.nodes.map((n, i) => {
      const e = i > 0 ? result.path!.edges[i - 1] : null;
      return html`<li>${e ? html`<code class="muted">${e.from === n.key ? '←' : '→'} ${e.kind}</code> ` : ''}${nodeLink(n)}</li>`;
    })}</ol>`}`,
  });
}

/** What to try next when no path was found within the limits asked. */
function noPathHint(maxHops: number, viaDocuments: boolean): string {
  const tries = [maxHops < MAX_PATH_HOPS ? `more hops (up to ${MAX_PATH_HOPS})` : null, viaDocuments ? null : 'paths through documents that name both'].filter(Boolean);
  return tries.length ? ` Try ${tries.join(', or ')}.` : '';
}
