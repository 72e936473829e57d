// What is wrong with an own card or an imported line, in the learner's words: one message per
// problem code, naming the field and, for a limit, the limit.
import type { ImportProblem } from '../../core/own-cards/draft';
import {
  ANSWER_MAX,
  CONTEXT_MAX,
  KEY_POINT_MAX,
  KEY_POINTS_MAX,
  PROMPT_MAX,
  SECTION_NAME_MAX,
  TAG_MAX,
  TAGS_MAX,
  type OwnCardField,
  type OwnCardProblem,
} from '../../core/own-cards/own-card';
import { t, useMessages } from '../../i18n/index.svelte';
import ownCardMessages from '../../i18n/messages/own-cards';

useMessages(ownCardMessages);

const FIELD_NAMES: Partial<Record<OwnCardField, () => string>> = {
  prompt: () => t('own.field.prompt'),
  context: () => t('own.field.context'),
  keyPoints: () => t('own.field.keyPoints'),
  answer: () => t('own.field.answer'),
  tags: () => t('own.field.tags'),
  parent: () => t('own.field.parent'),
  section: () => t('own.field.section'),
  sectionName: () => t('own.field.sectionName'),
  locale: () => t('own.field.locale'),
  kind: () => t('own.field.kind'),
};

/** The longest text a field takes (for a list, each item's). */
const LENGTH_LIMITS: Partial<Record<OwnCardField, number>> = {
  prompt: PROMPT_MAX,
  context: CONTEXT_MAX,
  keyPoints: KEY_POINT_MAX,
  answer: ANSWER_MAX,
  tags: TAG_MAX,
  sectionName: SECTION_NAME_MAX,
};
/** How many items a list takes. */
const COUNT_LIMITS: Partial<Record<OwnCardField, number>> = { keyPoints: KEY_POINTS_MAX, tags: TAGS_MAX };

export function fieldName(field: OwnCardField | undefined): string {
  const name = field && FIELD_NAMES[field];
  return name ? name() : t('own.field.card');
}

export function problemText(problem: OwnCardProblem): string {
  const field = fieldName(problem.field);
  switch (problem.code) {
    case 'empty': return t('own.problem.empty', { field });
    case 'too-long': return t('own.problem.too-long', { field, max: (problem.field && LENGTH_LIMITS[problem.field]) ?? 0 });
    case 'too-many': return t('own.problem.too-many', { field, max: (problem.field && COUNT_LIMITS[problem.field]) ?? 0 });
    case 'bad-format': return problem.field === 'tags' ? t('own.problem.tag-format') : t('own.problem.bad-format', { field });
    case 'not-allowed': return t('own.problem.not-allowed', { field });
    case 'missing': return t('own.importProblem.missing', { field });
    case 'wrong-type': return t('own.importProblem.wrong-type', { field });
    case 'unknown-field': return t('own.importProblem.unknown-field');
    case 'not-an-object': return t('own.importProblem.not-an-object');
    case 'bad-order': return t('own.importProblem.bad-order');
  }
}

/** One import problem: a card's, or the file's own (quotes, YAML, size). */
export function importProblemText(problem: ImportProblem): string {
  switch (problem.code) {
    case 'file-too-large':
    case 'too-many-cards':
    case 'unclosed-quote':
    case 'bad-quotes':
    case 'bad-yaml':
    case 'no-front-matter':
      return t(`own.importProblem.${problem.code}`);
    default:
      return problemText({ code: problem.code, ...(problem.field ? { field: problem.field } : {}) });
  }
}
