// Deck answers arrive as HTML compiled from Markdown at build time; they are sanitised here,
// right before they are shown, whatever their source.
import DOMPurify from 'dompurify';

const cache = new Map<string, string>();

export function sanitizeHtml(html: string): string {
  let clean = cache.get(html);
  if (clean === undefined) {
    clean = purifyHtml(html);
    cache.set(html, clean);
  }
  return clean;
}

/** The sanitiser itself, without the cache (for text that changes at each key press). */
export function purifyHtml(html: string): string {
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'img'], FORBID_ATTR: ['style'] });
}
