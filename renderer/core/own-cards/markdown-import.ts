// Cards in the deck's own Markdown format (content/*.md): YAML front matter between --- lines,
// then the answer. A file may hold one card, as the deck's do, or several one after another, as
// cardsToMarkdown writes them. A card starts at a '---' line followed by an 'id:' or 'kind:'
// line, outside a fenced code block, so an answer's own '---' rules and code samples stay in it.
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { checkDraft, IMPORT_MAX_BYTES, IMPORT_MAX_CARDS, type ImportProblem, type ImportResult, type ImportTarget, type OwnCardDraft } from './draft';

const FRONT_KEYS = ['id', 'kind', 'locale', 'section', 'sectionName', 'prompt', 'context', 'keyPoints', 'parent', 'tags'] as const;
type FrontKey = (typeof FRONT_KEYS)[number];

interface Candidate {
  draft: OwnCardDraft;
  /** 1-based line of the card's opening '---'. */
  start: number;
  /** 1-based line of each front matter key, and of the answer's first line. */
  lineOf: Map<string, number>;
}

interface CardBlock {
  /** 0-based line of the opening '---'. */
  start: number;
  front: string[];
  body: string[];
}

export function parseCardsMarkdown(text: string, target: ImportTarget): ImportResult {
  if (text.length > IMPORT_MAX_BYTES) return { rows: [], problems: [{ line: 0, code: 'file-too-large' }] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const blocks = splitCards(lines);
  const result: ImportResult = { rows: [], problems: [] };
  const candidates: Candidate[] = [];
  if (blocks.length === 0) {
    if (lines.some((line) => line.trim() !== '')) result.problems.push({ line: 1, code: 'no-front-matter' });
    return result;
  }
  for (const [index, block] of blocks.entries()) {
    if (index >= IMPORT_MAX_CARDS) {
      result.problems.push({ line: block.start + 1, code: 'too-many-cards' });
      break;
    }
    const read = readCard(block, target);
    if ('code' in read) result.problems.push(read);
    else candidates.push(read);
  }
  // Checked once every card is read, so that a fact may name a parent further down the file.
  const fileIds = new Set(candidates.map(({ draft }) => draft.sourceId).filter((id) => typeof id === 'string' && id !== ''));
  for (const { draft, start, lineOf } of candidates) {
    const problem = typeof draft.sourceId === 'string' ? checkDraft(draft, fileIds) : { code: 'wrong-type' as const, field: 'id' as const };
    if (!problem) {
      result.rows.push({ line: start, card: draft });
      continue;
    }
    const line = (problem.field && lineOf.get(problem.field)) ?? start;
    result.problems.push({ line, ...problem });
  }
  result.problems.sort((a, b) => a.line - b.line);
  return result;
}

function splitCards(lines: readonly string[]): CardBlock[] {
  const blocks: CardBlock[] = [];
  let current: CardBlock | undefined;
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence === undefined && line.trimEnd() === '---' && /^(id|kind)\s*:/.test(lines[i + 1] ?? '')) {
      const close = lines.findIndex((l, j) => j > i && l.trimEnd() === '---');
      if (close !== -1) {
        current = { start: i, front: lines.slice(i + 1, close), body: [] };
        blocks.push(current);
        i = close;
        continue;
      }
    }
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (opener && (fence === undefined || (opener[0] === fence[0] && opener.length >= fence.length))) fence = fence === undefined ? opener : undefined;
    current?.body.push(line);
  }
  return blocks;
}

function readCard(block: CardBlock, target: ImportTarget): Candidate | ImportProblem {
  const frontLine = block.start + 2; // 1-based line of the front matter's first line
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.front.join('\n'), { lineCounter, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError || !isMap(doc.contents)) {
    const at = yamlError?.linePos?.[0].line ?? 1;
    return { line: frontLine + at - 1, code: 'bad-yaml' };
  }
  const lineOf = new Map<string, number>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const at = isScalar(pair.key) && pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : 1;
    if (!(FRONT_KEYS as readonly string[]).includes(key)) return { line: frontLine + at - 1, code: 'unknown-field' };
    lineOf.set(key, frontLine + at - 1);
  }
  lineOf.set('answer', block.start + block.front.length + 3);
  const front = doc.toJS() as Partial<Record<FrontKey, unknown>>;
  // Fields keep the types the YAML gave them: the validator checks each (sourceId the caller).
  const draft = {
    sourceId: front.id === undefined ? '' : front.id,
    kind: front.kind,
    locale: front.locale ?? target.locale,
    section: front.section ?? target.section,
    sectionName: front.sectionName ?? (front.section === undefined ? target.sectionName : ''),
    prompt: front.prompt,
    context: front.context ?? '',
    keyPoints: front.keyPoints ?? [],
    answer: block.body.join('\n').trim(),
    tags: front.tags ?? [],
    parent: front.parent ?? '',
  } as OwnCardDraft;
  return { draft, start: block.start + 1, lineOf };
}
