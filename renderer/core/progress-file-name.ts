// A progress file's name and size limit: what the hosts and the model need of the file format at
// start, without its reader and writer (core/progress-file.ts), which load when a file is handled.

/**
 * The app must take back every file it writes: an answer takes about 130 bytes, so this holds about
 * two million answers (ten years of daily study is under 20 MB). Anything bigger is not ours.
 */
export const MAX_PROGRESS_FILE_BYTES = 256 * 1024 * 1024;

/** Size check before reading: the host refuses a file this function refuses, unread. */
export function isProgressFileTooLarge(bytes: number): boolean {
  return bytes > MAX_PROGRESS_FILE_BYTES;
}

export function progressFileName(now: number, kind: 'progress' | 'reviews' = 'progress', extension: 'json' | 'csv' = 'json'): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `mlops-flashcards-${kind}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${extension}`;
}
