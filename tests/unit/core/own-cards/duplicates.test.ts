import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../../renderer/core/own-cards/duplicates';

describe('findDuplicates', () => {
  const existing = [
    { id: 'basics/what-is-mlops', locale: 'pt-BR' as const, prompt: 'O que é MLOps?' },
    { id: 'basics/what-is-mlops', locale: 'en' as const, prompt: 'What is MLOps?' },
    { id: 'own/aaaaaaaaaaaa', locale: 'en' as const, prompt: 'Which  stack does Acme use?' },
  ];

  it('finds the same prompt whatever its case, accents and spacing, in the same language only', () => {
    const drafts = [
      { locale: 'pt-BR' as const, prompt: '  o QUE e   mlops? ' },
      { locale: 'en' as const, prompt: 'which stack does ACME use?' },
      { locale: 'en' as const, prompt: 'O que é MLOps?' },
      { locale: 'en' as const, prompt: 'What is MLOps, really?' },
    ];
    expect(findDuplicates(drafts, existing)).toEqual([{ kind: 'card', id: 'basics/what-is-mlops' }, { kind: 'card', id: 'own/aaaaaaaaaaaa' }, null, null]);
  });

  it('marks a second copy inside the same import as a duplicate of the first', () => {
    const drafts = [
      { locale: 'en' as const, prompt: 'New one' },
      { locale: 'pt-BR' as const, prompt: 'New one' },
      { locale: 'en' as const, prompt: 'NEW ONE' },
    ];
    expect(findDuplicates(drafts, existing)).toEqual([null, null, { kind: 'draft', index: 0 }]);
  });
});
