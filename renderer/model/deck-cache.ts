// Each language's deck is loaded once per window; a load that fails is forgotten, so the next
// use tries again (and a prefetch nobody uses never surfaces as an unhandled rejection).
import type { DeckFile, Locale } from '../../content/schema';

export class DeckCache {
  readonly #pending = new Map<Locale, Promise<DeckFile>>();

  constructor(private readonly load: (locale: Locale) => Promise<DeckFile>) {}

  get(locale: Locale): Promise<DeckFile> {
    let pending = this.#pending.get(locale);
    if (!pending) {
      pending = this.load(locale);
      this.#pending.set(locale, pending);
      pending.catch(() => this.#pending.delete(locale));
    }
    return pending;
  }
}
