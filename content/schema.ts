// One source of truth for the card format: the compiler validates Markdown sources with the
// front-matter schemas, and the runtime (Electron main and renderer) validates compiled decks
// with DeckFileSchema before trusting them.
import * as v from 'valibot';
import { SECTIONS } from './syllabus';

export const LOCALES = ['pt-BR', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DECK_FORMAT = 'mlops-flashcards-deck';
// 2: the answers' plain text is no longer stored beside their HTML (search derives it: a third
// smaller deck to read on every start).
export const DECK_VERSION = 2;

export const PROMPT_MAX = 200;
// Measured on the answer's plain text (what the learner reads), not its Markdown source. A fact
// answer is one fact in one or two sentences: most fit in the target, none may pass the maximum.
export const FACT_ANSWER_TARGET = 300;
export const FACT_ANSWER_TARGET_SHARE = 0.9;
export const FACT_ANSWER_MAX = 450;
// A model answer is what a candidate says in one to two minutes: about 300 words.
export const MODEL_ANSWER_MAX_WORDS = 350;
export const KEY_POINTS_MIN = 3;
export const KEY_POINTS_MAX = 7;

const ID_PART = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const CARD_ID_PATTERN = new RegExp(`^(${SECTIONS.join('|')})/${ID_PART}(?:--${ID_PART})?$`);
const TAG_PATTERN = new RegExp(`^${ID_PART}$`);

const text = (field: string) =>
  v.pipe(v.string(`${field} must be text`), v.trim(), v.nonEmpty(`${field} is empty`));

const cardId = v.pipe(v.string('id must be text'), v.regex(CARD_ID_PATTERN, 'id is not <section>/<slug>'));
const tags = v.pipe(
  v.array(v.pipe(v.string(), v.regex(TAG_PATTERN, 'tag is not kebab-case'))),
  v.minLength(1, 'tags is empty'),
  v.maxLength(6, 'more than 6 tags'),
);
const prompt = v.pipe(text('prompt'), v.maxLength(PROMPT_MAX, `prompt is over ${PROMPT_MAX} characters`));

export const QuestionFrontMatterSchema = v.strictObject({
  id: cardId,
  kind: v.literal('question'),
  prompt,
  context: text('context'),
  keyPoints: v.pipe(
    v.array(text('key point')),
    v.minLength(KEY_POINTS_MIN, `keyPoints must have ${KEY_POINTS_MIN}-${KEY_POINTS_MAX} items`),
    v.maxLength(KEY_POINTS_MAX, `keyPoints must have ${KEY_POINTS_MIN}-${KEY_POINTS_MAX} items`),
  ),
  tags,
});

export const FactFrontMatterSchema = v.strictObject({
  id: cardId,
  kind: v.literal('fact'),
  prompt,
  parent: cardId,
  tags,
});

export const FrontMatterSchema = v.variant(
  'kind',
  [QuestionFrontMatterSchema, FactFrontMatterSchema],
  'kind must be "question" or "fact"',
);
export type FrontMatter = v.InferOutput<typeof FrontMatterSchema>;

const hash = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/));
const html = v.pipe(v.string(), v.nonEmpty());

export const CompiledCardSchema = v.variant('kind', [
  v.strictObject({
    id: cardId,
    kind: v.literal('question'),
    section: v.picklist(SECTIONS),
    prompt: v.string(),
    context: v.string(),
    keyPoints: v.array(v.string()),
    tags: v.array(v.string()),
    answerHtml: html,
    hash,
  }),
  v.strictObject({
    id: cardId,
    kind: v.literal('fact'),
    section: v.picklist(SECTIONS),
    prompt: v.string(),
    parent: cardId,
    tags: v.array(v.string()),
    answerHtml: html,
    hash,
  }),
]);
export type CompiledCard = v.InferOutput<typeof CompiledCardSchema>;
export type QuestionCard = Extract<CompiledCard, { kind: 'question' }>;
export type FactCard = Extract<CompiledCard, { kind: 'fact' }>;

export const DeckFileSchema = v.strictObject({
  format: v.literal(DECK_FORMAT),
  version: v.literal(DECK_VERSION),
  locale: v.picklist(LOCALES),
  // Cards in study order: syllabus order of question cards, each followed by its facts.
  cards: v.array(CompiledCardSchema),
});
export type DeckFile = v.InferOutput<typeof DeckFileSchema>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
