// Mock interviews (issue 17) as a learner runs them: set-up, the clock, a typed outline that
// pre-ticks key points, a spoken answer from Chromium's fake microphone, the rating recorded in
// the review log, and an interview cut short by a reload, then resumed.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { QuestionCard } from '../../content/schema';
import type { MockInterview, Recording } from '../../renderer/core/mock/mock-interview';
import { matchKeyPoints } from '../../renderer/core/mock/key-point-match';
import { suggestRating } from '../../renderer/core/mock/suggested-rating';
import type { ReviewEvent } from '../../renderer/core/types';
import { CHROMIUM_PATH } from '../../playwright.config';
import { deck } from './deck';
import { expect, sectionCounts, test } from './fixtures';
import { dumpIndexedDb } from './idb';

// Chromium's fake microphone (a beep) and no permission prompt, for the spoken answer.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    ],
  },
});

const NOW = Date.UTC(2026, 5, 10, 15); // noon in São Paulo, the tests' zone

function questionByPrompt(prompt: string): QuestionCard {
  const card = deck.cards.find((c): c is QuestionCard => c.kind === 'question' && c.prompt === prompt);
  if (!card) throw new Error(`no question card "${prompt}"`);
  return card;
}

/** The question on screen, found in the deck by its prompt (the draw is random). */
async function currentQuestion(page: Page): Promise<QuestionCard> {
  return questionByPrompt((await page.getByRole('heading', { level: 1 }).textContent())!.trim());
}

