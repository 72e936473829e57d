// Cards in the deck's own Markdown format (content/*.md): YAML front matter between --- lines,
// then the answer. A file may hold one card, as the deck's do, or several one after another, as
// cardsToMarkdown writes them. A card starts at a '---' line followed by an 'id:' or 'kind:'
// line, outside a fenced code block, so an answer's own '---' rules and code samples stay in it.
import { load, YAMLException } from 'js-yaml';
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
  let front: unknown;
  try {
    // js-yaml's default schema is YAML 1.2 core (no dates, no merge keys) and it refuses duplicate
    // keys; 100 aliases is the cap the former parser had.
    front = load(block.front.join('\n'), { maxAliases: 100 });
  } catch (error) {
    const at = error instanceof YAMLException && error.mark ? error.mark.line + 1 : 1;
    return { line: frontLine + at - 1, code: 'bad-yaml' };
  }
  if (!isRecord(front)) return { line: frontLine, code: 'bad-yaml' };
  const lineOf = new Map<string, number>();
  for (const key of Object.keys(front)) {
    const at = keyLine(block.front, key);
    if (!(FRONT_KEYS as readonly string[]).includes(key)) return { line: frontLine + at - 1, code: 'unknown-field' };
    lineOf.set(key, frontLine + at - 1);
  }
  lineOf.set('answer', block.start + block.front.length + 3);
  // Fields keep the types the YAML gave them: the validator checks each (sourceId the caller).
  const fields = front as Partial<Record<FrontKey, unknown>>;
  const draft = {
    sourceId: fields.id === undefined ? '' : fields.id,
    kind: fields.kind,
    locale: fields.locale ?? target.locale,
    section: fields.section ?? target.section,
    sectionName: fields.sectionName ?? (fields.section === undefined ? target.sectionName : ''),
    prompt: fields.prompt,
    context: fields.context ?? '',
    keyPoints: fields.keyPoints ?? [],
    answer: block.body.join('\n').trim(),
    tags: fields.tags ?? [],
    parent: fields.parent ?? '',
  } as OwnCardDraft;
  return { draft, start: block.start + 1, lineOf };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * 1-based line of a top-level key in the front matter. The parser gives values, not places, and a
 * top-level key is the only thing that may start a line at column 0 before a ':' (a block value's
 * lines are indented), so the first such line is the key's; 1 when written some rarer way.
 */
function keyLine(front: readonly string[], key: string): number {
  const index = front.findIndex((line) => {
    const match = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"][^:]*?)\s*:(\s|$)/.exec(line);
    if (!match) return false;
    const written = match[1]!;
    if (written.startsWith('"')) return unquoteDouble(written) === key;
    if (written.startsWith("'")) return written.slice(1, -1).replaceAll("''", "'") === key;
    return written === key;
  });
  return index + 1 || 1;
}

/** A double-quoted key read as JSON, which covers the escapes a key is likely to hold. */
function unquoteDouble(written: string): string | undefined {
  try {
    return JSON.parse(written) as string;
  } catch {
    return undefined;
  }
}
