// The mock interview's model over a real (fake-indexeddb) database: the row written at each step,
// the outline kept as typed, and a checked answer recorded in the review log in the same
// transaction as the interview's row.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuestionCard } from '../../../content/schema';
import { defaultMockSettings, MOCK_SETTINGS_KEY } from '../../../renderer/core/mock/mock-run';
import { openFlashcardsDb, type FlashcardsDb } from '../../../renderer/db/db';
import { loadCardStates, loadReviewCount } from '../../../renderer/db/review-log';
import { AppModel } from '../../../renderer/model/app-model.svelte';
import { OUTLINE_SAVE_DELAY_MS } from '../../../renderer/model/mock-interviews.svelte';
import { OwnCards } from '../../../renderer/model/own-cards.svelte';
import { ownMarkdownToHtml } from '../../../renderer/core/own-cards/markdown-html';
import { sampleDeck as deck, sampleHost as host } from './sample-host';

const questions = deck.cards.filter((c): c is QuestionCard => c.kind === 'question');
const NOW = Date.UTC(2026, 5, 10, 15);
let db: FlashcardsDb;
let n = 0;

afterEach(async () => {
  vi.useRealTimers();
  await db?.delete();
});

async function openModel(): Promise<AppModel> {
  db = openFlashcardsDb(`mock-model-${++n}`);
  const model = await AppModel.open(db, host);
  await model.useLocale(deck.locale);
  return model;
}

const settings = (count: number) => ({ ...defaultMockSettings(deck.locale), questionCount: count, secondsPerQuestion: 60 });

