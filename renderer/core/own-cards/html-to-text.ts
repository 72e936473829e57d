// Anki exports fields as HTML. A prompt is plain text and an answer is Markdown source, so the
// HTML becomes text: line breaks and lists are kept, bold and italics become Markdown, every
// other tag goes, and in an answer the characters Markdown would read as markup are escaped, so
// that what the HTML showed as text stays text (a "<script>" in it is shown, never parsed).

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

/** Tags that hold no text a reader sees: their contents go with them. */
const HIDDEN = /<(script|style|template|noscript|iframe|object|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Anki's media references, which point at files the import does not bring. */
const MEDIA = /\[sound:[^\]]*\]/g;
// Placeholders for markup kept as Markdown, out of reach of the escaping of the text around them.
const STRONG = '\u0001';
const EM = '\u0002';
const ITEM = '\u0003';

export function htmlToMarkdown(html: string): string {
  const marked = html
    .replace(HIDDEN, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, `\n${ITEM}`)
    .replace(/<\/(div|p|ul|ol|h[1-6]|tr|blockquote|pre)\s*>/gi, '\n')
    .replace(/<\/?(b|strong)\b[^>]*>/gi, STRONG)
    .replace(/<\/?(i|em)\b[^>]*>/gi, EM)
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(MEDIA, '');
  const escaped = decodeEntities(marked)
    .replace(/[\\`*_<>[\]]/g, '\\$&')
    .replace(/^([ \t]*)([#+-])(?=\s)/gm, '$1\\$2')
    .replace(/^([ \t]*)(\d+)([.)])(?=\s)/gm, '$1$2\\$3');
  return escaped
    .replaceAll(STRONG, '**')
    .replaceAll(EM, '*')
    .replaceAll(ITEM, '- ')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of plain text, as a prompt is. */
export function htmlToPlainText(html: string): string {
  return oneLine(
    decodeEntities(
      html
        .replace(HIDDEN, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<br\s*\/?>|<\/(div|p|li)\s*>/gi, ' ')
        .replace(/<\/?[a-z][^>]*>/gi, '')
        .replace(MEDIA, ''),
    ),
  );
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Does an Anki field look like HTML (when the file does not say)? */
export function looksLikeHtml(text: string): boolean {
  return /<(br|div|p|b|i|u|em|strong|span|img|ul|ol|li|a|font|sup|sub)\b[^>]*>|&(nbsp|amp|lt|gt|quot|#\d+);/i.test(text);
}
