// The only module that defines IndexedDB's shape. Versions are only ever appended, each with its
// upgrade function; never edit a shipped version.
import Dexie, { type EntityTable } from 'dexie';
import type { CardState, ReviewEvent } from '../core/types';

export interface MetaRow {
  key: string;
  value: unknown;
}

export type FlashcardsDb = Dexie & {
  reviews: EntityTable<ReviewEvent, 'id'>;
  cardStates: EntityTable<CardState, 'cardId'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DB_NAME = 'mlops-flashcards';

export function openFlashcardsDb(name = DB_NAME): FlashcardsDb {
  const db = new Dexie(name) as FlashcardsDb;
  db.version(1).stores({
    reviews: 'id, cardId, reviewedAt',
    cardStates: 'cardId, due',
    meta: 'key',
  });
  return db;
}
