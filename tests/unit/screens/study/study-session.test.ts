// The study session over a real AppModel on an in-memory IndexedDB: what the learner sees after
// each action, and what the database holds.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openFlashcardsDb, type FlashcardsDb } from '../../../../renderer/db/db';
import { loadReviewCount } from '../../../../renderer/db/review-log';
import { AppModel } from '../../../../renderer/model/app-model.svelte';
import { MAX_ANSWER_MS, StudySession, type SessionFocus } from '../../../../renderer/screens/study/study-session.svelte';
import type { StudyMode } from '../../../../renderer/screens/study/study-mode';
import { sampleDeck as deck, sampleHost as host } from '../../model/sample-host';

let db: FlashcardsDb;
let n = 0;
afterEach(async () => {
  await db?.delete();
});

async function start(mode: StudyMode = { kind: 'scheduled', section: undefined }) {
  db = openFlashcardsDb(`study-session-${++n}`);
  const model = await AppModel.open(db, host);
  await model.useLocale(deck.locale);
  let clock = Date.UTC(2026, 5, 1, 12);
  const focus: SessionFocus[] = [];
  let lost = 0;
  const session = new StudySession(model, mode, () => model.cards, {
    now: () => clock,
    focus: (target) => focus.push(target),
    answerLost: () => (lost += 1),
  });
  return {
    model,
    session,
    focus,
    lost: () => lost,
    advance: (ms: number) => (clock += ms),
    shown: () => ({ locale: deck.locale, hash: deck.cards.find((c) => c.id === session.currentId)!.hash }),
  };
}

