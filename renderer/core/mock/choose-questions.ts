// Which questions a mock interview asks, in order. "Weak topics first" draws questions with
// weights that grow as the learner's recall of a question falls and as it and its facts lapse;
// otherwise every order is equally likely.
import { default_w, forgetting_curve } from 'ts-fsrs';
import type { CardSection } from '../study-card';
import { State, type CardState } from '../types';

export interface MockQuestion {
  id: string;
  section: CardSection;
}

export interface QuestionChoice {
  questions: readonly MockQuestion[];
  /** FSRS state of each card answered at least once, by card id. */
  states: ReadonlyMap<string, CardState>;
  /** The fact card ids of each question, by question id. */
  facts: ReadonlyMap<string, readonly string[]>;
  /** Lapses (Again on a card in review) in the last RECENT_LAPSE_DAYS, by card id. */
  recentLapses?: ReadonlyMap<string, number>;
  /** The sections to draw from; questions of other sections are never asked. */
  sections: readonly CardSection[];
  count: number;
  weakFirst: boolean;
  now: number;
  /** Uniform in [0, 1), injectable so a draw can be replayed. */
  random: () => number;
  /** FSRS weights in force (their decay shapes the forgetting curve); ts-fsrs's defaults if absent. */
  parameters?: readonly number[];
}

/** How far back the lapses that count are taken from the review log. */
export const RECENT_LAPSE_DAYS = 30;
/** Each recent lapse of a question or of one of its facts adds this to its weight. */
export const LAPSE_WEIGHT = 0.5;
/** Every question keeps this weight at least, so a well-known one can still be asked. */
export const MIN_WEIGHT = 0.05;
const DAY_MS = 86_400_000;

/** The learner's chance of recalling the card now; 0 for a card never answered. */
export function recallOf(state: CardState | undefined, now: number, parameters: readonly number[] = default_w): number {
  if (!state || state.state === State.New || state.lastReview === null || state.stability <= 0) return 0;
  const elapsedDays = Math.max(0, now - state.lastReview) / DAY_MS;
  return forgetting_curve(parameters, elapsedDays, state.stability);
}

/** Weight of a question in a weak-first draw: low recall and recent lapses raise it. */
export function weaknessOf(question: MockQuestion, choice: QuestionChoice): number {
  const recall = recallOf(choice.states.get(question.id), choice.now, choice.parameters);
  const lapses = [question.id, ...(choice.facts.get(question.id) ?? [])].reduce(
    (total, cardId) => total + (choice.recentLapses?.get(cardId) ?? 0),
    0,
  );
  return MIN_WEIGHT + (1 - recall) + LAPSE_WEIGHT * lapses;
}

/**
 * Up to `count` question ids (capped at what the sections hold), drawn without replacement.
 * Weighted sampling keys each question by log(u) / weight and takes the largest keys
 * (Efraimidis and Spirakis); with equal weights that is a uniform shuffle.
 */
export function chooseQuestions(choice: QuestionChoice): string[] {
  const sections = new Set(choice.sections);
  const keyed = choice.questions
    .filter((question) => sections.has(question.section))
    .map((question) => {
      const weight = choice.weakFirst ? weaknessOf(question, choice) : 1;
      return { id: question.id, key: Math.log(choice.random()) / weight };
    });
  keyed.sort((a, b) => b.key - a.key);
  return keyed.slice(0, Math.max(0, Math.floor(choice.count))).map((entry) => entry.id);
}
