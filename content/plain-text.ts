// The words of a compiled answer without its markup, for search (renderer/core/search.ts) and
// the deck's own checks. The compiler's HTML comes from Markdown with raw HTML refused, so
// dropping the tags and decoding the entities Markdown escapes is enough.
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function plainTextOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
}
