// Signed-but-hostile progress files: valid JSON with a correct checksum, so that every check
// behind the checksum is reached. A value nested tens of thousands of levels deep cannot be built
// by recursive code (canonicalJson, JSON.stringify overflow the stack), so it is written as text:
// the body holds a marker string where the raw JSON goes, in the checksum's text and the file's.
import { createHash } from 'node:crypto';
import { buildProgressFile, canonicalJson, type ProgressFileV1 } from '../../../renderer/core/progress-file';
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
 * The text of a file with a correct checksum. `edit` changes the body (as plain data) before it is
 * signed; each `raws[name]` replaces the marker raw(name) wherever it appears.
 */
export async function signedText(
  input: { reviews?: ReviewEvent[]; userCardData?: UserCardData[]; settings?: SettingsRow[] },
  edit: (body: Record<string, unknown>) => void = () => {},
  raws: Record<string, string> = {},
): Promise<string> {
  const { checksum: _, ...body } = (await buildProgressFile({ appVersion: '0.1.0', deviceId: 'hostile', now: HOSTILE_NOW, reviews: [], ...input })) as ProgressFileV1;
  edit(body as Record<string, unknown>);
  const splice = (text: string) => Object.entries(raws).reduce((t, [name, json]) => t.split(JSON.stringify(raw(name))).join(json), text);
  const checksum = createHash('sha256').update(splice(canonicalJson(body))).digest('hex');
  return splice(JSON.stringify({ ...body, checksum }));
}
