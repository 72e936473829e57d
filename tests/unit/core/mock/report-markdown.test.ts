import { describe, expect, it } from 'vitest';
import type { MockInterview } from '../../../../renderer/core/mock/mock-interview';
import { buildReport } from '../../../../renderer/core/mock/report';
import { escapeMarkdown, reportFileName, reportMarkdown } from '../../../../renderer/core/mock/report-markdown';
import { Rating } from '../../../../renderer/core/types';

const START = new Date(2026, 11, 6, 14, 5).getTime();
const mock: MockInterview = {
  id: 'm1',
  startedAt: START,
  status: 'finished',
  settings: { sections: [], questionCount: 2, secondsPerQuestion: 120, locale: 'en', weakFirst: false, readAloud: false },
  questions: [
    { cardId: 'basics/a', startedAt: START, endedAt: START + 185_000, outline: 'drift <img src=x onerror=alert(1)>\n```\nstill inside', suggested: [0], covered: [0], keyPointCount: 3, rating: Rating.Hard, reviewId: 'r1' },
    { cardId: 'cloud/c', startedAt: START, endedAt: START + 60_000, outline: '', suggested: [], covered: [0, 1, 2], keyPointCount: 3, rating: 0, reviewId: '' },
  ],
  updatedAt: START,
  deviceId: 'd',
};
const cards = {
  'basics/a': { prompt: 'What is *drift*?', keyPoints: ['Data drift: inputs change', 'Concept drift', 'Monitor <b>both</b>'], section: 'basics' },
  'cloud/c': { prompt: 'Serverless?', keyPoints: ['c0', 'c1', 'c2'], section: 'cloud' },
} as const;
const report = buildReport(mock, (id) => cards[id as keyof typeof cards], [{ id: 'basics/a--f1', parent: 'basics/a' }]);
const labels = {
  sectionName: (id: string) => ({ basics: 'Fundamentos', cloud: 'Nuvem' })[id] ?? id,
  ratingName: (r: Rating) => ['', 'De novo', 'Difícil', 'Bom', 'Fácil'][r]!,
};

describe('reportMarkdown', () => {
  const pt = reportMarkdown(report, 'pt-BR', labels, START + 3_600_000);
  const en = reportMarkdown(report, 'en', { ...labels, ratingName: (r) => ['', 'Again', 'Hard', 'Good', 'Easy'][r]! }, START + 3_600_000);

  it('is written in the learner’s language, dated', () => {
    expect(pt).toMatch(/^# Relatório da entrevista simulada\n\nFeita em 6 de dezembro de 2026 .*14:05, em inglês\./);
    expect(pt).toContain('- 4 pontos-chave cobertos de 6 (67%)');
    expect(pt).toContain('- Avaliações: De novo 0, Difícil 1, Bom 0, Fácil 0, 1 sem avaliação');
    expect(en).toMatch(/^# Mock interview report\n\nHeld on December 6, 2026 at 2:05\s?PM, in English\./);
    expect(en).toContain('- 4 key points covered of 6 (67%)');
  });

  it('spells out the missed points and the overrun', () => {
    expect(en).toContain('Missed:\n\n- [ ] Concept drift\n- [ ] Monitor \\<b\\>both\\</b\\>\n');
    expect(en).toContain('- [x] Data drift: inputs change');
    expect(en).toContain('- Time: 3:05 of 2:00, +1:05 over the limit');
    expect(en).toContain('- Time: 1:00 of 2:00, within the limit');
    expect(en).toContain('Missed:\n\n- none: every point covered');
  });

  it('keeps the learner’s outline as text, in a fence it cannot close', () => {
    expect(en).toContain('````text\ndrift <img src=x onerror=alert(1)>\n```\nstill inside\n````');
    expect(en).toContain('*(nothing typed)*');
  });

  it('puts the summary before the questions, as the screen does', () => {
    expect(pt.indexOf('## Seções mais fracas')).toBeGreaterThan(pt.indexOf('## Pontuação'));
    expect(pt.indexOf('## Estude a seguir')).toBeLessThan(pt.indexOf('## Pergunta 1'));
    expect(pt.indexOf('## Pergunta 1')).toBeLessThan(pt.indexOf('## Pergunta 2'));
  });

  it('names the weakest sections and the cards to study next', () => {
    expect(pt).toContain('## Seções mais fracas\n\n- Fundamentos: 1 de 3 pontos (33%)\n');
    expect(pt).toContain('1 cartão de fato sob as perguntas em que faltaram pontos.\n- `basics/a--f1`');
  });
});

describe('report file names', () => {
  it('carry the interview’s local date and time and pass the save-file name check', () => {
    expect(reportFileName(START, 'md')).toBe('mock-interview-2026-12-06-1405.md');
    expect(reportFileName(START, 'pdf')).toBe('mock-interview-2026-12-06-1405.pdf');
  });
});

describe('escapeMarkdown', () => {
  it('escapes markup and HTML and folds lines', () => {
    expect(escapeMarkdown('a *b* [c](d) <e> #f\nnext')).toBe('a \\*b\\* \\[c\\](d) \\<e\\> \\#f next');
  });
});
