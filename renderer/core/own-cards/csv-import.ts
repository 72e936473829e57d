// Cards from CSV or tab-separated text, as Anki and Quizlet export them: front, back and tags
// columns. Anki's header lines (#separator:tab, #html:true, #tags column:3, #guid column:1, ...)
// are read; without them the first column is the front, the second the back, the third the tags.
// The quoting (quotes, doubled quotes, fields across lines) is csv-reader's; each of its records
// knows the line where it starts, which names the bad lines reported here.
import { readCsvRecords } from './csv-reader';
import { decodeText } from './decode-text';
import { checkDraft, IMPORT_MAX_BYTES, IMPORT_MAX_CARDS, type ImportResult, type ImportTarget, type OwnCardDraft } from './draft';
import { htmlToMarkdown, htmlToPlainText, looksLikeHtml, oneLine } from './html-to-text';
import { toKebab } from './own-card';

export type Delimiter = ',' | '\t';

export interface CsvImportOptions extends ImportTarget {
  /** 'auto' (default): the file's #separator header, else a tab if the first record has one. */
  delimiter?: Delimiter | 'auto';
}

interface FileHeader {
  delimiter?: string;
  html?: boolean;
  /** 0-based column of each role the header names. */
  columns: { tags?: number; guid?: number; notetype?: number; deck?: number };
  /** Lines the header takes. */
  lines: number;
  /** Offset of the first character after it. */
  end: number;
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ' };

export function parseCardsCsv(bytes: Uint8Array, options: CsvImportOptions): ImportResult {
  if (bytes.length > IMPORT_MAX_BYTES) return { rows: [], problems: [{ line: 0, code: 'file-too-large' }] };
  const text = decodeText(bytes);
  const header = readHeader(text);
  const body = text.slice(header.end);
  const delimiter = options.delimiter === ',' || options.delimiter === '\t' ? options.delimiter : (header.delimiter ?? guessDelimiter(body));
  const roles = new Set(Object.values(header.columns));
  const tagsColumn = header.columns.tags ?? (roles.size === 0 ? 2 : undefined);
  if (tagsColumn !== undefined) roles.add(tagsColumn);

  const result: ImportResult = { rows: [], problems: [] };
  let cards = 0;
  for (const record of readCsvRecords(body, delimiter, header.lines + 1)) {
    if (record.fields.every((field) => field.trim() === '')) continue;
    if (++cards > IMPORT_MAX_CARDS) {
      result.problems.push({ line: record.line, code: 'too-many-cards' });
      break;
    }
    if (record.problem) {
      result.problems.push({ line: record.line, code: record.problem });
      continue;
    }
    const card = toDraft(record.fields, header, roles, tagsColumn, options);
    const problem = checkDraft(card);
    if (problem) result.problems.push({ line: record.line, ...problem });
    else result.rows.push({ line: record.line, card });
  }
  return result;
}

function toDraft(fields: readonly string[], header: FileHeader, roles: ReadonlySet<number>, tagsColumn: number | undefined, target: ImportTarget): OwnCardDraft {
  const content = fields.filter((_, column) => !roles.has(column));
  const front = content[0] ?? '';
  const back = content[1] ?? '';
  const html = (field: string) => header.html ?? looksLikeHtml(field);
  const guid = header.columns.guid === undefined ? '' : (fields[header.columns.guid] ?? '').trim();
  const rawTags = tagsColumn === undefined ? '' : (fields[tagsColumn] ?? '');
  return {
    sourceId: guid,
    kind: target.kind ?? 'fact',
    locale: target.locale,
    section: target.section,
    sectionName: target.sectionName,
    prompt: html(front) ? htmlToPlainText(front) : oneLine(front),
    context: '',
    keyPoints: [],
    answer: html(back) ? htmlToMarkdown(back) : back.replace(/\r\n?/g, '\n').trim(),
    tags: splitTags(rawTags),
    parent: '',
  };
}

/** Anki's tags are space-separated and may be anything ("MLOps::Deploy"); ours are kebab-case. */
export function splitTags(field: string): string[] {
  const tags = field.split(/\s+/).map(toKebab).filter((tag) => tag !== '');
  return [...new Set(tags)];
}

/** Anki's "#key:value" lines at the top of the file. */
function readHeader(text: string): FileHeader {
  const header: FileHeader = { columns: {}, lines: 0, end: 0 };
  const pattern = /#([a-z ]+):([^\r\n]*)(\r\n|\n|\r|$)/iy;
  let match: RegExpExecArray | null;
  while ((match = (pattern.lastIndex = header.end, pattern.exec(text)))) {
    const key = match[1]!.trim().toLowerCase();
    const value = match[2]!.trim();
    if (key === 'separator') header.delimiter = SEPARATORS[value.toLowerCase()] ?? (value.length === 1 && value !== '"' ? value : undefined);
    else if (key === 'html') header.html = value.toLowerCase() === 'true';
    else {
      const column = /^(tags|guid|notetype|deck) column$/.exec(key)?.[1] as keyof FileHeader['columns'] | undefined;
      const index = Number.parseInt(value, 10);
      if (column && index >= 1) header.columns[column] = index - 1;
    }
    header.lines += 1;
    header.end += match[0].length;
    if (match[3] === '') break;
  }
  return header;
}

function guessDelimiter(body: string): Delimiter {
  const firstLine = /^[^\r\n]*/.exec(body.replace(/^(\s*\r?\n)+/, ''))![0];
  return firstLine.includes('\t') ? '\t' : ',';
}
