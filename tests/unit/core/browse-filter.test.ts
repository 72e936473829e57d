import { describe, expect, it } from 'vitest';
import type { StudyCard } from '../../../renderer/core/study-card';
import type { CompiledCard } from '../../../content/schema';
import type { SectionId } from '../../../content/syllabus';
import {
  buildRows,
  cardStatus,
  filterRows,
  isFiltered,
  NO_FILTER,
  sortRows,
  type BrowseFilter,
  type BrowseRow,
  type CardMarks,
} from '../../../renderer/core/browse-filter';
import { endOfStudyDay } from '../../../renderer/core/study-day';
import type { CardState } from '../../../renderer/core/types';

const now = new Date(2026, 10, 25, 15, 0).getTime(); // local 3 pm
const dayEnd = endOfStudyDay(now);
const HOUR = 3_600_000;

function card(id: string, prompt: string, kind: 'question' | 'fact' = 'fact'): CompiledCard {
  const section = id.split('/')[0] as SectionId;
  const base = { id, section, prompt, tags: ['t'], answerHtml: `<p>answer of ${prompt}</p>`, hash: '0123456789abcdef' };
  return kind === 'question'
    ? { ...base, kind, context: 'c', keyPoints: ['k1', 'k2', 'k3'] }
    : { ...base, kind, parent: `${section}/q` };
}

function state(cardId: string, due: number, kind: CardState['state']): CardState {
  return { cardId, due, stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: kind, lastReview: now - HOUR };
}

// Deck order: a cloud question and fact, then basics. Prompts start with accents and capitals.
const cards = [
  card('cloud/q', 'Zebra na nuvem', 'question'),
  card('cloud/q--f', 'Ética na nuvem'),
  card('basics/q', 'abacate básico', 'question'),
  card('basics/q--f', 'eficiência'),
  card('technical/q--f', 'item 10'),
  card('technical/q--g', 'item 9'),
];
const states = new Map<string, CardState>([
  ['cloud/q', state('cloud/q', now + 2 * HOUR, 1)], // learning, due today
  ['cloud/q--f', state('cloud/q--f', now + 3 * 24 * HOUR, 2)], // review, in 3 days
  ['basics/q', state('basics/q', now - 24 * HOUR, 3)], // relearning, overdue
  ['technical/q--f', state('technical/q--f', dayEnd, 2)], // review, due exactly when the day ends
]);
const marks = new Map<string, CardMarks>([
  ['cloud/q--f', { flag: 1, suspended: 0, buriedUntil: 0 }],
  ['basics/q--f', { flag: 4, suspended: 1, buriedUntil: 0 }],
  ['technical/q--g', { flag: 0, suspended: 0, buriedUntil: now + HOUR }],
  ['technical/q--f', { flag: 0, suspended: 0, buriedUntil: now - HOUR }],
]);
const rows = buildRows(cards, states, marks, now);
const ids = (list: readonly BrowseRow[]) => list.map((row) => row.card.id);
const filter = (overrides: Partial<BrowseFilter>) => ids(filterRows(rows, { ...NO_FILTER, ...overrides }, { dayEnd }));
const sortOptions = {
  collator: new Intl.Collator('pt-BR', { sensitivity: 'base', numeric: true }),
  sectionName: ({ section: s }: StudyCard) => ({ basics: 'Fundamentos', technical: 'Técnicas', cloud: 'Nuvem', behavioral: 'Comportamentais', preparation: 'Preparação', llmops: 'LLMOps' })[s as SectionId],
};

describe('browse rows', () => {
  it('describe each card in deck order with its state, due date and marks', () => {
    expect(ids(rows)).toEqual(ids(cards.map((c) => ({ card: c }) as BrowseRow)));
    expect(rows.map((r) => r.status)).toEqual(['learning', 'review', 'relearning', 'new', 'review', 'new']);
    expect(rows[3]).toMatchObject({ due: undefined, flag: 4, suspended: true, buried: false });
    expect(rows[5]).toMatchObject({ buried: true });
    expect(rows[4]).toMatchObject({ buried: false }); // buried until a time now past
    expect(rows[1]!.text).toContain('etica na nuvem');
  });

  it('maps FSRS states to statuses', () => {
    expect(cardStatus(undefined)).toBe('new');
    expect([0, 1, 2, 3].map((s) => cardStatus(state('x', now, s as CardState['state'])))).toEqual(['new', 'learning', 'review', 'relearning']);
  });
});

