import { describe, expect, it } from 'vitest';
import { answerExcerpt, isBehavioural, starTemplate } from '../../../../renderer/core/own-cards/own-answer-text';

describe('isBehavioural', () => {
  it('is true for questions of the behavioural section or tagged behavioural, and never for facts', () => {
    expect(isBehavioural({ kind: 'question', section: 'behavioral', tags: [] })).toBe(true);
    expect(isBehavioural({ kind: 'question', section: 'preparation', tags: ['career', 'behavioral'] })).toBe(true);
    expect(isBehavioural({ kind: 'question', section: 'cloud', tags: ['cost'] })).toBe(false);
    expect(isBehavioural({ kind: 'fact', section: 'behavioral', tags: ['behavioral'] })).toBe(false);
  });
});

describe('starTemplate', () => {
  it('gives the four headings in order, with room to write under each', () => {
    expect(starTemplate(['Situação', 'Tarefa', 'Ação', 'Resultado'])).toBe('### Situação\n\n\n### Tarefa\n\n\n### Ação\n\n\n### Resultado\n\n');
  });
});

describe('answerExcerpt', () => {
  it('gives the words without Markdown marks', () => {
    expect(answerExcerpt('## Situação\n\nNo **Nubank**, o [modelo](https://x.y) de `fraude`:\n- travou\n> citação')).toBe(
      'Situação No Nubank, o modelo de fraude: travou citação',
    );
  });

  it('cuts a long text at a word, with an ellipsis', () => {
    const text = 'palavra '.repeat(30);
    const excerpt = answerExcerpt(text, 30);
    expect(excerpt).toBe('palavra palavra palavra…');
    expect(answerExcerpt('a'.repeat(50), 20)).toBe(`${'a'.repeat(20)}…`);
  });
});
