// Bytes of an imported file as text: UTF-8 when the bytes are valid UTF-8, else Windows-1252,
// what Excel and older Anki/Quizlet exports on Windows write.

// Windows-1252's 0x80-0x9F, where it differs from Latin-1. Node's TextDecoder('windows-1252')
// decodes these as Latin-1 control characters (Chromium gets them right), so they are mapped
// here for both; the five bytes Windows-1252 leaves undefined stay as they are.
const C1: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    // fatal: invalid UTF-8 throws instead of turning into U+FFFD; a BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0)] ?? c);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
