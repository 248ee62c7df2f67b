// Site furniture (cookie banners, page header/footer, share bars) must not become document text.
import { describe, expect, it } from 'vitest';
import { loadDocumentBytes } from '../../../ingest/load-document.js';

const page = `<!doctype html><html><head><title>Side event</title></head><body>
<div id="cookie-banner" class="cookie-compliance">We use cookies to improve your experience. <a href="/privacy">Learn more</a></div>
<header class="site-header"><a href="/">Home</a> <a href="/news">News</a></header>
<main><article>
<header><h1>Launch of the regional report on forced labour</h1></header>
<p>Date: 3 March 2025, 10:00-11:30 CET, online via Zoom</p>
<p>Speakers include Dr. Jane Roe, Director, Example Institute.<sup><a href="#fn1" id="r1">1</a></sup></p>
<div class="social-share"><a href="https://twitter.example/share">Share on X</a> YouTube</div>
<footer><ol class="footnotes"><li id="fn1">Example Institute (2024), Regional Report. <a href="#r1">↩</a></li></ol></footer>
</article></main>
<footer class="site-footer">© 2025 Example Organization. Follow us on YouTube.</footer>
</body></html>`;

describe('HTML site chrome', () => {
  it('drops banners, site header/footer and share bars but keeps the article, its header and its notes', async () => {
    const doc = await loadDocumentBytes(new TextEncoder().encode(page), 'page.html');
    expect(doc.text).not.toMatch(/cookies/i);
    expect(doc.text).not.toMatch(/Follow us|Share on X|News/);
    expect(doc.text).toContain('Launch of the regional report on forced labour');
    expect(doc.text).toContain('Speakers include Dr. Jane Roe');
    const notes = doc.blocks.filter((b) => b.kind === 'footnote');
    expect(notes.map((b) => b.marker)).toEqual(['1']);
    expect(doc.text.slice(notes[0].start, notes[0].end)).toContain('Regional Report');
  });
});
