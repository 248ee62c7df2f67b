// The HTML error page for explorer routes (the API answers JSON instead).
import { html } from '../html.js';
import { layout } from '../layout.js';

export function renderErrorPage(status: number, code: string, message: string): string {
  return layout({
    title: `Error ${status}`,
    body: html`<h1>Error ${status}</h1><p class="error"><code>${code}</code> ${message}</p><p><a href="/">Back to search</a></p>`,
  });
}
