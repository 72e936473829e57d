// The learner's own Markdown (answers, own cards, imports) as safe HTML: the renderer's only
// Markdown parser, loaded lazily by the screens that write or show own text.
import { ownMarkdownToHtml } from '../core/own-cards/markdown-html';
import { purifyHtml } from './markdown';

export function renderOwnMarkdown(source: string): string {
  // Not through sanitizeHtml's cache: a live preview renders a new text at each key press.
  return purifyHtml(ownMarkdownToHtml(source));
}
