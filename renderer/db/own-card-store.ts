// The learner's own cards in IndexedDB. Every row is checked with the same validator as a
// progress file's rows (checkOwnCard) before it is written: a row the file reader would refuse
// never reaches the store, or every later export would be a file the app cannot read back.
import { checkOwnCard, type OwnCard, type OwnCardProblem } from '../core/own-cards/own-card';
import type { FlashcardsDb } from './db';

/** A card the validator refused; `problem` says what and where, the screens word it. */
export class OwnCardRejected extends Error {
  constructor(
    readonly problem: OwnCardProblem,
    /** Position of the card in a batch (an import), 0 for one card. */
    readonly index = 0,
  ) {
    super(`own card refused: ${problem.code}${problem.field ? ` (${problem.field})` : ''}`);
    this.name = 'OwnCardRejected';
  }
}

/** Every row, deletion markers included (they travel in the progress file). */
export function loadOwnCards(db: FlashcardsDb): Promise<OwnCard[]> {
  return db.ownCards.toArray();
}

/** Checks every card, then writes them all in one transaction, or none. */
export async function putOwnCards(db: FlashcardsDb, cards: readonly OwnCard[]): Promise<void> {
  for (const [index, card] of cards.entries()) {
    const problem = checkOwnCard(card);
    if (problem) throw new OwnCardRejected(problem, index);
  }
  await db.transaction('rw', db.ownCards, () => db.ownCards.bulkPut([...cards]));
}

/**
 * Changes one stored card in a transaction that reads it first, so an edit never brings back a
 * card deleted meanwhile (in another window) without saying so: `change` sees the stored row.
 */
export async function changeOwnCard(db: FlashcardsDb, id: string, change: (stored: OwnCard) => OwnCard): Promise<OwnCard> {
  return db.transaction('rw', db.ownCards, async () => {
    const stored = await db.ownCards.get(id);
    if (!stored || stored.deletedAt !== 0) throw new OwnCardMissing(id);
    const next = change(stored);
    const problem = checkOwnCard(next);
    if (problem) throw new OwnCardRejected(problem);
    await db.ownCards.put(next);
    return next;
  });
}

/** The card is not stored, or was deleted (perhaps in another window). */
export class OwnCardMissing extends Error {
  constructor(readonly id: string) {
    super(`own card ${id} is not there`);
    this.name = 'OwnCardMissing';
  }
}