async function setUp(page: Page, { sections, count, minutes }: { sections: string[]; count: number; minutes: number }) {
  await page.getByRole('navigation').getByRole('button', { name: 'Entrevista simulada' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entrevista simulada' })).toBeVisible();
  const group = page.getByRole('group', { name: 'Seções' });
  // all() does not wait: the set-up form shows once the remembered set-up is read.
  await expect(group.getByRole('checkbox').first()).toBeVisible();
  for (const box of await group.getByRole('checkbox').all()) {
    const name = (await box.evaluate((input) => input.parentElement!.textContent!)).trim();
    await box.setChecked(sections.includes(name));
  }
  await page.getByLabel('Número de perguntas').fill(String(count));
  await page.getByLabel('Tempo por pergunta (minutos)').fill(String(minutes));
}

async function mockRows(page: Page): Promise<MockInterview[]> {
  return (await dumpIndexedDb(page)).mockInterviews as MockInterview[];
}

test('a whole interview: the clock runs over, a typed outline pre-ticks its points, and the rating moves the card', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/');
  const before = await sectionCounts(page, 'Fundamentos');

  await setUp(page, { sections: ['Fundamentos'], count: 2, minutes: 1 });
  await page.getByRole('button', { name: 'Começar (2 perguntas)' }).click();
  await expect(page.getByText('Pergunta 1 de 2')).toBeVisible();
  const first = await currentQuestion(page);
  expect(first.section).toBe('basics');
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('1:00');

  // The outline states the first two key points; the others are left out.
  const outline = page.getByLabel('Seus tópicos (opcional)');
  await expect(outline).toBeFocused();
  const typed = `${first.keyPoints[0]}\n${first.keyPoints[1]}`;
  await outline.pressSequentially(typed);

  // The live region speaks once, at 30 seconds left, not before.
  const announcement = page.getByRole('status').filter({ hasText: 'Faltam 30 segundos.' });
  await page.clock.setFixedTime(NOW + 25_000);
  await expect(timer).toHaveText('0:35');
  await expect(announcement).toHaveCount(0);
  await page.clock.setFixedTime(NOW + 31_000);
  await expect(announcement).toHaveCount(1);
  // Past the limit the clock keeps going, as overrun.
  await page.clock.setFixedTime(NOW + 75_000);
  await expect(timer).toHaveText('+0:15');
  await expect(page.getByText('Tempo excedido')).toBeVisible();

  await page.keyboard.press('Control+Enter');
  const points = page.getByRole('group', { name: 'Pontos-chave que você cobriu' });
  await expect(points).toBeVisible();
  await expect(page.getByTestId('time-taken')).toContainText('15 s além');
  const boxes = points.getByRole('checkbox');
  await expect(boxes).toHaveCount(first.keyPoints.length);
  // The two points stated are ticked, and whatever else the matcher finds in them (points of one
  // question can share words); nothing more.
  const preTicked = matchKeyPoints(typed, first.keyPoints, 'pt-BR').flatMap((m, i) => (m.covered ? [i] : []));
  expect(preTicked).toEqual(expect.arrayContaining([0, 1]));
  for (let i = 0; i < first.keyPoints.length; i++) {
    if (preTicked.includes(i)) await expect(boxes.nth(i)).toBeChecked();
    else await expect(boxes.nth(i)).not.toBeChecked();
  }
  await expect(points.getByText('marcado pelo app')).toHaveCount(preTicked.length);
  // The suggestion comes from the ticks and the overrun (core/mock/suggested-rating).
  const suggested = page.getByText(/^Sugerida: /);
  const names = { 1: 'De novo', 2: 'Difícil', 3: 'Bom', 4: 'Fácil' } as const;
  const total = first.keyPoints.length;
  await expect(suggested).toHaveText(`Sugerida: ${names[suggestRating({ covered: preTicked.length, total, overrunMs: 15_000 })]}`);
  await expect(page.getByRole('radio', { name: names[suggestRating({ covered: preTicked.length, total, overrunMs: 15_000 })] })).toBeChecked();
  // The learner ticks the points the app missed: every one covered, over time, suggests Good.
  for (let i = 0; i < total; i++) await boxes.nth(i).check();
  await expect(suggested).toHaveText('Sugerida: Bom');
  await expect(page.getByRole('radio', { name: 'Bom' })).toBeChecked();
  // And rates it as they see fit.
  await page.getByRole('radio', { name: 'Difícil' }).check();
  await expect(page.getByRole('checkbox', { name: 'Registrar esta resposta nas minhas revisões' })).toBeChecked();
  await page.getByRole('button', { name: 'Próxima pergunta' }).click();

  await expect(page.getByText('Pergunta 2 de 2')).toBeVisible();
  const second = await currentQuestion(page);
  expect(second.id).not.toBe(first.id);
  await page.clock.setFixedTime(NOW + 95_000);
  await page.getByRole('button', { name: 'Encerrar resposta' }).click();
  await expect(page.getByText('(nenhum tópico escrito)')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Registrar esta resposta nas minhas revisões' }).uncheck();
  await page.getByRole('button', { name: 'Concluir entrevista' }).click();
  // The finished interview opens its report (screens/mock-report).
  const allPoints = first.keyPoints.length + second.keyPoints.length;
  const share = new Intl.NumberFormat('pt-BR', { style: 'percent', maximumFractionDigits: 0 }).format(first.keyPoints.length / allPoints);
  await expect(page.getByTestId('mock-score')).toHaveText(`${first.keyPoints.length} pontos-chave cobertos de ${allPoints} (${share})`);

  const dump = await dumpIndexedDb(page);
  const [row] = dump.mockInterviews as MockInterview[];
  const reviews = dump.reviews as ReviewEvent[];
  expect(row!.status).toBe('finished');
  expect(row!.questions.map((q) => [q.cardId, q.suggested, q.covered, q.rating])).toEqual([
    [first.id, preTicked, first.keyPoints.map((_, i) => i), 2],
    [second.id, [], [], 0],
  ]);
  expect(row!.questions[0]!.outline).toBe(typed);
  expect(row!.questions[0]!.endedAt - row!.questions[0]!.startedAt).toBe(75_000);
  // Only the recorded answer is in the log, under the id the interview keeps.
  expect(reviews.map((e) => [e.id, e.cardId, e.rating])).toEqual([[row!.questions[0]!.reviewId, first.id, 2]]);
  expect(row!.questions[1]!.reviewId).toBe('');

  // The answer counts as any other: the card was introduced today.
  await page.getByRole('navigation').getByRole('button', { name: 'Baralho' }).click();
  const after = await sectionCounts(page, 'Fundamentos');
  expect(after.newCount).toBe(before.newCount - 1);
});

test('an interview cut short by a reload keeps the typed outline and is resumed from the deck list', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/');
  await setUp(page, { sections: ['Nuvem', 'Comportamentais'], count: 2, minutes: 2 });
  await page.getByRole('button', { name: 'Começar (2 perguntas)' }).click();
  await expect(page.getByText('Pergunta 1 de 2')).toBeVisible();
  const first = await currentQuestion(page);
  expect(['cloud', 'behavioral']).toContain(first.section);
  await page.keyboard.press('Control+Enter');
  await page.getByRole('button', { name: 'Próxima pergunta' }).click();
  await expect(page.getByText('Pergunta 2 de 2')).toBeVisible();
  const second = await currentQuestion(page);
  await page.getByLabel('Seus tópicos (opcional)').pressSequentially('custo e latência');
  // The outline is written shortly after typing stops.
  await expect.poll(async () => (await mockRows(page))[0]?.questions[1]?.outline).toBe('custo e latência');

  await page.reload();
  const notice = page.getByRole('region', { name: 'Entrevista simulada' });
  await expect(notice).toContainText('Há uma entrevista interrompida.');
  await notice.getByRole('button', { name: 'Retomar' }).click();
  await expect(page.getByText('Pergunta 2 de 2')).toBeVisible();
  expect((await currentQuestion(page)).id).toBe(second.id);
  await expect(page.getByLabel('Seus tópicos (opcional)')).toHaveValue('custo e latência');
  // The time away is not time answering: the question starts over.
  await expect(page.getByRole('timer')).toHaveText('2:00');

  // Esc pauses; the mock screen offers it back, with what was answered.
  await page.keyboard.press('Escape');
  await expect(page.getByText('1 de 2 perguntas respondida, iniciada em', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Descartar' }).click();
  await expect(page.getByRole('button', { name: /^Começar/ })).toBeVisible();
  expect(await mockRows(page)).toEqual([]);
  // The answer recorded before the interview was thrown away stays in the reviews.
  expect(((await dumpIndexedDb(page)).reviews as ReviewEvent[]).map((e) => e.cardId)).toEqual([first.id]);
});

test('a spoken answer is recorded and kept in this computer\'s database', async ({ page }) => {
  await page.goto('/');
  await setUp(page, { sections: ['LLMOps'], count: 1, minutes: 2 });
  await page.getByRole('button', { name: 'Começar (1 pergunta)' }).click();
  await expect(page.getByText('Pergunta 1 de 1')).toBeVisible();
  await page.getByRole('button', { name: 'Gravar resposta falada' }).click();
  await expect(page.getByText('Gravando… (fica só neste computador)')).toBeVisible();
  await page.getByRole('button', { name: 'Parar gravação' }).click();
  await expect(page.getByText(/^Resposta gravada \(\d+ kB\), guardada só neste computador\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Encerrar resposta' }).click();
  await page.getByRole('button', { name: 'Concluir entrevista' }).click();
  // The report that follows plays it back from its stored Blob.
  await expect(page.getByTestId('mock-report')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('article', { name: 'Pergunta 1' }).locator('audio')).toHaveAttribute('src', /^blob:/);

  const [interview] = await mockRows(page);
  const recordings = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mlops-flashcards');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<Recording[]>((resolve) => {
      const request = db.transaction('recordings').objectStore('recordings').getAll();
      request.onsuccess = () => resolve(request.result as Recording[]);
    });
    db.close();
    return rows.map((r) => ({ interviewId: r.interviewId, questionIndex: r.questionIndex, mimeType: r.mimeType, bytes: r.bytes, blobBytes: r.audio.size }));
  });
  expect(recordings).toHaveLength(1);
  expect(recordings[0]).toMatchObject({ interviewId: interview!.id, questionIndex: 0 });
  expect(recordings[0]!.mimeType).toMatch(/^audio\//);
  expect(recordings[0]!.bytes).toBeGreaterThan(0);
  expect(recordings[0]!.blobBytes).toBe(recordings[0]!.bytes);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the set-up, a question and its check in the ${colorScheme} theme, with no serious accessibility violation`, async ({ page }) => {
    test.slow(); // axe checks the contrast of every node, three times
    await page.emulateMedia({ colorScheme });
    await page.clock.setFixedTime(NOW);
    await page.goto('/');
    const check = async (name: string) => {
      await page.screenshot({ path: `test-results/screens/mock-${name}-${colorScheme}.png`, fullPage: true });
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await setUp(page, { sections: ['Fundamentos', 'Técnicas'], count: 1, minutes: 1 });
    await check('setup');
    await page.getByRole('button', { name: 'Começar (1 pergunta)' }).click();
    await expect(page.getByText('Pergunta 1 de 1')).toBeVisible();
    const question = await currentQuestion(page);
    await page.getByLabel('Seus tópicos (opcional)').fill(question.keyPoints[0]!);
    await page.clock.setFixedTime(NOW + 70_000);
    await expect(page.getByRole('timer')).toHaveText('+0:10');
    await check('question');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('group', { name: 'Pontos-chave que você cobriu' })).toBeVisible();
    await check('check');
  });
}
