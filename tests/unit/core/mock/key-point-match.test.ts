import { describe, expect, it } from 'vitest';
import { contentStems, matchKeyPoints, type MockLocale } from '../../../../renderer/core/mock/key-point-match';
import type { KeyPointCase } from './key-point-case';
import { EN_CASES } from './key-point-cases.en';
import { PT_BR_CASES } from './key-point-cases.pt-BR';

const covered = (outline: string, keyPoint: string, locale: MockLocale) =>
  matchKeyPoints(outline, [keyPoint], locale)[0]!.covered;
const stems = (text: string, locale: MockLocale) => contentStems(text, locale).map((stem) => stem.stem);

function score(cases: readonly KeyPointCase[], locale: MockLocale) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: string[] = [];
  for (const { outline, keyPoint, covered: expected } of cases) {
    const got = covered(outline, keyPoint, locale);
    if (got && expected) truePositives++;
    else if (got) falsePositives++;
    else if (expected) falseNegatives++;
    if (got !== expected) misses.push(`${expected ? 'missed' : 'wrongly ticked'}: "${outline}" / "${keyPoint}"`);
  }
  return {
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / Math.max(1, truePositives + falseNegatives),
    misses,
  };
}

describe.each([
  ['pt-BR', PT_BR_CASES],
  ['en', EN_CASES],
] as const)('matchKeyPoints on the labelled %s outlines', (locale, cases) => {
  it('has at least 40 cases, with positives and negatives', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.covered).length).toBeGreaterThanOrEqual(15);
    expect(cases.filter((c) => !c.covered).length).toBeGreaterThanOrEqual(15);
  });

  it('reaches precision >= 0.9 and recall >= 0.6', () => {
    const { precision, recall, misses } = score(cases, locale);
    console.info(`key points ${locale}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} on ${cases.length} cases${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.6);
  });
});

describe('contentStems', () => {
  it('ignores case and accents', () => {
    expect(stems('Implantação MÉTRICAS', 'pt-BR')).toEqual(stems('implantacao metricas', 'pt-BR'));
  });

  it('gives word forms one stem', () => {
    expect(new Set(stems('monitorar monitoramento monitorado', 'pt-BR')).size).toBe(1);
    expect(new Set(stems('implantação implantar implantacao', 'pt-BR')).size).toBe(1);
    expect(new Set(stems('deploys deployment deployed deploying', 'en')).size).toBe(1);
    expect(stems('GPUs', 'en')).toEqual(stems('gpu', 'en'));
  });

  it('keeps short compounds as one term and splits longer ones', () => {
    expect(stems('CI/CD and A/B', 'en')).toEqual(['cicd', 'ab']);
    expect(stems('ci-cd', 'en')).toEqual(['cicd']);
    expect(stems('blue-green', 'en')).toEqual(stems('blue green', 'en'));
  });

  it('drops stop words and single letters, keeps numbers and makes number words digits', () => {
    expect(stems('o modelo e a API', 'pt-BR')).toEqual(stems('modelo API', 'pt-BR'));
    expect(stems('four layers, p95', 'en')).toEqual(['4', stems('layers', 'en')[0], 'p95']);
    expect(stems('quatro camadas', 'pt-BR')[0]).toBe('4');
  });
});

describe('matchKeyPoints', () => {
  it('tolerates word order', () => {
    expect(covered('drift data', 'Data drift', 'en')).toBe(true);
  });

  it('needs the one content word of a one-word point', () => {
    expect(covered('alerts and dashboards', 'Observability', 'en')).toBe(false);
    expect(covered('good observability', 'Observability', 'en')).toBe(true);
  });

  it('never ticks a point from its generic words alone', () => {
    const [match] = matchKeyPoints('the model and the data in production', ['Security of models and data in production'], 'en');
    expect(match!.covered).toBe(false);
    expect(match!.share).toBeGreaterThan(0);
  });

  it('takes a gloss in parentheses as another name for the words before it', () => {
    expect(covered('deploy', 'Implantação (deploy)', 'pt-BR')).toBe(true);
    expect(covered('implantação', 'Implantação (deploy)', 'pt-BR')).toBe(true);
  });

  it('gives one result per key point, in order, with shares in 0..1', () => {
    const matches = matchKeyPoints('canary rollout', ['Canary rollout', 'Blue-green switch', 'Shadow mode'], 'en');
    expect(matches.map((m) => m.covered)).toEqual([true, false, false]);
    for (const { share } of matches) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
  });
});
