import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MockInterview } from '../../../renderer/core/mock/mock-interview';
import { mergeProgress, mergeUserCardRow } from '../../../renderer/core/merge';
import type { OwnCard } from '../../../renderer/core/own-cards/own-card';
import { emptyProgress, type ProgressData } from '../../../renderer/core/progress-file';
import { canonicalJson } from '../../../renderer/core/progress-records';
import { replayReviews } from '../../../renderer/core/replay';
import { createScheduler } from '../../../renderer/core/scheduler';
import type { Rating, ReviewEvent, UserCardData } from '../../../renderer/core/types';

const scheduler = createScheduler();
const t0 = Date.UTC(2026, 0, 3, 9);

const event = (id: number, cardId: string, rating: Rating, at: number, deviceId = 'a'): ReviewEvent => ({
  // Ids are unique across laptops in the app (a random suffix); here the device makes them so.
  id: `${at.toString(36).padStart(9, '0')}-${deviceId}${String(id).padStart(11, '0')}`,
  cardId,
  rating,
  reviewedAt: at,
  durationMs: 1000,
  deviceId,
});
const row = (cardId: string, changes: Partial<UserCardData> = {}): UserCardData => ({
  cardId, flag: 0, suspended: 0, buriedUntil: 0, note: '', seenHash: '', updatedAt: 0, ...changes,
});

/** A laptop's progress: events with ids unique to the laptop, some shared with the other one. */
const laptop = (device: string) =>
  fc.record({
    reviews: fc.array(
      fc.record({ n: fc.nat(40), card: fc.constantFrom('a', 'b', 'c', 'gone/x'), rating: fc.constantFrom<Rating>(1, 2, 3, 4), day: fc.nat(300) }),
      { maxLength: 40 },
    ).map((list) => list.map((e) => event(e.n, e.card, e.rating, t0 + e.day * 86_400_000 + e.n, device))),
    userCardData: fc.uniqueArray(
      fc.record({ cardId: fc.constantFrom('a', 'b', 'c'), flag: fc.constantFrom<0 | 1 | 2>(0, 1, 2), note: fc.constantFrom('', 'n1', 'n2'), updatedAt: fc.constantFrom(0, t0, t0 + 5), seenHash: fc.constantFrom('', 'pt-BR:1', 'pt-BR:2') }),
      { selector: (r) => r.cardId },
    ).map((rows) => rows.map((r) => row(r.cardId, r))),
    settings: fc.uniqueArray(fc.record({ key: fc.constantFrom('theme', 'retention', 'limit'), value: fc.constantFrom<unknown>(1, 'x', { a: 1 }) }), { selector: (s) => s.key }),
    ownCards: fc.uniqueArray(
      fc.record({ id: fc.constantFrom('own/aaaaaaaaaaaa', 'own/bbbbbbbbbbbb'), prompt: fc.constantFrom('p1', 'p2'), updatedAt: fc.constantFrom(t0, t0 + 5, t0 + 9), deletedAt: fc.constantFrom(0, t0 + 5) }),
      { selector: (r) => r.id },
    ).map((rows) => rows.map(ownCard)),
    ownAnswers: fc.uniqueArray(fc.constantFrom(1, 2, 3), { maxLength: 3 }).map((ns) => ns.map((n) => ({ id: `answer${n}00-000000000000`, cardId: 'a', markdown: `v${n}`, savedAt: t0 + n, deviceId: 'x' }))),
    mockInterviews: fc.uniqueArray(
      fc.record({ id: fc.constantFrom('mock00001-000000000000', 'mock00002-000000000000'), status: fc.constantFrom<'running' | 'finished'>('running', 'finished'), updatedAt: fc.constantFrom(t0, t0 + 7), outline: fc.constantFrom('x', 'y') }),
      { selector: (r) => r.id },
    ).map((rows) => rows.map(mockInterview)),
    interviewDate: fc.option(fc.record({ interviewAt: fc.constantFrom(t0 + 10 * 86_400_000, t0 + 20 * 86_400_000), updatedAt: fc.constantFrom(t0, t0 + 3) }), { nil: null }).map((d) =>
      d ? { interviewAt: d.interviewAt, hasTime: false, ceilingMinutes: 0, sectionOrder: [], leftOut: [], setAt: t0, outcomeNote: '', updatedAt: d.updatedAt } : null,
    ),
    readiness: fc.uniqueArray(fc.record({ day: fc.constantFrom('2026-01-04', '2026-01-05'), overall: fc.constantFrom(0.1, 0.5) }), { selector: (r) => r.day }).map((rows) =>
      rows.map((r) => ({ ...r, interviewAt: t0, bySection: {} })),
    ),
  });

