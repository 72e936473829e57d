import { describe, expect, it } from 'vitest';
import type { CompiledCard } from '../../../../content/schema';
import { SECTIONS, type SectionId } from '../../../../content/syllabus';
import { BROWSE_SORTS, buildRows, filterRows, NO_FILTER, type BrowseFilter, type CardMarks } from '../../../../renderer/core/browse-filter';
import type { StudyCard } from '../../../../renderer/core/study-card';
import type { CardState } from '../../../../renderer/core/types';
import { choiceOf, SELECT_FIELDS, setChoice, type BrowseView, type ChoiceKey } from '../../../../renderer/screens/browse/filters';

const now = new Date(2026, 10, 25, 15, 0).getTime();

function card(id: string, kind: CompiledCard['kind']): CompiledCard {
  const section = id.split('/')[0] as SectionId;
  const base = { id, section, prompt: id, tags: ['t'], answerHtml: '<p>a</p>', hash: '0123456789abcdef' };
  return kind === 'question' ? { ...base, kind, context: 'c', keyPoints: ['k1', 'k2', 'k3'] } : { ...base, kind, parent: `${section}/q` };
}

function state(cardId: string, kind: CardState['state']): CardState {
  return { cardId, due: now, stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: kind, lastReview: now };
}

// Two sections, both kinds, three states, flags 1-3 and a suspended card: each option that narrows
// the list has a card to leave out.
// One of them the learner's own, so "my cards" and "deck cards" each leave some out.
const ownFact: StudyCard = { ...card('cloud/q--f', 'fact'), id: 'own/0123456789ab', own: { locale: 'en', sectionName: '' } };
const cards: StudyCard[] = [card('basics/q', 'question'), card('basics/q--f', 'fact'), card('cloud/q', 'question'), card('cloud/q--f', 'fact'), ownFact];
const states = new Map([
  ['basics/q--f', state('basics/q--f', 1)],
  ['cloud/q', state('cloud/q', 2)],
]);
const marks = new Map<string, CardMarks>([
  ['basics/q--f', { flag: 1, suspended: 1, buriedUntil: 0 }],
  ['cloud/q', { flag: 2, suspended: 0, buriedUntil: 0 }],
  ['cloud/q--f', { flag: 3, suspended: 0, buriedUntil: 0 }],
]);
const rows = buildRows(cards, states, marks, now);
const cleared = (): BrowseView => ({ filter: { ...NO_FILTER }, sort: 'deck' });
const field = (key: ChoiceKey) => SELECT_FIELDS.find((f) => f.key === key)!;
const values = (key: ChoiceKey) => field(key).options.map(([value]) => value);

describe('the browser selects', () => {
  it('set every filter but the search text and the due-today box (which have their own fields), and the sort', () => {
    const keys = SELECT_FIELDS.map((f) => f.key);
    expect(keys).toEqual(['section', 'origin', 'kind', 'status', 'flag', 'suspended', 'sort']);
    expect([...keys, 'query', 'dueToday'].sort()).toEqual([...Object.keys(NO_FILTER), 'sort'].sort());
  });

  it('each start at the value the browser opens with (for a filter, the one clearing returns it to)', () => {
    for (const { key, options } of SELECT_FIELDS) expect(options[0]![0], key).toBe(choiceOf(cleared(), key));
  });

  it('offer each value once', () => {
    for (const { key } of SELECT_FIELDS) expect(new Set(values(key)).size, key).toBe(values(key).length);
  });

  it('list the sections of the syllabus in its order, so a new section needs no change here', () => {
    expect(values('section')).toEqual(['all', ...SECTIONS]);
    expect(field('section').options.slice(1).map(([, label]) => label)).toEqual(SECTIONS.map((s) => `section.${s}`));
  });

  it('name flags by the number stored with the card, 1 to 4', () => {
    expect(values('flag')).toEqual(['all', 'flagged', 'unflagged', 1, 2, 3, 4]);
    expect(field('flag').options.slice(3).map(([, label]) => label)).toEqual(['browse.flag.1', 'browse.flag.2', 'browse.flag.3', 'browse.flag.4']);
  });

  it('offer every sort order', () => {
    expect(values('sort')).toEqual([...BROWSE_SORTS]);
  });

  it('hold only values the filter understands: the first keeps every card, each other leaves some out', () => {
    for (const { key, options } of SELECT_FIELDS) {
      if (key === 'sort') continue;
      const [first, ...others] = options.map(([value]) => value);
      const shown = (value: unknown) => filterRows(rows, { ...NO_FILTER, [key]: value } as BrowseFilter, { dayEnd: now + 1 }).length;
      expect(shown(first), `${key}: ${String(first)}`).toBe(rows.length);
      for (const value of others) expect(shown(value), `${key}: ${String(value)}`).toBeLessThan(rows.length);
    }
  });
});

describe('choices', () => {
  it('read and write the filter field or the sort a select is bound to, and nothing else', () => {
    const view = cleared();
    setChoice(view, 'flag', 2);
    setChoice(view, 'sort', 'due');
    setChoice(view, 'section', 'cloud');
    expect(view).toEqual({ filter: { ...NO_FILTER, flag: 2, section: 'cloud' }, sort: 'due' });
    expect(choiceOf(view, 'flag')).toBe(2);
    expect(choiceOf(view, 'sort')).toBe('due');
    expect(choiceOf(view, 'kind')).toBe('all');
  });
});
