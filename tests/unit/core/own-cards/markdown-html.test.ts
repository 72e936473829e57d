// No DOM in unit tests (neither jsdom nor happy-dom is installed, and DOMPurify without a DOM
// returns its input), so this checks the HTML that reaches the sanitiser: every tag in it must be
// one marked writes for Markdown, with only harmless attributes. The e2e tests render the same
// corpus through DOMPurify in Chromium.
import { describe, expect, it } from 'vitest';
import { parseCardsCsv } from '../../../../renderer/core/own-cards/csv-import';
import { parseCardsMarkdown } from '../../../../renderer/core/own-cards/markdown-import';
import { ownMarkdownToHtml } from '../../../../renderer/core/own-cards/markdown-html';
import { XSS_CORPUS } from '../../../fixtures/xss-corpus';

const TAGS = new Set(['p', 'br', 'hr', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input']);
const ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  a: new Set(['href', 'title', 'rel']),
  code: new Set(['class']),
  ol: new Set(['start']),
  th: new Set(['align']),
  td: new Set(['align']),
  input: new Set(['type', 'checked', 'disabled']),
};

/** What in `html` could run a script: tags and attributes outside the list, and unsafe links. */
function scriptCapable(html: string): string[] {
  const found: string[] = [];
  for (const [, name, attributes] of html.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const tag = name!.toLowerCase();
    if (!TAGS.has(tag)) found.push(`<${tag}>`);
    for (const [, attribute, value] of attributes!.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)) {
      if (!ATTRIBUTES[tag]?.has(attribute!.toLowerCase())) found.push(`${tag}[${attribute}]`);
      if (attribute === 'href' && !/^(https?:|mailto:|#)/i.test(value ?? '')) found.push(`href=${value}`);
      if (attribute === 'type' && value !== 'checkbox') found.push(`type=${value}`);
    }
  }
  // A '<' that starts no tag above but is not escaped would be a tag the pattern missed.
  if (/<(?![a-zA-Z/])/.test(html)) found.push('stray <');
  return found;
}

describe('ownMarkdownToHtml', () => {
  it('keeps Markdown formatting', () => {
    expect(ownMarkdownToHtml('**S**: *x*\n\n- a\n- [b](https://example.com "t")')).toBe(
      '<p><strong>S</strong>: <em>x</em></p>\n<ul>\n<li>a</li>\n<li><a href="https://example.com" title="t" rel="noopener noreferrer">b</a></li>\n</ul>',
    );
  });

  it('shows raw HTML as text, and a link to anything but the web or mail as its label', () => {
    expect(ownMarkdownToHtml('<b onclick="x()">hi</b>')).toBe('<p>&lt;b onclick=&quot;x()&quot;&gt;hi&lt;/b&gt;</p>');
    expect(ownMarkdownToHtml('[go](javascript:alert(1))')).toBe('<p>go</p>');
    expect(ownMarkdownToHtml('![alt text](https://example.com/x.png)')).toBe('<p>alt text</p>');
  });

  it('the checker itself finds a script-capable node', () => {
    expect(scriptCapable('<p><img src=x onerror="y"></p>')).toEqual(['<img>', 'img[src]', 'img[onerror]']);
    expect(scriptCapable('<a href="javascript:y">x</a>')).toEqual(['href=javascript:y']);
  });

  it.each(XSS_CORPUS.map((payload) => [payload.name, payload.text]))('leaves nothing script-capable: %s', (_, text) => {
    expect(scriptCapable(ownMarkdownToHtml(text))).toEqual([]);
    expect(scriptCapable(ownMarkdownToHtml(`Intro *text*\n\n${text}\n\n- item ${text}`))).toEqual([]);
  });
});

describe('XSS corpus through the imports', () => {
  const target = { locale: 'en' as const, section: 'own:x', sectionName: 'X' };
  const csvField = (text: string) => `"${text.replaceAll('"', '""')}"`;

  it('CSV, as HTML and as plain text: every answer renders safely', () => {
    for (const html of ['#html:true\n', '#html:false\n', '']) {
      const rows = XSS_CORPUS.map(({ text }) => [csvField(`Q ${text}`), csvField(`${text} after`), ''].join(','));
      const result = parseCardsCsv(new TextEncoder().encode(html + rows.join('\n')), target);
      expect(result.problems).toEqual([]);
      expect(result.rows).toHaveLength(XSS_CORPUS.length);
      for (const { card } of result.rows) expect(scriptCapable(ownMarkdownToHtml(card.answer))).toEqual([]);
    }
  });

  it('CSV: a payload in the tags column becomes kebab-case tags, or the line is refused as too long', () => {
    const rows = XSS_CORPUS.map(({ text }) => ['Q', 'A', csvField(text)].join(','));
    const result = parseCardsCsv(new TextEncoder().encode(rows.join('\n')), target);
    expect(result.rows.length).toBeGreaterThan(0);
    for (const { card } of result.rows) for (const tag of card.tags) expect(tag).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const problem of result.problems) expect(problem).toMatchObject({ code: 'too-long', field: 'tags' });
  });

  it('Markdown: payloads in prompt, context and key points are taken as plain text; in the answer they render safely; in a tag the card is refused', () => {
    for (const { text } of XSS_CORPUS) {
      const yamlText = JSON.stringify(text);
      const card = `---\nkind: question\nprompt: ${yamlText}\ncontext: ${yamlText}\nkeyPoints: [${yamlText}]\nsection: own:x\nsectionName: X\ntags: []\n---\n${text}\n`;
      const result = parseCardsMarkdown(card, target);
      expect(result.rows).toHaveLength(1);
      expect(result.rows[0]!.card).toMatchObject({ prompt: text, context: text, keyPoints: [text] });
      for (const { card: draft } of result.rows) expect(scriptCapable(ownMarkdownToHtml(draft.answer))).toEqual([]);
      const tagged = parseCardsMarkdown(`---\nkind: fact\nprompt: Q\ntags: [${yamlText}]\n---\nA\n`, target);
      expect(tagged.rows).toEqual([]);
    }
  });
});
