import { describe, expect, it } from 'vitest';
import { isProgressLost, readMarker, writeMarker, type MarkerStorage } from '../../../renderer/services/loss-marker';
import { memoryStorage } from './memory-storage';

describe('progress marker', () => {
  it('round-trips, and ignores garbage', () => {
    const storage = memoryStorage();
    expect(readMarker(storage)).toBeUndefined();
    writeMarker(storage, { deviceId: 'd', reviewCount: 3 });
    expect(readMarker(storage)).toEqual({ deviceId: 'd', reviewCount: 3 });
    storage.data.set([...storage.data.keys()][0]!, '{not json');
    expect(readMarker(storage)).toBeUndefined();
  });

  it('says progress is lost only when an empty database follows answers', () => {
    expect(isProgressLost({ deviceId: 'd', reviewCount: 40 }, 0)).toBe(true);
    expect(isProgressLost({ deviceId: 'd', reviewCount: 40 }, 38)).toBe(false);
    expect(isProgressLost({ deviceId: 'd', reviewCount: 0 }, 0)).toBe(false);
    expect(isProgressLost(undefined, 0)).toBe(false);
  });

  it('survives a storage that refuses writes', () => {
    const storage: MarkerStorage = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(() => writeMarker(storage, { deviceId: 'd', reviewCount: 1 })).not.toThrow();
  });
});
