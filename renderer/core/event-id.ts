// Event ids sort by time (a fixed-width base-36 timestamp) and never collide across laptops
// (random suffix), so merged logs from several machines keep one order and one key space.
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function newEventId(now: number, randomBytes: (n: number) => Uint8Array = defaultRandom): string {
  const time = Math.floor(now).toString(36).padStart(9, '0');
  const suffix = Array.from(randomBytes(12), (b) => ALPHABET[b % 36]).join('');
  return `${time}-${suffix}`;
}

function defaultRandom(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}