function ownCard(r: { id: string; prompt: string; updatedAt: number; deletedAt: number }): OwnCard {
  return { id: r.id, kind: 'fact', locale: 'pt-BR', section: 'basics', sectionName: '', prompt: r.prompt, context: '', keyPoints: [], answer: 'a', tags: [], parent: '', createdAt: t0, updatedAt: r.updatedAt, deletedAt: r.deletedAt };
}

function mockInterview(r: { id: string; status: 'running' | 'finished'; updatedAt: number; outline: string }): MockInterview {
  return {
    id: r.id, startedAt: t0, status: r.status, updatedAt: r.updatedAt, deviceId: 'x',
    settings: { sections: [], questionCount: 1, secondsPerQuestion: 60, locale: 'en', weakFirst: false, readAloud: false },
    questions: [{ cardId: 'a', startedAt: t0, endedAt: 0, outline: r.outline, suggested: [], covered: [], keyPointCount: 3, rating: 0, reviewId: '' }],
  };
}

/** Rows in a stable order, as text: what two laptops must agree on. */
const rowsOf = (data: ProgressData) => ({
  cards: byCard(data.userCardData),
  own: [...data.ownCards].map(canonicalJson).sort(),
  answers: [...data.ownAnswers].map(canonicalJson).sort(),
  mocks: [...data.mockInterviews].map(canonicalJson).sort(),
  readiness: [...data.readiness].map(canonicalJson).sort(),
  date: canonicalJson(data.interviewDate),
});

/** The same events as a shared history both laptops hold (imported earlier). */
const withShared = (data: ProgressData, shared: readonly ReviewEvent[]): ProgressData => ({
  ...data,
  reviews: dedupe([...shared, ...data.reviews]),
});
const dedupe = (events: ReviewEvent[]) => [...new Map(events.map((e) => [e.id, e])).values()];
const sortedIds = (events: readonly ReviewEvent[]) => events.map((e) => e.id).sort();
const byCard = (rows: readonly UserCardData[]) => [...rows].sort((x, y) => x.cardId.localeCompare(y.cardId)).map(canonicalJson);

function merged(local: ProgressData, incoming: ProgressData): ProgressData {
  const result = mergeProgress(local, incoming);
  if (!result.ok) throw new Error(`unexpected conflict ${result.conflict}`);
  return result.merged;
}

