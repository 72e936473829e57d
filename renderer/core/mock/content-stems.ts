// The content words of a typed outline or a key point, reduced to comparable stems: case,
// accents and word forms ("monitorar", "monitoramento"; "deploys", "deployment") do not matter,
// stop words are dropped, and short compounds ("CI/CD", "A/B") stay one term.
import { stopwords as englishStopWords } from '@orama/stopwords/english';
import { stopwords as portugueseStopWords } from '@orama/stopwords/portuguese';
import { stemmer as portugueseStem } from '@orama/stemmers/portuguese';
import { stem as englishStem } from 'porter2';
import { foldText } from '../search';

export type { Locale as MockLocale } from '../../../content/schema';
import type { Locale as MockLocale } from '../../../content/schema';

/** One content word: its stem, and whether it is too common in this deck to show a point was made. */
export interface ContentStem {
  stem: string;
  generic: boolean;
}

// Words joined by '/' or '-' whose parts are all this short are one term: "CI/CD", "A/B", "I/O".
// Longer parts are words of their own: "stress/load", "blue-green", "Kolmogorov-Smirnov".
const JOINED_PART_MAX = 2;
const WORD = /[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*/gu;
// "GPUs", "APIs", "KPIs": the plural of an acronym, which no stemmer knows.
const ACRONYM_PLURAL = /\b([A-Z][A-Z0-9]+)s\b/g;

const NUMBER_WORDS: Record<MockLocale, Record<string, string>> = {
  'pt-BR': { dois: '2', duas: '2', tres: '3', quatro: '4', cinco: '5', seis: '6', sete: '7', oito: '8', nove: '9', dez: '10' },
  en: { two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' },
};

// Beyond Snowball's stop lists: words an answer uses whatever it is about ("usar", "make",
// "sempre"), which would otherwise tick a point on their own.
const EXTRA_STOP_WORDS: Record<MockLocale, readonly string[]> = {
  'pt-BR': [
    'ser', 'estar', 'ter', 'fazer', 'faz', 'feito', 'pode', 'podem', 'poder', 'deve', 'devem', 'dever', 'vai', 'ir',
    'cada', 'todo', 'toda', 'todos', 'todas', 'outro', 'outra', 'outros', 'outras', 'mesma', 'mesmos', 'mesmas',
    'coisa', 'coisas', 'algo', 'alguns', 'algumas', 'algum', 'alguma', 'sempre', 'ainda', 'tambem', 'entao', 'assim',
    'bem', 'so', 'apenas', 'vs', 'etc', 'ex', 'tipo', 'via', 'sobre', 'antes', 'depois', 'onde', 'porque', 'pois',
    'se', 'nao', 'sim', 'ja', 'la', 'aqui', 'ai', 'isso', 'dai', 'tal', 'tais', 'cujo', 'cuja', 'cujos', 'cujas',
  ],
  en: [
    'a', 'also', 'just', 'etc', 'eg', 'ie', 'vs', 'via', 'per', 'thing', 'things', 'make', 'makes', 'made', 'get',
    'gets', 'got', 'use', 'uses', 'used', 'using', 'can', 'need', 'needs', 'one', 'ones', 'way', 'ways', 'always',
    'still', 'even', 'much', 'many', 'well', 'like', 'whose', 'without', 'within', 'something', 'every', 'either',
  ],
};

// Stems found in a large share of the deck's key points: an outline for any question mentions
// them, so they count for less and cannot tick a point alone.
const GENERIC_WORDS: Record<MockLocale, readonly string[]> = {
  'pt-BR': [
    'modelo', 'dados', 'dado', 'producao', 'ml', 'machine', 'learning', 'sistema', 'forma', 'uso', 'usar', 'bom',
    'boa', 'melhor', 'novo', 'nova', 'parte', 'caso', 'exemplo', 'ponto', 'tempo', 'processo', 'importante',
  ],
  en: [
    'model', 'data', 'production', 'ml', 'machine', 'learning', 'system', 'good', 'better', 'new', 'part', 'case',
    'example', 'point', 'time', 'process', 'important',
  ],
};

// Portuguese typed without accents: the Snowball stemmer only knows "-ção" and "-ência" with their
// accents, so "implantacao" kept a different stem from "implantação" and "implantar". The usual
// accented endings are put back before stemming.
const PORTUGUESE_ACCENTED_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/coes$/, 'ções'],
  [/cao$/, 'ção'],
  [/soes$/, 'sões'],
  [/sao$/, 'são'],
  [/oes$/, 'ões'],
  [/ao$/, 'ão'],
  [/encia(s?)$/, 'ência$1'],
  [/ancia(s?)$/, 'ância$1'],
  [/avel$/, 'ável'],
  [/aveis$/, 'áveis'],
  [/ivel$/, 'ível'],
  [/iveis$/, 'íveis'],
];

function stemWord(word: string, locale: MockLocale): string {
  if (/\d/.test(word)) return word;
  if (locale === 'en') return englishStem(word);
  let accented = word;
  for (const [ending, replacement] of PORTUGUESE_ACCENTED_ENDINGS) {
    if (ending.test(accented)) {
      accented = accented.replace(ending, replacement);
      break;
    }
  }
  return foldText(portugueseStem(accented));
}

interface Vocabulary {
  stopWords: Set<string>;
  genericStems: Set<string>;
}

const vocabularies = new Map<MockLocale, Vocabulary>();

function vocabularyOf(locale: MockLocale): Vocabulary {
  let vocabulary = vocabularies.get(locale);
  if (!vocabulary) {
    const snowball = locale === 'en' ? englishStopWords : portugueseStopWords;
    const stopWords = new Set([...snowball, ...EXTRA_STOP_WORDS[locale]].map(foldText));
    const genericStems = new Set(GENERIC_WORDS[locale].map((word) => stemWord(word, locale)));
    vocabulary = { stopWords, genericStems };
    vocabularies.set(locale, vocabulary);
  }
  return vocabulary;
}

/** The folded words of a text, with short compounds joined ("ci/cd" -> "cicd") and the rest split. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  const folded = foldText(text.replace(ACRONYM_PLURAL, '$1'));
  for (const [token] of folded.matchAll(WORD)) {
    const parts = token.split(/[-/]/);
    if (parts.length > 1 && parts.every((part) => part.length <= JOINED_PART_MAX)) words.push(parts.join(''));
    else words.push(...parts);
  }
  return words;
}

/**
 * The content words of `text` as stems, in order, repeats kept. Single letters are dropped
 * (except digits), so are stop words; number words become digits ("four" -> "4").
 */
export function contentStems(text: string, locale: MockLocale): ContentStem[] {
  const { stopWords, genericStems } = vocabularyOf(locale);
  const stems: ContentStem[] = [];
  for (const word of wordsOf(text)) {
    if (stopWords.has(word)) continue;
    if (word.length < 2 && !/\d/.test(word)) continue;
    const stem = NUMBER_WORDS[locale][word] ?? stemWord(word, locale);
    stems.push({ stem, generic: genericStems.has(stem) });
  }
  return stems;
}