describe('StudySession', () => {
  it('reveals the answer with each grade’s interval, then records the grade and shows the next card', async () => {
    const { model, session, focus, advance, shown } = await start();
    const first = session.currentId;
    expect(first).toBeDefined();
    session.grade(3, shown()); // not revealed yet: nothing happens
    expect(session.currentId).toBe(first);

    advance(4_000);
    session.reveal();
    expect(session.revealed).toBe(true);
    expect(session.intervals![1]).toBeLessThan(session.intervals![4]);
    expect(focus.at(-1)).toBe('grades');

    session.grade(3, shown());
    expect(session.currentId).not.toBe(first);
    expect(session.revealed).toBe(false);
    expect(focus.at(-1)).toBe('show');
    await session.settled();
    expect(session.steps).toHaveLength(1);
    expect(session.steps[0]).toMatchObject({ cardId: first, answer: { rating: 3, durationMs: 4_000 } });
    expect(model.states.get(first!)?.reps).toBe(1);
    expect(await loadReviewCount(db)).toBe(1);
  });

  it('caps the time counted on one card', async () => {
    const { session, advance, shown } = await start();
    advance(MAX_ANSWER_MS * 3);
    session.reveal();
    session.grade(2, shown());
    await session.settled();
    expect(session.steps[0]!.answer.durationMs).toBe(MAX_ANSWER_MS);
  });

  it('undo takes the last answer back, even while it is still being written', async () => {
    const { model, session, shown } = await start();
    const first = session.currentId;
    session.reveal();
    session.grade(1, shown());
    await session.undo(); // the write is still on its way
    expect(session.currentId).toBe(first);
    expect(session.revealed).toBe(false);
    expect(session.steps).toHaveLength(0);
    expect(session.notice).toEqual({ kind: 'undone' });
    expect(model.states.has(first!)).toBe(false);
    expect(await loadReviewCount(db)).toBe(0);
  });

  it('an undo asked for while its answer is on its way holds back whatever reads the log', async () => {
    const { model, session, shown } = await start();
    session.reveal();
    session.grade(3, shown());
    const undone = session.undo(); // the learner leaves for the statistics right after U
    await model.written();
    expect(await loadReviewCount(db)).toBe(0);
    await undone;
  });

  it('an undo asked for while its answer is on its way stops the page from keeping that answer on its way out', async () => {
    const { model, session, shown } = await start();
    session.reveal();
    session.grade(3, shown());
    session.reveal();
    session.grade(4, shown());
    const [earlier, last] = model.answersOnTheirWay();
    expect(last).toBeDefined();
    const undone = session.undo();
    // The page going away now would keep only the answer not taken back (main.ts, pagehide).
    expect(model.answersOnTheirWay()).toEqual([earlier]);
    await undone;
    expect(await loadReviewCount(db)).toBe(1);
  });

  it('free practice that does not count walks its list and writes nothing', async () => {
    const cardIds = deck.cards.slice(0, 2).map((c) => c.id);
    const { model, session, shown } = await start({ kind: 'practice', cardIds, updatesSchedule: false });
    expect(session.currentId).toBe(cardIds[0]);
    session.reveal();
    session.grade(4, shown());
    expect(session.currentId).toBe(cardIds[1]);
    await session.settled();
    expect(session.steps).toHaveLength(1);
    expect(session.steps[0]!.recorded).toBeUndefined();
    expect(model.states.size).toBe(0);
    expect(await loadReviewCount(db)).toBe(0);
    await session.undo();
    expect(session.currentId).toBe(cardIds[0]);
    expect(session.practiceIndex).toBe(0);
  });

  it('brings the card back, revealed, when its answer could not be written', async () => {
    const { session, shown, lost } = await start();
    const first = session.currentId;
    db.reviews.add = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.reviews.add;
    session.reveal();
    session.grade(3, shown());
    expect(session.currentId).not.toBe(first);
    await session.settled();
    expect(session.currentId).toBe(first);
    expect(session.revealed).toBe(true);
    expect(session.error).toBe('save-failed');
    expect(session.steps).toHaveLength(0);
    expect(lost()).toBe(1);
  });

  it('refuses a grade while the clock says before 2000, staying on the card, and records it once the clock is right', async () => {
    const { session, shown, advance } = await start();
    const first = session.currentId;
    session.reveal();
    advance(Date.UTC(1999, 0, 1) - Date.UTC(2026, 5, 1, 12));
    session.grade(3, shown());
    expect(session.error).toBe('clock-wrong');
    expect(session.currentId).toBe(first);
    expect(session.revealed).toBe(true);
    await session.flag(2);
    expect(session.error).toBe('clock-wrong');
    expect(await db.reviews.count()).toBe(0);
    expect(await db.userCardData.count()).toBe(0);

    advance(Date.UTC(2026, 5, 1, 12) - Date.UTC(1999, 0, 1));
    session.grade(3, shown());
    expect(session.error).toBeUndefined();
    await session.settled();
    expect(session.steps).toHaveLength(1);
  });

  it('flags with a colour and takes the flag off with the same colour', async () => {
    const { model, session } = await start();
    const cardId = session.currentId!;
    await session.flag(2);
    expect(model.userData.get(cardId)?.flag).toBe(2);
    expect(session.notice).toEqual({ kind: 'flagged', flag: 2 });
    await session.flag(2);
    expect(model.userData.get(cardId)?.flag).toBe(0);
    expect(session.notice).toEqual({ kind: 'unflagged' });
  });

  it('buries a card until tomorrow and moves on to another', async () => {
    const { model, session } = await start();
    const cardId = session.currentId!;
    await session.setAside('bury');
    expect(model.userData.get(cardId)?.buriedUntil).toBeGreaterThan(0);
    expect(session.currentId).not.toBe(cardId);
    expect(session.notice).toEqual({ kind: 'buried' });
  });

  it('saves a trimmed note and flips the card to the other language and back', async () => {
    const { model, session } = await start();
    const cardId = session.currentId!;
    expect(await session.saveNote('  rever o exemplo  ')).toBe(true);
    expect(model.userData.get(cardId)?.note).toBe('rever o exemplo');
    session.flip('pt-BR', 'en');
    expect(session.flipped).toBe(true);
    expect(session.notice).toEqual({ kind: 'flipped', locale: 'en' });
    session.flip('pt-BR', 'en');
    expect(session.notice).toEqual({ kind: 'flipped', locale: 'pt-BR' });
  });
});
