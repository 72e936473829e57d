// What an import yields before the learner confirms: a card without its stored id and times.
// Each file row is checked with the same validator as stored rows (checkOwnCard), on a provisional
// card, so that a bad line is reported in the preview and never reaches the store.
import type { Locale } from '../../../content/schema';
import { checkOwnCard, isOwnCardId, newOwnCardId, type OwnCard, type OwnCardField, type OwnCardKind, type OwnCardProblemCode } from './own-card';

export interface OwnCardDraft extends Omit<OwnCard, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> {
  /** The id the file gave the card ('' when none): an own id is kept, any other is replaced. */
  sourceId: string;
}

/** Where imported cards go unless the file says otherwise: the learner picks these in the preview. */
export interface ImportTarget {
  locale: Locale;
  section: string;
  sectionName: string;
  /** The kind of a card from a CSV/TSV file (front/back only). Default 'fact'. */
  kind?: OwnCardKind;
}

/** 10,000 cards per import, and a file no bigger than this: beyond, the file is refused. */
export const IMPORT_MAX_CARDS = 10_000;
export const IMPORT_MAX_BYTES = 16 * 1024 * 1024;

export type ImportProblemCode =
  | OwnCardProblemCode
  /** The whole file (line 0): larger than IMPORT_MAX_BYTES. */
  | 'file-too-large'
  /** At the line of the first card past IMPORT_MAX_CARDS; nothing from there on is read. */
  | 'too-many-cards'
  | 'unclosed-quote'
  | 'bad-quotes'
  /** Markdown: front matter that is not YAML, or not a mapping. */
  | 'bad-yaml'
  /** Markdown: text with no card (no front matter between --- lines). */
  | 'no-front-matter';

export interface ImportProblem {
  /** 1-based line in the file; 0 for the file as a whole. */
  line: number;
  code: ImportProblemCode;
  field?: OwnCardField;
}

export interface ImportResult {
  rows: { line: number; card: OwnCardDraft }[];
  problems: ImportProblem[];
}

const PROVISIONAL_ID = 'own/000000000000';

const PROVISIONAL_PARENT = 'own/000000000001';

/**
 * The validator's first problem for a draft, as if it were stored now. A parent named by its id
 * in the same file (`fileIds`) is taken: draftsToOwnCards gives it its stored id.
 */
export function checkDraft(draft: OwnCardDraft, fileIds: ReadonlySet<string> = new Set()): { code: OwnCardProblemCode; field?: OwnCardField } | null {
  const { sourceId, ...fields } = draft;
  const id = isOwnCardId(sourceId) ? sourceId : PROVISIONAL_ID;
  const parent = fileIds.has(fields.parent) && !isOwnCardId(fields.parent) ? PROVISIONAL_PARENT : fields.parent;
  return checkOwnCard({ id, ...fields, parent, createdAt: 0, updatedAt: 0, deletedAt: 0 });
}

/**
 * The cards to store once the learner confirms. Own ids from the file are kept (a re-import
 * updates the same cards); others get fresh ids, and a fact whose parent is another card of
 * the same file follows that card to its new id.
 */
export function draftsToOwnCards(drafts: readonly OwnCardDraft[], now: number, random: () => number): OwnCard[] {
  const taken = new Set(drafts.map((d) => d.sourceId).filter(isOwnCardId));
  const idOf = new Map<string, string>();
  const ids = drafts.map((draft) => {
    if (isOwnCardId(draft.sourceId)) return draft.sourceId;
    let id = newOwnCardId(random);
    while (taken.has(id)) id = newOwnCardId(random);
    taken.add(id);
    if (draft.sourceId !== '') idOf.set(draft.sourceId, id);
    return id;
  });
  return drafts.map(({ sourceId: _, ...fields }, i) => ({
    ...fields,
    id: ids[i]!,
    parent: idOf.get(fields.parent) ?? fields.parent,
    createdAt: now,
    updatedAt: now,
    deletedAt: 0,
  }));
}