describe('MockInterviews', () => {
  it('starts an interview over the chosen sections, remembers the set-up, and writes the row at once', async () => {
    const model = await openModel();
    const section = questions[0]!.section;
    const chosen = { ...settings(50), sections: [section] };
    const interview = await model.mock.start(chosen, NOW, () => 0.5);
    const inSection = questions.filter((q) => q.section === section);
    expect(interview.questions.map((q) => q.cardId).sort()).toEqual(inSection.map((q) => q.id).sort());
    expect(interview.questions.map((q) => q.keyPointCount)).toEqual(interview.questions.map((q) => questions.find((c) => c.id === q.cardId)!.keyPoints.length));
    expect(await db.mockInterviews.get(interview.id)).toEqual(interview);
    expect((await db.settings.get(MOCK_SETTINGS_KEY))?.value).toEqual(chosen);
    expect(await model.mock.loadSettings('en')).toEqual(chosen);
  });

  it('keeps the outline as it is typed, written once typing pauses', async () => {
    const model = await openModel();
    const interview = await model.mock.start(settings(1), NOW);
    vi.useFakeTimers();
    model.mock.typeOutline(0, 'dri', NOW + 1000);
    model.mock.typeOutline(0, 'drift', NOW + 1100);
    vi.advanceTimersByTime(OUTLINE_SAVE_DELAY_MS);
    vi.useRealTimers();
    await model.mock.flush();
    expect((await db.mockInterviews.get(interview.id))!.questions[0]!.outline).toBe('drift');
  });

  it('pre-ticks the key points the outline states, and records the checked answer with the row in one transaction', async () => {
    const model = await openModel();
    const interview = await model.mock.start(settings(2), NOW);
    const card = questions.find((q) => q.id === interview.questions[0]!.cardId)!;
    await model.mock.endAnswer(0, card.keyPoints[0]!, NOW + 90_000);
    expect(model.mock.current!.questions[0]!.suggested).toContain(0);
    const after = await model.mock.check(0, { covered: [0, 1], rating: 3, record: true }, NOW + 95_000);
    const stored = (await db.mockInterviews.get(interview.id))!;
    expect(stored).toEqual(after);
    const [event] = await db.reviews.toArray();
    expect(event).toMatchObject({ id: stored.questions[0]!.reviewId, cardId: card.id, rating: 3, reviewedAt: NOW + 95_000, durationMs: 90_000 });
    expect(stored.questions[0]).toMatchObject({ covered: [0, 1], rating: 3 });
    expect(stored.questions[1]!.startedAt).toBe(NOW + 95_000);
    // An answer like any other: the card's schedule, today's count and the log all moved.
    expect((await loadCardStates(db)).get(card.id)?.reps).toBe(1);
    expect(model.states.get(card.id)?.reps).toBe(1);
    expect(model.reviewCount).toBe(1);
  });

  it('writes neither the answer nor the row when the answer fails, and the check can be tried again', async () => {
    const model = await openModel();
    const interview = await model.mock.start(settings(2), NOW);
    await model.mock.endAnswer(0, '', NOW + 10_000);
    const before = await db.mockInterviews.get(interview.id);
    const add = db.reviews.add.bind(db.reviews);
    db.reviews.add = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.reviews.add;
    await expect(model.mock.check(0, { covered: [], rating: 1, record: true }, NOW + 20_000)).rejects.toThrow('disk full');
    expect(await db.mockInterviews.get(interview.id)).toEqual(before);
    expect(await loadReviewCount(db)).toBe(0);
    db.reviews.add = add;
    await model.mock.check(0, { covered: [], rating: 1, record: true }, NOW + 30_000);
    expect(await loadReviewCount(db)).toBe(1);
  });

  it('leaves the log alone when the learner chooses not to record, and finishes after the last question', async () => {
    const model = await openModel();
    const interview = await model.mock.start(settings(1), NOW);
    await model.mock.endAnswer(0, '', NOW + 10_000);
    const after = await model.mock.check(0, { covered: [2], rating: 4, record: false }, NOW + 20_000);
    expect(after).toMatchObject({ status: 'finished' });
    expect(after!.questions[0]).toMatchObject({ covered: [2], rating: 0, reviewId: '' });
    expect(await db.reviews.count()).toBe(0);
    expect(model.mock.current).toBeUndefined();
    expect(await model.mock.load(interview.id)).toEqual(after);
  });

  it('finds an interview left running after a restart, resumes it with its outline, or discards it with its recordings', async () => {
    const first = await openModel();
    const interview = await first.mock.start(settings(2), NOW);
    first.mock.typeOutline(0, 'half typed', NOW + 5000);
    await first.mock.flush();
    await first.mock.saveRecording(0, new Blob(['audio'], { type: 'audio/webm' }), NOW + 6000);

    const again = await AppModel.open(db, host);
    await again.useLocale(deck.locale);
    const running = await again.mock.findRunning();
    expect(running?.id).toBe(interview.id);
    await again.mock.resume(NOW + 3_600_000);
    expect(again.mock.current!.questions[0]).toMatchObject({ outline: 'half typed', startedAt: NOW + 3_600_000 });
    expect(await db.recordings.where('interviewId').equals(interview.id).count()).toBe(1);

    await again.mock.discard();
    expect(await db.mockInterviews.count()).toBe(0);
    expect(await db.recordings.count()).toBe(0);
    expect(await again.mock.findRunning()).toBeUndefined();
  });

  it('keeps one recording per question: recording again replaces it', async () => {
    const model = await openModel();
    await model.mock.start(settings(2), NOW);
    await model.mock.saveRecording(0, new Blob(['one']), NOW + 1000);
    await model.mock.saveRecording(0, new Blob(['second']), NOW + 2000);
    await model.mock.saveRecording(1, new Blob(['other']), NOW + 3000);
    const rows = await db.recordings.toArray();
    expect(rows.map((r) => [r.questionIndex, r.bytes]).sort()).toEqual([[0, 6], [1, 5]]);
  });

  it('counts recent lapses from the log for weak topics first', async () => {
    const model = await openModel();
    const id = questions[0]!.id;
    const DAY = 86_400_000;
    // Good until the card is in review, then Again: one lapse, ten days ago.
    for (const [days, rating] of [[40, 3], [39, 3], [30, 3], [10, 1]] as const) await model.answer(id, rating, NOW - days * DAY, 1000);
    expect(await model.mock.recentLapses(NOW)).toEqual(new Map([[id, 1]]));
    expect(await model.mock.recentLapses(NOW + 25 * DAY)).toEqual(new Map());
  });

  it("asks the learner's own question cards, each only in an interview in its own language, and within its own section", async () => {
    const model = await openModel();
    // Own cards render their Markdown with the app's lazy renderer (DOMPurify needs a DOM): here without it.
    const own = new OwnCards(db, async () => ownMarkdownToHtml);
    const base = { kind: 'question' as const, section: 'own:empresa-x', sectionName: 'Empresa X', context: '', keyPoints: ['Argo', 'Canary'], answer: 'x', tags: [], parent: '' };
    const english = await own.add({ ...base, locale: 'en', prompt: 'How does Empresa X ship models?' }, NOW);
    const portuguese = await own.add({ ...base, locale: 'pt-BR', prompt: 'Como a Empresa X implanta modelos?' }, NOW);
    (model as unknown as { own: OwnCards }).own = own;

    const onlyOwn = await model.mock.start({ ...settings(5), locale: 'en', sections: ['own:empresa-x'] }, NOW, () => 0.5);
    expect(onlyOwn.questions.map((q) => q.cardId)).toEqual([english.id]);
    expect(model.mock.question(english.id)?.prompt).toBe('How does Empresa X ship models?');
    await model.mock.discard();
    const everything = await model.mock.start({ ...settings(50), locale: 'en' }, NOW, () => 0.5);
    const asked = everything.questions.map((q) => q.cardId);
    expect(asked).toContain(english.id);
    expect(asked).not.toContain(portuguese.id);
    expect(asked).toHaveLength(questions.length + 1);
  });
});
