import { describe, expect, it } from 'vitest';
import { isAnswerRevised, seenHashOf } from '../../../renderer/core/revision';

describe('revised answers', () => {
  it('flags a card whose content changed since it was answered in the same language', () => {
    const seen = seenHashOf('pt-BR', 'aaaa');
    expect(isAnswerRevised(seen, 'pt-BR', 'aaaa')).toBe(false);
    expect(isAnswerRevised(seen, 'pt-BR', 'bbbb')).toBe(true);
  });

  it('does not flag a card answered in another language, or never answered', () => {
    expect(isAnswerRevised(seenHashOf('pt-BR', 'aaaa'), 'en', 'cccc')).toBe(false);
    expect(isAnswerRevised(undefined, 'pt-BR', 'aaaa')).toBe(false);
    expect(isAnswerRevised('', 'pt-BR', 'aaaa')).toBe(false);
    expect(isAnswerRevised('garbage', 'pt-BR', 'aaaa')).toBe(false);
  });
});