describe('mergeProgress', () => {
  it('two laptops importing each other end with the same union of histories and user data', () => {
    fc.assert(
      fc.property(laptop('a'), laptop('b'), laptop('s'), (a0, b0, s) => {
        const a = withShared({ ...a0, reviews: dedupe([...a0.reviews]) }, s.reviews);
        const b = withShared({ ...b0, reviews: dedupe([...b0.reviews]) }, s.reviews);
        const aAfter = merged(a, b);
        const bAfter = merged(b, a);
        expect(sortedIds(aAfter.reviews)).toEqual(sortedIds(bAfter.reviews));
        expect(new Set(sortedIds(aAfter.reviews))).toEqual(new Set([...sortedIds(a.reviews), ...sortedIds(b.reviews)]));
        expect(rowsOf(aAfter)).toEqual(rowsOf(bAfter));
        // The replayed schedules agree too: same events, same order, same states.
        expect(replayReviews(aAfter.reviews, scheduler)).toEqual(replayReviews(bAfter.reviews, scheduler));
      }),
      { numRuns: 150 },
    );
  });

  it('importing the same data twice changes nothing the second time', () => {
    fc.assert(
      fc.property(laptop('a'), laptop('b'), (a0, b1) => {
        // Files reach the merge parsed: no id twice with different contents.
        const a = { ...a0, reviews: dedupe(a0.reviews) };
        const b0 = { ...b1, reviews: dedupe(b1.reviews) };
        const once = merged(a, b0);
        const twice = mergeProgress(once, b0);
        expect(twice.ok && twice.added).toEqual([]);
        expect(twice.ok && rowsOf(twice.merged)).toEqual(rowsOf(once));
        expect(twice.ok && twice.merged.settings).toEqual(once.settings);
      }),
      { numRuns: 150 },
    );
  });

  it('a deletion travels, and loses only to an edit made after it', () => {
    const card = ownCard({ id: 'own/aaaaaaaaaaaa', prompt: 'p1', updatedAt: t0, deletedAt: 0 });
    const deleted = { ...card, updatedAt: t0 + 10, deletedAt: t0 + 10 };
    const laterEdit = { ...card, prompt: 'p2', updatedAt: t0 + 20 };
    expect(merged({ ...emptyProgress(), ownCards: [card] }, { ...emptyProgress(), ownCards: [deleted] }).ownCards).toEqual([deleted]);
    expect(merged({ ...emptyProgress(), ownCards: [deleted] }, { ...emptyProgress(), ownCards: [card] }).ownCards).toEqual([deleted]);
    expect(merged({ ...emptyProgress(), ownCards: [deleted] }, { ...emptyProgress(), ownCards: [laterEdit] }).ownCards).toEqual([laterEdit]);
  });

  it('a finished mock interview wins over a running copy, whatever their times', () => {
    const running = mockInterview({ id: 'mock00001-000000000000', status: 'running', updatedAt: t0 + 7, outline: 'y' });
    const finished = mockInterview({ id: 'mock00001-000000000000', status: 'finished', updatedAt: t0, outline: 'x' });
    expect(merged({ ...emptyProgress(), mockInterviews: [finished] }, { ...emptyProgress(), mockInterviews: [running] }).mockInterviews).toEqual([finished]);
    expect(merged({ ...emptyProgress(), mockInterviews: [running] }, { ...emptyProgress(), mockInterviews: [finished] }).mockInterviews).toEqual([finished]);
  });

  it('keeps the events of cards the deck does not know', () => {
    const local: ProgressData = emptyProgress();
    const incoming: ProgressData = { ...emptyProgress(), reviews: [event(1, 'removed/old-card', 3, t0)], userCardData: [row('removed/old-card', { note: 'x', updatedAt: t0 })] };
    const result = merged(local, incoming);
    expect(result.reviews.map((e) => e.cardId)).toEqual(['removed/old-card']);
    expect(result.userCardData.map((r) => r.cardId)).toEqual(['removed/old-card']);
  });

  it('refuses an event whose id is known here with other contents', () => {
    const mine = event(1, 'a', 3, t0);
    const result = mergeProgress({ ...emptyProgress(), reviews: [mine] }, { ...emptyProgress(), reviews: [{ ...mine, rating: 1 }] });
    expect(result).toEqual({ ok: false, conflict: mine.id });
  });

  it('keeps this computer\'s settings and adds the ones it never set', () => {
    const result = merged(
      { ...emptyProgress(), settings: [{ key: 'theme', value: 'dark' }] },
      { ...emptyProgress(), settings: [{ key: 'theme', value: 'light' }, { key: 'limit', value: 20 }] },
    );
    expect(result.settings).toEqual([{ key: 'theme', value: 'dark' }, { key: 'limit', value: 20 }]);
  });
});

describe('mergeUserCardRow', () => {
  it('lets the newer edit win, whichever side it is on', () => {
    const older = row('a', { flag: 1, updatedAt: t0 });
    const newer = row('a', { note: 'nova', updatedAt: t0 + 1 });
    expect(mergeUserCardRow(older, newer)).toEqual(newer);
    expect(mergeUserCardRow(newer, older)).toBe(newer);
    expect(mergeUserCardRow(undefined, older)).toBe(older);
  });

  it('breaks a tie the same way on both laptops', () => {
    const x = row('a', { flag: 1, updatedAt: t0 });
    const y = row('a', { flag: 2, updatedAt: t0 });
    expect(mergeUserCardRow(x, y)).toEqual(mergeUserCardRow(y, x));
  });

  it('keeps the seen hash when the winning edit has none', () => {
    // Answering records the seen hash without counting as an edit (updatedAt stays 0).
    const answered = row('a', { seenHash: 'pt-BR:abc' });
    const flagged = row('a', { flag: 3, updatedAt: t0 });
    expect(mergeUserCardRow(answered, flagged)).toEqual({ ...flagged, seenHash: 'pt-BR:abc' });
    expect(mergeUserCardRow(flagged, answered)).toEqual({ ...flagged, seenHash: 'pt-BR:abc' });
  });
});
