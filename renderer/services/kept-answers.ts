// Answers still on their way to the database when the page goes away (a reload, a closed tab).
// Their write reads before it writes, and dies with the page; a write begun then is aborted with
// the page's connection too. localStorage writes at once, so the page keeps them there, and the
// next start hands them to the held answers (db/held-reviews.ts), which join the log once.
import { reviewRowProblem } from '../core/review-row';
import type { ReviewEvent } from '../core/types';
import type { KeptAnswers } from '../model/app-model.svelte';

export const KEPT_ANSWERS_KEY = 'mlops-flashcards.answers-on-their-way';
/** More than a page could have on its way; a larger list was not written by the app. */
const MAX_KEPT = 1000;

export type KeptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Adds the answers to those kept (another tab may have kept some it has not handed over yet). */
export function keepAnswers(storage: KeptStorage | undefined, events: readonly ReviewEvent[]): void {
  if (!storage || events.length === 0) return;
  try {
    const kept = parseKept(storage.getItem(KEPT_ANSWERS_KEY));
    const ids = new Set(kept.map((e) => e.id));
    storage.setItem(KEPT_ANSWERS_KEY, JSON.stringify([...kept, ...events.filter((e) => !ids.has(e.id))].slice(-MAX_KEPT)));
  } catch (error) {
    // A full or disabled localStorage: these answers are lost, as they were before this net.
    console.warn(error);
  }
}

/** The answers pages kept, for AppModel.open to hold; `taken` then forgets them. */
export function readKeptAnswers(storage: KeptStorage | undefined): KeptAnswers | undefined {
  let raw: string | null;
  try {
    raw = storage?.getItem(KEPT_ANSWERS_KEY) ?? null;
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  const events = parseKept(raw);
  return {
    events,
    taken: () => forgetAnswers(storage, events),
  };
}

/**
 * Forgets kept answers: once they are held in the database, or when the page they were kept from
 * comes back (the back-forward cache) and writes them itself. Answers other tabs kept stay.
 */
export function forgetAnswers(storage: KeptStorage | undefined, events: readonly ReviewEvent[]): void {
  if (!storage) return;
  try {
    const raw = storage.getItem(KEPT_ANSWERS_KEY);
    if (raw === null) return;
    const forgotten = new Set(events.map((e) => e.id));
    // What is not a valid event goes too: nothing could ever take it.
    const left = parseKept(raw).filter((e) => !forgotten.has(e.id));
    if (left.length === 0) storage.removeItem(KEPT_ANSWERS_KEY);
    else storage.setItem(KEPT_ANSWERS_KEY, JSON.stringify(left));
  } catch (error) {
    console.warn(error); // held again at the next start: the held answers take each event once
  }
}

/** The valid events of a kept list; anything else (edited by hand, cut short) is dropped. */
function parseKept(raw: string | null): ReviewEvent[] {
  if (raw === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.slice(-MAX_KEPT).filter((row): row is ReviewEvent => reviewRowProblem(row) === undefined);
}
