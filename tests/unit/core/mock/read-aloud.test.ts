import { describe, expect, it } from 'vitest';
import { localVoiceFor } from '../../../../renderer/core/mock/read-aloud';

const voice = (lang: string, localService: boolean, isDefault = false) => ({ lang, localService, default: isDefault, name: `${lang}-${localService}` });

describe('the voice that reads a question aloud', () => {
  it('is never a network voice, so where there is no local one there is none', () => {
    expect(localVoiceFor([voice('pt-BR', false), voice('en-US', false)], 'pt-BR')).toBeUndefined();
    expect(localVoiceFor([], 'en')).toBeUndefined();
  });

  it('speaks the interview language: the exact tag first, its default first', () => {
    const voices = [voice('pt-PT', true), voice('pt-BR', true), voice('pt_BR', true, true), voice('en-US', true)];
    expect(localVoiceFor(voices, 'pt-BR')?.name).toBe('pt_BR-true');
    expect(localVoiceFor(voices, 'en')?.lang).toBe('en-US');
  });

  it('falls back to another variety of the language, and never to another language', () => {
    expect(localVoiceFor([voice('pt-PT', true), voice('en-GB', true)], 'pt-BR')?.lang).toBe('pt-PT');
    expect(localVoiceFor([voice('es-ES', true), voice('en-GB', false)], 'en')).toBeUndefined();
  });
});
