// The learner's Markdown as HTML, before the app's sanitiser (ui/own-markdown.ts) sees it. The
// deck refuses raw HTML at build time; a learner's text or an imported file cannot be refused
// that way, so here raw HTML is shown as text, a link keeps only a web or mail address, and an
// image becomes its description. The sanitiser still runs after this: two locks, not one.
import { Marked, type Tokens } from 'marked';

const SAFE_URL = /^(https?:|mailto:|#)/i;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const markdown = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    link({ href, title, tokens }: Tokens.Link) {
      const label = this.parser.parseInline(tokens);
      if (!SAFE_URL.test(href.trim())) return label;
      const titled = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(href.trim())}"${titled} rel="noopener noreferrer">${label}</a>`;
    },
    image({ text }: Tokens.Image) {
      return escapeHtml(text);
    },
  },
});

export function ownMarkdownToHtml(source: string): string {
  return (markdown.parse(source, { async: false }) as string).trim();
}
