// Signed-but-hostile progress files: valid JSON with a correct checksum, so that every check
// behind the checksum is reached. A value nested tens of thousands of levels deep cannot be built
// by recursive code (canonicalJson, JSON.stringify overflow the stack), so it is written as text:
// the body holds a marker string where the raw JSON goes, in the checksum's text and the file's.
import { createHash } from 'node:crypto';
import { buildProgressFileV1, type ProgressFileV1 } from '../../../renderer/core/progress-file-v1';
import { canonicalJson } from '../../../renderer/core/progress-records';
import type { ReviewEvent, SettingsRow, UserCardData } from '../../../renderer/core/types';

export const HOSTILE_NOW = Date.UTC(2026, 10, 25, 12);

/** `[[[…]]]`, `depth` levels deep, as text. */
export function deepArrayText(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** `{"a":{"a":…}}`, `depth` levels deep, as text. */
export function deepObjectText(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** A marker for signedText: the string that stands where the raw JSON goes. */
export const raw = (name: string) => `\u0000raw:${name}`;

/**
 * The text of a version-1 file with a correct checksum. `edit` changes the body (as plain data) before it is
 * signed; each `raws[name]` replaces the marker raw(name) wherever it appears.
 */
export async function signedText(
  input: { reviews?: ReviewEvent[]; userCardData?: UserCardData[]; settings?: SettingsRow[] },
  edit: (body: Record<string, unknown>) => void = () => {},
  raws: Record<string, string> = {},
): Promise<string> {
  const { checksum: _, ...body } = (await buildProgressFileV1({ appVersion: '0.1.0', deviceId: 'hostile', now: HOSTILE_NOW, reviews: [], ...input })) as ProgressFileV1;
  edit(body as Record<string, unknown>);
  const splice = (text: string) => Object.entries(raws).reduce((t, [name, json]) => t.split(JSON.stringify(raw(name))).join(json), text);
  const checksum = createHash('sha256').update(splice(canonicalJson(body))).digest('hex');
  return splice(JSON.stringify({ ...body, checksum }));
}

/**
 * The text of a version-2 file with a correct checksum, whatever its records hold: each record is
 * written as given (raw text or a value to stringify), one per line.
 */
export function signedLinesText(records: (object | string)[], header: Record<string, unknown> = {}): string {
  const head = { format: 'mlops-flashcards-progress', version: 2, appVersion: '0.1.0', exportedAt: new Date(HOSTILE_NOW).toISOString(), deviceId: 'hostile', ...header };
  const body = `${JSON.stringify(head).slice(0, -1)},"records":[\n` + records.map((r) => `${typeof r === 'string' ? r : JSON.stringify(r)},\n`).join('');
  const sha256 = createHash('sha256').update(body, 'utf8').digest('hex');
  return `${body}{"t":"end","records":${records.length},"sha256":"${sha256}"}\n]}\n`;
}

/** A version-2 file's text with its end record made right again: a file edited, then signed, so a change reaches the checks behind the hash. */
export function resignLines(text: string): string {
  const endAt = text.lastIndexOf('{"t":"end"');
  if (endAt < 0) return text;
  const body = text.slice(0, endAt);
  const sha256 = createHash('sha256').update(body, 'utf8').digest('hex');
  return `${body}{"t":"end","records":${body.split('\n').length - 2},"sha256":"${sha256}"}\n]}\n`;
}
