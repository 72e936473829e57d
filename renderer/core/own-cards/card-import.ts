// The import and export of own cards in one entry, for the lazy chunk the files screen loads
// (Papa Parse, yaml and marked stay out of the first load).
export { parseCardsCsv, splitTags, type CsvImportOptions, type Delimiter } from './csv-import';
export { parseCardsMarkdown } from './markdown-import';
export { decodeText } from './decode-text';
export { findDuplicates, normalisePrompt, type DuplicateOf, type PromptInLocale } from './duplicates';
export { cardsToCsv, cardsToMarkdown, cardsToTsv } from './card-export';
export {
  draftsToOwnCards,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_CARDS,
  type ImportProblem,
  type ImportProblemCode,
  type ImportResult,
  type ImportTarget,
  type OwnCardDraft,
} from './draft';
