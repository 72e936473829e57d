// The learner's own answer to a question card, kept as immutable versions: saving writes a new
// version, restoring an old one writes it again as the newest. Versions never change, so two
// laptops merge them as they merge answers: the union by id. The current answer is the newest.
export interface OwnAnswerVersion {
  /** Sortable by time and unique across machines (core/event-id.ts). */
  id: string;
  cardId: string;
  /** Markdown; '' clears the answer (the model answer shows again). */
  markdown: string;
  savedAt: number;
  deviceId: string;
}

export const MAX_OWN_ANSWER_LENGTH = 20_000;

/** The newest version of each card's answer, by card id; cleared answers are left out. */
export function currentOwnAnswers(versions: Iterable<OwnAnswerVersion>): Map<string, OwnAnswerVersion> {
  const newest = new Map<string, OwnAnswerVersion>();
  for (const version of versions) {
    const previous = newest.get(version.cardId);
    if (!previous || version.savedAt > previous.savedAt || (version.savedAt === previous.savedAt && version.id > previous.id)) {
      newest.set(version.cardId, version);
    }
  }
  for (const [cardId, version] of newest) if (version.markdown === '') newest.delete(cardId);
  return newest;
}