describe('filters', () => {
  it('show everything without a filter', () => {
    expect(filter({})).toHaveLength(cards.length);
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, query: '   ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, query: 'x' })).toBe(true);
    expect(isFiltered({ ...NO_FILTER, dueToday: true })).toBe(true);
  });

  it('by section and kind', () => {
    expect(filter({ section: 'cloud' })).toEqual(['cloud/q', 'cloud/q--f']);
    expect(filter({ kind: 'question' })).toEqual(['cloud/q', 'basics/q']);
    expect(filter({ section: 'basics', kind: 'fact' })).toEqual(['basics/q--f']);
  });

  it('by state, learning including relearning', () => {
    expect(filter({ status: 'new' })).toEqual(['basics/q--f', 'technical/q--g']);
    expect(filter({ status: 'learning' })).toEqual(['cloud/q', 'basics/q']);
    expect(filter({ status: 'review' })).toEqual(['cloud/q--f', 'technical/q--f']);
  });

  it('by flag', () => {
    expect(filter({ flag: 'flagged' })).toEqual(['cloud/q--f', 'basics/q--f']);
    expect(filter({ flag: 'unflagged' })).toEqual(['cloud/q', 'basics/q', 'technical/q--f', 'technical/q--g']);
    expect(filter({ flag: 1 })).toEqual(['cloud/q--f']);
    expect(filter({ flag: 4 })).toEqual(['basics/q--f']);
    expect(filter({ flag: 3 })).toEqual([]);
  });

  it('by suspension', () => {
    expect(filter({ suspended: 'only' })).toEqual(['basics/q--f']);
    expect(filter({ suspended: 'hide' })).not.toContain('basics/q--f');
    expect(filter({ suspended: 'hide' })).toHaveLength(cards.length - 1);
  });

  it('by due today: overdue and later today, not new cards nor the next study day', () => {
    expect(filter({ dueToday: true })).toEqual(['cloud/q', 'basics/q']);
  });

  it('by search text, combined with the other filters', () => {
    expect(filter({ query: 'etica' })).toEqual(['cloud/q--f']);
    expect(filter({ query: 'NUVEM' })).toEqual(['cloud/q', 'cloud/q--f']);
    expect(filter({ query: 'nuvem', kind: 'question' })).toEqual(['cloud/q']);
    expect(filter({ query: 'nuvem', flag: 4 })).toEqual([]);
  });
});

describe('sorting', () => {
  const sorted = (sort: Parameters<typeof sortRows>[1], input: readonly BrowseRow[] = rows) => ids(sortRows(input, sort, sortOptions));

  it('keeps deck order by default, whatever order the rows come in', () => {
    expect(sorted('deck', [...rows].reverse())).toEqual(ids(rows));
  });

  it('by prompt, ignoring case and accents, with numbers in numeric order', () => {
    expect(sortRows(rows, 'prompt', sortOptions).map((r) => r.card.prompt)).toEqual([
      'abacate básico',
      'eficiência',
      'Ética na nuvem',
      'item 9',
      'item 10',
      'Zebra na nuvem',
    ]);
  });

  it('by due date, earliest first, new cards last in deck order', () => {
    expect(sorted('due')).toEqual(['basics/q', 'cloud/q', 'technical/q--f', 'cloud/q--f', 'basics/q--f', 'technical/q--g']);
  });

  it('by section name as shown, deck order within a section', () => {
    expect(sorted('section')).toEqual(['basics/q', 'basics/q--f', 'cloud/q', 'cloud/q--f', 'technical/q--f', 'technical/q--g']);
    const english = { ...sortOptions, sectionName: ({ section: s }: StudyCard) => ({ cloud: 'A cloud' })[s as 'cloud'] ?? s };
    expect(ids(sortRows(rows, 'section', english)).slice(0, 2)).toEqual(['cloud/q', 'cloud/q--f']);
  });

  it('does not change the rows it is given', () => {
    const before = ids(rows);
    sortRows(rows, 'prompt', sortOptions);
    expect(ids(rows)).toEqual(before);
  });
});
