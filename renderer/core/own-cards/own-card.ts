// A card the learner wrote or imported, as it is stored, exported and merged. One validator
// (checkOwnCard) serves stored rows, progress-file rows and imported rows alike, and answers with
// a code and a field: the words are the screens' job.
import * as v from 'valibot';
import { CARD_ID_PATTERN, LOCALES, PROMPT_MAX, type Locale } from '../../../content/schema';
import { SECTIONS } from '../../../content/syllabus';

export interface OwnCard {
  /** 'own/' + 12 chars [0-9a-z]: deck ids are '<section>/<slug>', and no section is called "own". */
  id: string;
  kind: 'question' | 'fact';
  /** Written in one language; it has no other version. */
  locale: Locale;
  /** A deck section id (content/syllabus.ts SECTIONS) or 'own:<kebab-slug>'. */
  section: string;
  /** Display name for own sections, '' for deck sections. */
  sectionName: string;
  /** Plain text. */
  prompt: string;
  /** Question cards; '' for facts. */
  context: string;
  /** Question cards: 0..KEY_POINTS_MAX items; [] for facts. */
  keyPoints: string[];
  /** Markdown source. */
  answer: string;
  /** Kebab-case, at most TAGS_MAX. */
  tags: string[];
  /** Facts: a question card id (deck or own) or ''; '' for questions. */
  parent: string;
  createdAt: number;
  /** Last edit or deletion; decides merges (the later wins). */
  updatedAt: number;
  /** 0, or when deleted: kept as a marker so that a deletion travels between laptops. */
  deletedAt: number;
}

export type OwnCardKind = OwnCard['kind'];
export type OwnCardField = keyof OwnCard;

export const OWN_ID_PREFIX = 'own/';
export const OWN_ID_LENGTH = 12;
export const OWN_ID_PATTERN = /^own\/[0-9a-z]{12}$/;
export const OWN_SECTION_PREFIX = 'own:';
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const OWN_SECTION_PATTERN = new RegExp(`^own:${SLUG}$`);
export const TAG_PATTERN = new RegExp(`^${SLUG}$`);

export { PROMPT_MAX };
export const CONTEXT_MAX = 1_000;
export const KEY_POINT_MAX = 300;
export const KEY_POINTS_MAX = 7;
/** The same ceiling as a note: what one progress-file row may carry. */
export const ANSWER_MAX = 20_000;
export const TAGS_MAX = 6;
export const TAG_MAX = 40;
export const SECTION_NAME_MAX = 60;

/** What can be wrong with a row, one code per kind of problem. */
export type OwnCardProblemCode =
  | 'not-an-object'
  | 'unknown-field'
  | 'missing'
  | 'wrong-type'
  | 'empty'
  | 'too-long'
  | 'too-many'
  | 'bad-format'
  /** A field that the card's kind or section does not take (a fact's key points, a deck section's name). */
  | 'not-allowed'
  /**
   * A deletion later than the last update (both are set together). createdAt is not compared: a
   * card made under a clock that was ahead, then edited, must not make every later file unreadable.
   */
  | 'bad-order';

