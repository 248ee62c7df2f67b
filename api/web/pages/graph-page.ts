// The graph view: a sigma.js canvas (drawn by /assets/graph-view.js from /api/v1/graph), a legend,
// and the same neighbourhood as a plain list so the page is useful without JavaScript.
import { MAX_GRAPH_DEPTH } from '../../../src/defaults.js';
import { EDGE_KINDS } from '../../../src/graph-model.js';
import { html } from '../html.js';
import { layout } from '../layout.js';
import { labelOf, legend, nodeLink } from '../components.js';
import type { GraphResponse } from '../../schemas/views.js';

export function renderGraphPage(g: GraphResponse, edgeKinds: readonly string[] = [], excludeEdgeKinds: readonly string[] = []): string {
  // The one exclusion the form offers: documents link every entity they name, and crowd a drawing.
  const hideMentions = excludeEdgeKinds.includes('MENTIONS');
  const focus = g.nodes.find((n) => n.key === g.focus);
  const byKey = new Map(g.nodes.map((n) => [n.key, n]));
  const others = g.nodes.filter((n) => n.key !== g.focus);
  return layout({
    title: `Graph: ${focus ? labelOf(focus) : g.focus}`,
    scripts: ['/assets/vendor/graphology.umd.min.js', '/assets/vendor/sigma.min.js', '/assets/graph-view.js'],
    body: html`<h1>Neighbourhood of ${focus ? nodeLink(focus) : g.focus}</h1>
<form class="filters" action="/graph" method="get">
<input type="hidden" name="focus" value="${g.focus}">
<label>Depth <select name="depth">${Array.from({ length: MAX_GRAPH_DEPTH }, (_, i) => i + 1).map((d) => html`<option value="${d}"${d === g.depth ? ' selected' : ''}>${d}</option>`)}</select></label>
<fieldset class="edge-kinds"><legend>Edge kinds (none ticked: all)</legend>
${EDGE_KINDS.map((k) => html`<label><input type="checkbox" name="edgeKinds" value="${k}"${edgeKinds.includes(k) ? ' checked' : ''}> ${k}</label> `)}
<br><label><input type="checkbox" name="excludeEdgeKinds" value="MENTIONS"${hideMentions ? ' checked' : ''}> Hide documents' mentions (MENTIONS)</label>
</fieldset>
<button type="submit">Redraw</button>
</form>
${legend()}
<div id="graph-canvas" data-focus="${g.focus}" data-depth="${g.depth}" data-edge-kinds="${edgeKinds.join(',')}" data-exclude-edge-kinds="${excludeEdgeKinds.join(',')}" data-expected-nodes="${g.nodes.length}"></div>
<p id="graph-status" class="muted">${g.nodes.length} nodes, ${g.edges.length} edges${g.truncated ? ' (truncated)' : ''}. The drawing needs JavaScript; the list below does not.</p>
<h2>Neighbours</h2>
<table><thead><tr><th>Node</th><th>Hops</th></tr></thead><tbody>
${others.map((n) => html`<tr><td>${nodeLink(n)}</td><td>${n.depth}</td></tr>`)}
</tbody></table>
<details class="edges"><summary>Edges (${g.edges.length})</summary>
<table><thead><tr><th>From</th><th>Edge</th><th>To</th></tr></thead><tbody>
${g.edges.slice(0, 300).map((e) => {
      const a = byKey.get(e.from);
      const b = byKey.get(e.to);
      return html`<tr><td>${a ? nodeLink(a, { badge: false }) : e.from}</td><td><code>${e.kind}</code></td><td>${b ? nodeLink(b, { badge: false }) : e.to}</td></tr>`;
    })}
</tbody></table></details>`,
  });
}
