// Reading the question aloud uses the system's own voices only: a voice that is not a local
// service sends the text to a server. Where no local voice speaks the interview's language, the
// option is not offered.
import type { Locale } from '../../../content/schema';

/** The parts of a SpeechSynthesisVoice the choice looks at. */
export interface VoiceInfo {
  lang: string;
  localService: boolean;
  default?: boolean;
}

/** The local voice for a language: its default one first, then any; "pt-BR" also takes "pt_BR". */
export function localVoiceFor<V extends VoiceInfo>(voices: readonly V[], locale: Locale): V | undefined {
  const wanted = locale.toLowerCase();
  const language = wanted.split('-')[0]!;
  const local = voices.filter((voice) => voice.localService);
  const tag = (voice: V) => voice.lang.replace('_', '-').toLowerCase();
  const exact = local.filter((voice) => tag(voice) === wanted);
  const sameLanguage = local.filter((voice) => tag(voice).split('-')[0] === language);
  return exact.find((v) => v.default) ?? exact[0] ?? sameLanguage.find((v) => v.default) ?? sameLanguage[0];
}