export interface OwnCardProblem {
  code: OwnCardProblemCode;
  /** The field at fault; absent when the row itself is (not an object). */
  field?: OwnCardField;
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A fresh id; `random` returns [0, 1) as Math.random does (crypto-backed in the app). */
export function newOwnCardId(random: () => number): string {
  let tail = '';
  for (let i = 0; i < OWN_ID_LENGTH; i++) tail += ALPHABET[Math.min(ALPHABET.length - 1, Math.floor(random() * ALPHABET.length))];
  return OWN_ID_PREFIX + tail;
}

export function isOwnCardId(id: string): boolean {
  return OWN_ID_PATTERN.test(id);
}

export function isDeckSection(section: string): boolean {
  return (SECTIONS as readonly string[]).includes(section);
}

/** 'own:' + the kebab slug of a name ('Empresa X: stack' -> 'own:empresa-x-stack'). */
export function ownSectionId(name: string): string {
  return OWN_SECTION_PREFIX + (toKebab(name) || 'section');
}

/** Lower case, no accents, runs of anything else as one '-': how imported tags are made kebab-case. */
export function toKebab(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Each message is the problem's code, so that the first issue reads as a code directly.
const text = (max: number) => v.pipe(v.string('wrong-type'), v.maxLength(max, 'too-long'));
const filled = (max: number) => v.pipe(v.string('wrong-type'), v.trim(), v.nonEmpty('empty'), v.maxLength(max, 'too-long'));
const time = v.pipe(v.number('wrong-type'), v.integer('wrong-type'), v.minValue(0, 'bad-format'), v.maxValue(8.64e15, 'bad-format'));
const questionId = (id: string) => CARD_ID_PATTERN.test(id) || OWN_ID_PATTERN.test(id);

const OwnCardSchema = v.pipe(
  v.strictObject(
    {
      id: v.pipe(v.string('wrong-type'), v.regex(OWN_ID_PATTERN, 'bad-format')),
      kind: v.picklist(['question', 'fact'], 'bad-format'),
      locale: v.picklist(LOCALES, 'bad-format'),
      section: v.pipe(
        v.string('wrong-type'),
        v.check((s) => isDeckSection(s) || OWN_SECTION_PATTERN.test(s), 'bad-format'),
      ),
      sectionName: text(SECTION_NAME_MAX),
      prompt: filled(PROMPT_MAX),
      context: text(CONTEXT_MAX),
      keyPoints: v.pipe(v.array(filled(KEY_POINT_MAX), 'wrong-type'), v.maxLength(KEY_POINTS_MAX, 'too-many')),
      answer: filled(ANSWER_MAX),
      tags: v.pipe(
        v.array(v.pipe(v.string('wrong-type'), v.maxLength(TAG_MAX, 'too-long'), v.regex(TAG_PATTERN, 'bad-format')), 'wrong-type'),
        v.maxLength(TAGS_MAX, 'too-many'),
      ),
      parent: v.pipe(v.string('wrong-type'), v.check((p) => p === '' || questionId(p), 'bad-format')),
      createdAt: time,
      updatedAt: time,
      deletedAt: time,
    },
    'not-an-object',
  ),
  // Cross-field rules, each naming the field that breaks it.
  v.forward(v.check((c) => c.kind === 'question' || c.context === '', 'not-allowed'), ['context']),
  v.forward(v.check((c) => c.kind === 'question' || c.keyPoints.length === 0, 'not-allowed'), ['keyPoints']),
  v.forward(v.check((c) => c.kind === 'fact' || c.parent === '', 'not-allowed'), ['parent']),
  v.forward(v.check((c) => c.parent !== c.id, 'bad-format'), ['parent']),
  v.forward(v.check((c) => !isDeckSection(c.section) || c.sectionName === '', 'not-allowed'), ['sectionName']),
  v.forward(v.check((c) => isDeckSection(c.section) || c.sectionName.trim() !== '', 'empty'), ['sectionName']),
  v.forward(v.check((c) => c.deletedAt === 0 || c.deletedAt <= c.updatedAt, 'bad-order'), ['deletedAt']),
);

const FIELDS: ReadonlySet<string> = new Set(Object.keys(OwnCardSchema.entries));

/**
 * The first problem of a row, or null when it is a valid OwnCard. The row is not changed: a
 * prompt with spaces around it is valid, and is stored as given.
 */
export function checkOwnCard(row: unknown): OwnCardProblem | null {
  // valibot takes an array for an object with missing keys; a row is never a list.
  if (Array.isArray(row)) return { code: 'not-an-object' };
  const result = v.safeParse(OwnCardSchema, row, { abortEarly: true });
  if (result.success) return null;
  const issue = result.issues[0];
  const key = issue.path?.[0]?.key;
  const field = typeof key === 'string' && FIELDS.has(key) ? (key as OwnCardField) : undefined;
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    // An extra key: valibot points at it, but it is no field of ours.
    return { code: 'unknown-field' };
  }
  if (issue.type === 'strict_object' && field === undefined) return { code: 'not-an-object' };
  if (field !== undefined && issue.input === undefined && issue.kind === 'schema') return { code: 'missing', field };
  return field === undefined ? { code: issue.message as OwnCardProblemCode } : { code: issue.message as OwnCardProblemCode, field };
}

export function isOwnCard(row: unknown): row is OwnCard {
  return checkOwnCard(row) === null;
}
