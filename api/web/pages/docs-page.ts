// The API docs page: every operation of the OpenAPI document with its parameters, server-rendered.
import { html } from '../html.js';
import { layout } from '../layout.js';

type Json = Record<string, any>;

export function renderDocsPage(openapi: Json): string {
  const ops: Array<{ method: string; path: string; op: Json }> = [];
  for (const [path, item] of Object.entries(openapi.paths as Json)) {
    for (const [method, op] of Object.entries(item as Json)) ops.push({ method, path, op: op as Json });
  }
  return layout({
    title: 'API',
    body: html`<h1>citegraph API</h1>
<p>${openapi.info?.description ?? ''}</p>
<p>Machine-readable: <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>. Lists take <code>limit</code> (at most 100) and an opaque <code>cursor</code> (the previous page's <code>nextCursor</code>). Errors are <code>{"error":{"code","message","details"}}</code>.</p>
<table><thead><tr><th>Method</th><th>Path</th><th>What</th><th>Parameters</th></tr></thead><tbody>
${ops.map(({ method, path, op }) => html`<tr id="${op.operationId}">
<td><code>${method.toUpperCase()}</code>${op.security ? html` <span class="muted">(bearer)</span>` : ''}</td>
<td><code>${path}</code></td>
<td>${op.summary}</td>
<td>${(op.parameters as Json[]).map((p) => html`<div><code>${p.name}</code> <span class="muted">${p.in}${p.required ? ', required' : ''}</span>${p.description ? html` — ${p.description}` : ''}</div>`)}
${op.requestBody ? html`<div class="muted">body: ${Object.keys(op.requestBody.content).join(' or ')}</div>` : ''}</td>
</tr>`)}
</tbody></table>`,
  });
}
