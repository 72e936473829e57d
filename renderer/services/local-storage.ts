/**
 * localStorage, or undefined where the browser refuses it. What the app keeps there (the progress
 * marker, the answers kept on the way out) is a safety net: without it the app still runs.
 */
export function localStorageOrNone(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
