import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../renderer/db/import-progress';
import { i18n } from '../../../../renderer/i18n/index.svelte';
import { describeWhere, formatBytes, learnerChangesText, previewChangesNothing, previewSummary, problemText } from '../../../../renderer/screens/files/file-text';

const preview: ImportPreview = {
  total: 1204,
  newCount: 312,
  heldCount: 0,
  firstAt: new Date(2026, 0, 3, 12).getTime(),
  lastAt: new Date(2026, 10, 20, 12).getTime(),
  unknownCardCount: 0,
  userCardDataChanges: 0,
  settingsAdded: 0,
  learnerChanges: { ownCards: 0, ownAnswers: 0, mockInterviews: 0, interviewDate: false },
};

afterEach(() => {
  i18n.locale = 'pt-BR';
});

describe('progress texts', () => {
  it('summarises an import the way the issue asks, in both languages', () => {
    expect(previewSummary(preview)).toBe('1.204 respostas, 312 novas neste computador, de 03/01/2026 a 20/11/2026.');
    i18n.locale = 'en';
    expect(previewSummary(preview)).toBe('1,204 answers, 312 new to this computer, from 2026-01-03 to 2026-11-20.');
  });

  it('uses the singular for exactly one, and the plural for none', () => {
    expect(previewSummary({ ...preview, total: 1, newCount: 1, firstAt: undefined, lastAt: undefined })).toBe('1 resposta, 1 nova neste computador.');
    expect(previewSummary({ ...preview, total: 0, newCount: 0, firstAt: undefined, lastAt: undefined })).toBe('0 respostas, 0 novas neste computador.');
  });

  it('knows when an import would change nothing', () => {
    expect(previewChangesNothing({ ...preview, newCount: 0 })).toBe(true);
    expect(previewChangesNothing({ ...preview, newCount: 0, settingsAdded: 1 })).toBe(false);
    expect(previewChangesNothing({ ...preview, newCount: 0, learnerChanges: { ...preview.learnerChanges, mockInterviews: 1 } })).toBe(false);
    expect(previewChangesNothing({ ...preview, newCount: 0, learnerChanges: { ...preview.learnerChanges, interviewDate: true } })).toBe(false);
  });

  it('names what else the learner made, in a list with plurals, in both languages', () => {
    expect(learnerChangesText(preview.learnerChanges)).toBe('');
    const changes = { ownCards: 1, ownAnswers: 2, mockInterviews: 3, interviewDate: true };
    expect(learnerChangesText(changes)).toBe('Também: 3 entrevistas simuladas, 1 cartão seu novo ou alterado, 2 versões de respostas suas e a data da entrevista.');
    i18n.locale = 'en';
    expect(learnerChangesText({ ...changes, mockInterviews: 1 })).toBe('Also: 1 mock interview, 1 of your cards new or changed, 2 versions of your answers, and the interview date.');
  });

  it('reads a version-2 line as a line', () => {
    expect(describeWhere('line 12: rating')).toBe('linha 12 (rating)');
    expect(describeWhere('line 3')).toBe('linha 3');
  });

  it('points at the faulty value in words, whichever path style it comes in', () => {
    expect(describeWhere('reviews[3].rating')).toBe('resposta nº 4 (rating)');
    expect(describeWhere('userCardData.0.flag')).toBe('dados do cartão nº 1 (flag)');
    expect(describeWhere('0mvnlk803-b00000000003')).toBe('0mvnlk803-b00000000003');
    i18n.locale = 'en';
    expect(describeWhere('reviews[3]')).toBe('answer #4');
  });

  it('says how big a refused file is', () => {
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MB');
    expect(problemText({ code: 'too-large', bytes: 300 * 1024 * 1024 })).toBe(
      'O arquivo tem 300 MB, e o limite é 256 MB: não parece uma exportação deste app. Nada foi alterado.',
    );
    expect(problemText({ code: 'checksum' })).toContain('Nada foi alterado.');
  });
});
