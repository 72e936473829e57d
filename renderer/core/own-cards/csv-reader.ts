// Reads delimiter-separated text as RFC 4180 records: fields split by one delimiter character,
// a field may be wrapped in double quotes, and inside quotes a doubled quote ("") stands for one
// quote while delimiters and line ends are plain text. Lines end with CRLF, LF or a lone CR.
// The text is already decoded (a byte order mark is dropped by the decoder).
//
// Each record carries the 1-based line where it starts, so that a caller can name a bad record
// by the line the user sees in an editor, even after fields that span several lines.
//
// Where a file breaks the rules, the reader is lenient in the way spreadsheets are, and says so:
// - a quote inside an unquoted field (`5" screen`) is kept as a plain character, no problem;
// - text right after a closing quote (`"a"b`) is kept and the record is marked 'bad-quotes';
// - a quote never closed takes the rest of the file into its field, and the record is marked
//   'unclosed-quote' (there is no sound place to resume).

export type CsvProblem = 'unclosed-quote' | 'bad-quotes';

export interface CsvRecord {
  /** 1-based line of the text where the record starts. */
  line: number;
  /** At least one field; an empty line gives a single empty field. */
  fields: string[];
  problem?: CsvProblem;
}

/**
 * Where the reader is inside the current field:
 * - 'field-start': nothing of the field read yet, so a quote here opens a quoted field;
 * - 'unquoted': inside a field that did not start with a quote;
 * - 'quoted': inside a quoted field;
 * - 'after-quote': just after a quote in a quoted field, either the closing one or the first of "".
 */
type State = 'field-start' | 'unquoted' | 'quoted' | 'after-quote';

const QUOTE = '"';

/**
 * Yields the records of `text` one at a time, so that a caller can stop early.
 * `delimiter` is one character; `firstLine` is the line number of the text's first character
 * (greater than 1 when the caller has already consumed header lines).
 */
export function* readCsvRecords(text: string, delimiter: string, firstLine = 1): Generator<CsvRecord> {
  if (delimiter.length !== 1 || delimiter === QUOTE || delimiter === '\r' || delimiter === '\n') {
    throw new Error(`Invalid CSV delimiter: ${JSON.stringify(delimiter)}`);
  }
  let state: State = 'field-start';
  let line = firstLine;
  let recordLine = firstLine;
  let fields: string[] = [];
  let field = '';
  let problem: CsvProblem | undefined;
  // True once the current record has consumed any character, so that the end of the text right
  // after a line end does not yield an extra empty record.
  let started = false;

  const takeRecord = (): CsvRecord => {
    fields.push(field);
    const record: CsvRecord = problem ? { line: recordLine, fields, problem } : { line: recordLine, fields };
    fields = [];
    field = '';
    problem = undefined;
    started = false;
    state = 'field-start';
    recordLine = line;
    return record;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    // A line end is CRLF, LF or a lone CR; `isLineEnd` is set on its last character, so CRLF
    // counts once.
    const isLineEnd = char === '\n' || (char === '\r' && text[i + 1] !== '\n');
    const isLineEndStart = char === '\n' || char === '\r';

    if (state === 'quoted') {
      // Inside quotes everything is text, line ends included (kept as written).
      if (char === QUOTE) state = 'after-quote';
      else field += char;
      if (isLineEnd) line += 1;
      continue;
    }

    if (state === 'after-quote' && char === QUOTE) {
      // "" inside a quoted field: one literal quote, and still inside the quotes.
      field += QUOTE;
      state = 'quoted';
      continue;
    }

    started = true;
    if (char === delimiter) {
      fields.push(field);
      field = '';
      state = 'field-start';
    } else if (isLineEndStart) {
      // The CR of a CRLF is skipped; the record ends on the LF.
      if (isLineEnd) {
        line += 1;
        yield takeRecord();
      }
    } else if (state === 'field-start' && char === QUOTE) {
      state = 'quoted';
    } else {
      if (state === 'after-quote') problem ??= 'bad-quotes';
      field += char;
      state = 'unquoted';
    }
  }

  if (state === 'quoted') {
    problem = 'unclosed-quote';
    yield takeRecord();
  } else if (started) {
    yield takeRecord();
  }
}
