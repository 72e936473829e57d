import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../../renderer/core/storage-errors';

describe('classifyStorageError', () => {
  it('recognises a full disk, directly or wrapped by Dexie', () => {
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe('quota');
    expect(classifyStorageError(new Dexie.QuotaExceededError('full'))).toBe('quota');
  });

  it('recognises a closed database, and nothing else', () => {
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(classifyStorageError(new Error('boom'))).toBe('other');
    expect(classifyStorageError(undefined)).toBe('other');
  });
});
