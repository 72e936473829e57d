// The note of how the interview went is the learner's own text: kept as plain text (shown as text,
// never as HTML), without control characters, and of a bounded length.
export const OUTCOME_NOTE_MAX = 4000;

export function cleanOutcomeNote(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing them is the point
  const plain = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return plain.trim().slice(0, OUTCOME_NOTE_MAX);
}
