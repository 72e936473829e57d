import { describe, expect, it } from 'vitest';
import { ANSWER_MAX, checkOwnCard, isOwnCardId, KEY_POINTS_MAX, newOwnCardId, ownSectionId, PROMPT_MAX, TAGS_MAX, type OwnCard } from '../../../../renderer/core/own-cards/own-card';

const question: OwnCard = {
  id: 'own/0a1b2c3d4e5f',
  kind: 'question',
  locale: 'pt-BR',
  section: 'behavioral',
  sectionName: '',
  prompt: 'Conte um incidente que você resolveu',
  context: 'História STAR',
  keyPoints: ['Situação', 'Ação'],
  answer: '**S**: ...',
  tags: ['star', 'incidente'],
  parent: '',
  createdAt: 1_000,
  updatedAt: 2_000,
  deletedAt: 0,
};
const fact: OwnCard = { ...question, id: 'own/zzzzzzzzzzzz', kind: 'fact', context: '', keyPoints: [], parent: question.id, section: 'own:empresa-x', sectionName: 'Empresa X' };

describe('checkOwnCard', () => {
  it('takes a question card, a fact card, a deleted card and one without key points', () => {
    expect(checkOwnCard(question)).toBeNull();
    expect(checkOwnCard(fact)).toBeNull();
    expect(checkOwnCard({ ...fact, parent: 'basics/what-is-mlops' })).toBeNull();
    expect(checkOwnCard({ ...question, keyPoints: [], context: '' })).toBeNull();
    expect(checkOwnCard({ ...question, deletedAt: 2_000 })).toBeNull();
  });

  it.each([
    ['not an object', null, { code: 'not-an-object' }],
    ['a list', [question], { code: 'not-an-object' }],
    ['an extra key', { ...question, html: '<b>' }, { code: 'unknown-field' }],
    ['a deck id', { ...question, id: 'basics/what-is-mlops' }, { code: 'bad-format', field: 'id' }],
    ['an id of 11 chars', { ...question, id: 'own/0a1b2c3d4e5' }, { code: 'bad-format', field: 'id' }],
    ['an unknown kind', { ...question, kind: 'cloze' }, { code: 'bad-format', field: 'kind' }],
    ['an unknown locale', { ...question, locale: 'es' }, { code: 'bad-format', field: 'locale' }],
    ['an unknown section', { ...question, section: 'marketing' }, { code: 'bad-format', field: 'section' }],
    ['an own section not kebab-case', { ...fact, section: 'own:Empresa X' }, { code: 'bad-format', field: 'section' }],
    ['an own section without a name', { ...fact, sectionName: ' ' }, { code: 'empty', field: 'sectionName' }],
    ['a deck section with a name', { ...question, sectionName: 'Mine' }, { code: 'not-allowed', field: 'sectionName' }],
    ['a blank prompt', { ...question, prompt: '   ' }, { code: 'empty', field: 'prompt' }],
    ['a prompt that is a number', { ...question, prompt: 42 }, { code: 'wrong-type', field: 'prompt' }],
    ['a prompt over the limit', { ...question, prompt: 'x'.repeat(PROMPT_MAX + 1) }, { code: 'too-long', field: 'prompt' }],
    ['an answer over the limit', { ...question, answer: 'x'.repeat(ANSWER_MAX + 1) }, { code: 'too-long', field: 'answer' }],
    ['an empty answer', { ...question, answer: '' }, { code: 'empty', field: 'answer' }],
    ['too many key points', { ...question, keyPoints: Array.from({ length: KEY_POINTS_MAX + 1 }, (_, i) => `p${i}`) }, { code: 'too-many', field: 'keyPoints' }],
    ['a blank key point', { ...question, keyPoints: ['a', ' '] }, { code: 'empty', field: 'keyPoints' }],
    ['too many tags', { ...question, tags: Array.from({ length: TAGS_MAX + 1 }, (_, i) => `t${i}`) }, { code: 'too-many', field: 'tags' }],
    ['a tag not kebab-case', { ...question, tags: ['Não'] }, { code: 'bad-format', field: 'tags' }],
    ['a fact with context', { ...fact, context: 'x' }, { code: 'not-allowed', field: 'context' }],
    ['a fact with key points', { ...fact, keyPoints: ['x'] }, { code: 'not-allowed', field: 'keyPoints' }],
    ['a question with a parent', { ...question, parent: 'basics/what-is-mlops' }, { code: 'not-allowed', field: 'parent' }],
    ['a parent that is no card id', { ...fact, parent: '../etc' }, { code: 'bad-format', field: 'parent' }],
    ['a card its own parent', { ...fact, parent: fact.id }, { code: 'bad-format', field: 'parent' }],
    ['a missing field', (({ answer: _, ...rest }) => rest)(question), { code: 'missing', field: 'answer' }],
    ['a fractional time', { ...question, createdAt: 1.5 }, { code: 'wrong-type', field: 'createdAt' }],
    ['a deletion after the last update', { ...question, deletedAt: 3_000 }, { code: 'bad-order', field: 'deletedAt' }],
  ])('refuses %s', (_, row, problem) => {
    expect(checkOwnCard(row)).toEqual(problem);
  });
});

it('takes an update stamped before the creation: a card made under a clock that was ahead stays readable', () => {
  expect(checkOwnCard({ ...question, updatedAt: question.createdAt - 1 })).toBeNull();
});

describe('newOwnCardId', () => {
  it('makes own/ + 12 chars of [0-9a-z], which no deck id can be', () => {
    let seed = 0.123;
    const random = () => (seed = (seed * 9301 + 0.49297) % 1);
    const ids = Array.from({ length: 200 }, () => newOwnCardId(random));
    for (const id of ids) expect(id).toMatch(/^own\/[0-9a-z]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(newOwnCardId(() => 0)).toBe('own/000000000000');
    expect(newOwnCardId(() => 0.999999)).toBe('own/zzzzzzzzzzzz');
    expect(isOwnCardId('basics/what-is-mlops')).toBe(false);
  });

  it('names an own section from its display name', () => {
    expect(ownSectionId('Empresa X: stack de dados')).toBe('own:empresa-x-stack-de-dados');
    expect(ownSectionId('???')).toBe('own:section');
  });
});
