// The log is the truth: whatever a learner does (answers, undo, bury, suspend, settings changes,
// travelling across time zones, a clock set back after running ahead), replaying `reviews`
// rebuilds `cardStates` and the statistics' slots exactly.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createSchedulerTimeline } from '../../../renderer/core/scheduler';
import { DEFAULT_SETTINGS } from '../../../renderer/core/settings';
import type { Rating } from '../../../renderer/core/types';
import { openFlashcardsDb } from '../../../renderer/db/db';
import { loadCardStates, rebuildCardStates, type RecordedAnswer } from '../../../renderer/db/review-log';
import { loadSettings } from '../../../renderer/db/settings-store';
import { AppModel } from '../../../renderer/model/app-model.svelte';
import { sampleDeck as deck, sampleHost as host } from '../../unit/model/sample-host';

const cardIds = deck.cards.map((c) => c.id);
const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

const cardIndex = fc.nat(cardIds.length - 1);
const action = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('answer' as const), card: cardIndex, rating: fc.constantFrom<Rating>(1, 2, 3, 4) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('undo' as const) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('bury' as const), card: cardIndex }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('suspend' as const), card: cardIndex, on: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('settings' as const),
      retention: fc.constantFrom(0.7, 0.85, 0.9, 0.97),
      steps: fc.constantFrom<string[]>(['1m', '10m'], ['5m'], [], ['1m', '1h', '1d']),
      fuzz: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('travel' as const), tz: fc.constantFrom('America/Sao_Paulo', 'America/New_York', 'Asia/Tokyo', 'Europe/Berlin') }) },
  // The clock set back (it was ahead, and is corrected): the next answers sort before earlier ones.
  { weight: 1, arbitrary: fc.record({ type: fc.constant('clockBack' as const), byMs: fc.integer({ min: 60_000, max: 6 * 24 * 3_600_000 }) }) },
);
const step = fc.record({ action, gapMs: fc.integer({ min: 1000, max: 9 * 24 * 3_600_000 }) });

let run = 0;
describe('the log is the truth', () => {
  it('replaying reviews rebuilds cardStates exactly after any history', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        process.env.TZ = 'America/Sao_Paulo';
        const db = openFlashcardsDb(`truth-${++run}`);
        const model = await AppModel.open(db, host, Date.UTC(2026, 0, 1));
        await model.useLocale('pt-BR');
        const undo: RecordedAnswer[] = [];
        let now = Date.UTC(2026, 0, 1, 12);
        for (const { action: a, gapMs } of steps) {
          now += gapMs;
          if (a.type === 'answer') undo.push(await model.answer(cardIds[a.card]!, a.rating, now, 1500));
          else if (a.type === 'undo') {
            const last = undo.pop();
            if (last) await model.undo(last);
          } else if (a.type === 'bury') await model.bury(cardIds[a.card]!, now);
          else if (a.type === 'suspend') await model.updateCard(cardIds[a.card]!, { suspended: a.on ? 1 : 0 }, now);
          else if (a.type === 'settings') {
            await model.saveSettings({ ...DEFAULT_SETTINGS, desiredRetention: a.retention, learningSteps: a.steps, relearningSteps: a.steps, fuzz: a.fuzz }, now);
          } else if (a.type === 'clockBack') now -= gapMs + a.byMs;
          else process.env.TZ = a.tz;
        }
        const stored = await loadCardStates(db);
        // The statistics' slots too: the writers kept them from the empty start.
        const storedStats = await db.reviewStats.toArray();
        const { history } = await loadSettings(db);
        const rebuilt = await rebuildCardStates(db, createSchedulerTimeline(history));
        expect(rebuilt).toEqual(stored);
        expect(await db.reviewStats.toArray()).toEqual(storedStats);
        expect(model.states).toEqual(stored);
        db.close();
        await db.delete();
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
