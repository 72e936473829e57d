// Files the app itself writes, in shapes the main round-trip test does not reach: each must read back.
import { describe, expect, it } from 'vitest';
import { buildProgressFile, parseProgressFile, serializeProgressFile } from '../../../renderer/core/progress-file';
import type { UserCardData } from '../../../renderer/core/types';

const now = Date.UTC(2026, 10, 25, 12);
const identity = { appVersion: '0.1.0', deviceId: 'dev1', now };
const row: UserCardData = { cardId: 'basics/what-is-mlops', flag: 1, suspended: 0, buriedUntil: 0, note: 'a\uD800b\u2028c\u2029d\uDFFF', seenHash: '', updatedAt: now };

describe('files the app writes read back', () => {
  it('a note with lone surrogates and line separators', async () => {
    const text = serializeProgressFile(buildProgressFile({ ...identity, userCardData: [row] }));
    // As the browser saves it: a Blob encodes the text as UTF-8.
    const parsed = await parseProgressFile(await new Blob([text]).text());
    expect(parsed).toMatchObject({ ok: true, file: { userCardData: [row] } });
  });

  it('a setting whose stored value is undefined', async () => {
    const text = serializeProgressFile(buildProgressFile({ ...identity, userCardData: [row], settings: [{ key: 'theme', value: undefined }] }));
    const parsed = await parseProgressFile(text);
    expect(parsed).toMatchObject({ ok: true, file: { userCardData: [row] } });
  });

  it('after git or a Windows editor turned its line ends into CRLF', async () => {
    const text = serializeProgressFile(buildProgressFile({ ...identity, userCardData: [row], settings: [{ key: 'theme', value: 'dark\r\n' }] }));
    const parsed = await parseProgressFile(text.replaceAll('\n', '\r\n'));
    expect(parsed).toEqual({ ok: true, file: (await parseProgressFile(text) as { file: unknown }).file });
  });

  it('an empty export with CRLF line ends', async () => {
    const text = serializeProgressFile(buildProgressFile(identity));
    expect((await parseProgressFile(text.replaceAll('\n', '\r\n'))).ok).toBe(true);
  });

  it('still refuses a CRLF file whose content was edited', async () => {
    const text = serializeProgressFile(buildProgressFile({ ...identity, userCardData: [row] })).replaceAll('\n', '\r\n');
    expect(await parseProgressFile(text.replace('"flag":1', '"flag":2'))).toMatchObject({ ok: false, error: 'checksum' });
  });
});
