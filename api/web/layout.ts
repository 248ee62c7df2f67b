// The page frame of the explorer: head, navigation with a search box, one stylesheet, no inline script.
import { html, type SafeHtml } from './html.js';

export interface LayoutInput {
  title: string;
  body: SafeHtml;
  /** Prefills the search box. */
  query?: string;
  /** Extra scripts (same-origin paths), loaded with `defer`. */
  scripts?: string[];
}

export function layout({ title, body, query, scripts = [] }: LayoutInput): string {
  return '<!doctype html>\n' + html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · citegraph</title>
<link rel="icon" type="image/svg+xml" href="/assets/favicon.svg">
<link rel="stylesheet" href="/assets/explorer.css">
<link rel="stylesheet" href="/assets/kinds.css">
${scripts.map((s) => html`<script defer src="${s}"></script>`)}
</head>
<body>
<header class="top">
<a class="brand" href="/">citegraph</a>
<nav><a href="/">Search</a> <a href="/paths">Paths</a> <a href="/links">Link rot</a> <a href="/api/docs">API</a></nav>
<form class="search" action="/search" method="get" role="search">
<input type="search" name="q" value="${query ?? ''}" placeholder="Person, organization, event, source, topic" aria-label="Search">
<button type="submit">Search</button>
</form>
</header>
<main>
${body}
</main>
</body>
</html>
`.value;
}
