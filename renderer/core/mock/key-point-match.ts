// Which key points of a question a typed outline covers, word for word but loosely: stems, not
// spellings; any order; generic words count for less. Meant to suggest, never to grade alone:
// the learner sees the ticks and can change them.
import { contentStems, type ContentStem, type MockLocale } from './content-stems';

export { contentStems, type ContentStem, type MockLocale } from './content-stems';

export interface KeyPointMatch {
  covered: boolean;
  /** Weighted share (0..1) of the point's content words found in the outline. */
  share: number;
}

/**
 * Share of a point's weighted content words an outline must hold for the point to tick. Chosen on
 * the labelled outlines in tests/unit/core/mock, precision first: the lowest share at which no
 * hard negative there ticked (a wrong tick flatters the learner; a missed one they add by hand).
 */
export const COVERED_SHARE = 0.7;
/** A generic word ("model", "dados") weighs this much against 1 for any other content word. */
export const GENERIC_WEIGHT = 0.4;
// A gloss in parentheses names the words before it another way: "implantação (deploy)",
// "registro de modelos (model registry)". Three or more items are examples instead: "(Airflow,
// Prefect, Dagster)".
const GLOSS_MAX_ITEMS = 2;
const GLOSS_MAX_WORDS = 3;
const GLOSS = /\s\(([^()]*)\)/g;
const GLOSS_ITEM_SEPARATOR = /\s*[,;]\s*|\s+(?:or|ou)\s+/;
const CLAUSE_BREAK = /[,;:.]/;

/** One idea of a key point: its own words, or any of the ways a gloss names them. */
interface PointUnit {
  wordings: ContentStem[][];
  /** What the unit weighs in the point: its own words' weight; 0 for examples, which only add. */
  weight: number;
}

const weightOf = (stem: ContentStem): number => (stem.generic ? GENERIC_WEIGHT : 1);
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

function unitsOf(keyPoint: string, locale: MockLocale): PointUnit[] {
  const units: PointUnit[] = [];
  let clause: ContentStem[] = [];
  const addText = (text: string): void => {
    const clauses = text.split(CLAUSE_BREAK);
    clauses.forEach((part, index) => {
      if (index > 0) clause = [];
      for (const stem of contentStems(part, locale)) {
        units.push({ wordings: [[stem]], weight: weightOf(stem) });
        clause.push(stem);
      }
    });
  };
  let last = 0;
  for (const gloss of keyPoint.matchAll(GLOSS)) {
    addText(keyPoint.slice(last, gloss.index));
    last = gloss.index + gloss[0].length;
    const items = (gloss[1] ?? '')
      .split(GLOSS_ITEM_SEPARATOR)
      .map((item) => contentStems(item, locale))
      .filter((stems) => stems.length > 0);
    if (items.length === 0) continue;
    const glossed = Math.min(GLOSS_MAX_WORDS, clause.length, Math.max(...items.map((item) => item.length)));
    if (items.length > GLOSS_MAX_ITEMS || glossed === 0) {
      units.push({ wordings: items, weight: 0 });
      continue;
    }
    const own = units.splice(units.length - glossed, glossed).map((unit) => unit.wordings[0]!.at(0)!);
    clause = clause.slice(0, clause.length - glossed);
    units.push({ wordings: [own, ...items], weight: sum(own.map(weightOf)) });
  }
  addText(keyPoint.slice(last));
  return units;
}

function wordingShare(wording: readonly ContentStem[], outline: ReadonlySet<string>): number {
  const total = sum(wording.map(weightOf));
  return total === 0 ? 0 : sum(wording.filter((stem) => outline.has(stem.stem)).map(weightOf)) / total;
}

function matchPoint(units: readonly PointUnit[], outline: ReadonlySet<string>): KeyPointMatch {
  const total = sum(units.map((unit) => unit.weight));
  if (total === 0) return { covered: false, share: 0 };
  let found = 0;
  let specificFound = false;
  let anySpecific = false;
  for (const unit of units) {
    const shares = unit.wordings.map((wording) => wordingShare(wording, outline));
    const best = Math.max(...shares);
    found += unit.weight === 0 ? (best > 0 ? 1 : 0) : best * unit.weight;
    unit.wordings.forEach((wording, index) => {
      const specific = wording.filter((stem) => !stem.generic);
      if (unit.weight > 0 && index === 0) anySpecific ||= specific.length > 0;
      if (shares[index]! > 0 && specific.some((stem) => outline.has(stem.stem))) specificFound = true;
    });
  }
  const share = Math.min(1, found / total);
  // A point whose words are all generic still needs them; otherwise one specific word must be there.
  const covered = share >= COVERED_SHARE && (specificFound || !anySpecific);
  return { covered, share };
}

/** For each key point, whether the outline covers it and how much of it the outline holds. */
export function matchKeyPoints(outline: string, keyPoints: readonly string[], locale: MockLocale): KeyPointMatch[] {
  const outlineStems = new Set(contentStems(outline, locale).map((stem) => stem.stem));
  return keyPoints.map((keyPoint) => matchPoint(unitsOf(keyPoint, locale), outlineStems));
}
