// The system's voices, as speechSynthesis lists them: the list often arrives after the page
// loads (voiceschanged), and some browsers (headless Chromium) have none at all.
import type { Locale } from '../../../content/schema';
import { localVoiceFor } from '../../core/mock/read-aloud';

class Voices {
  list = $state.raw<readonly SpeechSynthesisVoice[]>([]);
  #watching = false;

  watch(): void {
    if (this.#watching || typeof speechSynthesis === 'undefined') return;
    this.#watching = true;
    const read = () => (this.list = speechSynthesis.getVoices());
    read();
    speechSynthesis.addEventListener('voiceschanged', read);
  }

  localFor(locale: Locale): SpeechSynthesisVoice | undefined {
    return localVoiceFor(this.list, locale);
  }
}

export const voices = new Voices();

/** Reads a text aloud with a local voice of its language; nothing happens without one. */
export function speak(text: string, locale: Locale): void {
  const voice = voices.localFor(locale);
  if (!voice) return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
