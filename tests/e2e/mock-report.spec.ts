// The report of a finished mock interview, the history of them, their recordings and the score
// trend, from interviews seeded as the interview screen stores them (one with a recording).
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { CompiledCard, DeckFile } from '../../content/schema';
import type { MockInterview, MockQuestion } from '../../renderer/core/mock/mock-interview';
import { deck } from './deck';
import { expect, test } from './fixtures';
import { DB_NAME, dumpIndexedDb, putRows } from './idb';

const english = JSON.parse(readFileSync(new URL('../../content/dist/decks/en.json', import.meta.url), 'utf8')) as DeckFile;
const START = new Date('2026-11-20T14:05:00-03:00').getTime();
const DAY = 86_400_000;

function question(id: string): Extract<CompiledCard, { kind: 'question' }> {
  const card = english.cards.find((c) => c.id === id);
  if (card?.kind !== 'question') throw new Error(`no question ${id}`);
  return card;
}
const factsOf = (id: string) => deck.cards.filter((c) => c.kind === 'fact' && c.parent === id);

const DRIFT = question('basics/model-and-concept-drift');
const SERVERLESS = question('cloud/serverless');
const CICD = question('technical/ci-cd-pipeline');
const OUTLINE_WITH_MARKUP = 'Two drifts: data and concept.\n<img src=x onerror="window.__xss = 1"> <b>bold?</b>';

function asked(card: { id: string; keyPoints: string[] }, at: number, seconds: number, covered: number[], change: Partial<MockQuestion> = {}): MockQuestion {
  return {
    cardId: card.id,
    startedAt: at,
    endedAt: at + seconds * 1000,
    outline: '',
    suggested: covered,
    covered,
    keyPointCount: card.keyPoints.length,
    rating: 3,
    reviewId: `r-${card.id}`,
    ...change,
  };
}

function interview(id: string, startedAt: number, questions: MockQuestion[]): MockInterview {
  return {
    id,
    startedAt,
    status: 'finished',
    settings: { sections: [], questionCount: questions.length, secondsPerQuestion: 120, locale: 'en', weakFirst: false, readAloud: false },
    questions,
    updatedAt: startedAt + 600_000,
    deviceId: 'this-laptop',
  };
}

/** Drift: 2 of 6 covered, 3:05 against 2:00; serverless: every point; CI/CD: nothing, an outline with markup. */
const MAIN = interview('m-main', START, [
  asked(DRIFT, START, 185, [0, 1], { rating: 2 }),
  asked(SERVERLESS, START + 200_000, 90, [0, 1, 2, 3, 4, 5], { rating: 4 }),
  asked(CICD, START + 300_000, 60, [], { rating: 0, reviewId: '', outline: OUTLINE_WITH_MARKUP }),
]);
const EARLIER = interview('m-earlier', START - 3 * DAY, [asked(SERVERLESS, START - 3 * DAY, 100, [0, 1, 2])]);

async function openApp(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Estudar tudo' })).toBeVisible();
}

/**
 * A real recording, made in the page as the interview screen makes one: MediaRecorder over a
 * tone (no microphone needed), stopped at its first chunk of data, then stored with its size.
 */
async function seedRecording(page: Page, row: { id: string; interviewId: string; questionIndex: number; createdAt: number }): Promise<number> {
  return page.evaluate(
    async ({ name, row }) => {
      const context = new AudioContext();
      await context.resume();
      const tone = context.createOscillator();
      const output = context.createMediaStreamDestination();
      tone.connect(output);
      tone.start();
      const recorder = new MediaRecorder(output.stream, { mimeType: 'audio/webm' });
      const chunks: Blob[] = [];
      const stopped = new Promise((resolve) => recorder.addEventListener('stop', resolve));
      recorder.addEventListener('dataavailable', (event) => {
        chunks.push(event.data);
        if (recorder.state === 'recording') recorder.stop();
      });
      recorder.start(250);
      await stopped;
      tone.stop();
      await context.close();
      const audio = new Blob(chunks, { type: recorder.mimeType });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('recordings', 'readwrite');
        tx.objectStore('recordings').put({ ...row, mimeType: recorder.mimeType, bytes: audio.size, audio });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return audio.size;
    },
    { name: DB_NAME, row },
  );
}

async function seed(page: Page, interviews: MockInterview[]) {
  await putRows(page, 'mockInterviews', interviews);
}

async function openHistory(page: Page) {
  await page.getByRole('navigation').getByRole('button', { name: 'Estatísticas' }).click();
  await expect(page.getByTestId('score-trend')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Ver todas as entrevistas' }).click();
  await expect(page.getByTestId('mock-history')).toHaveAttribute('data-ready', 'true');
}

/** A date as the history shows it: the page runs in São Paulo's time zone (playwright.config.ts). */
const shownAt = (at: number) => new Intl.DateTimeFormat('pt-BR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Sao_Paulo' }).format(at);

async function openReport(page: Page, startedAt: number) {
  await page.getByRole('button', { name: `Abrir o relatório de ${shownAt(startedAt)}` }).click();
  await expect(page.getByTestId('mock-report')).toHaveAttribute('data-ready', 'true');
}

const questionPanel = (page: Page, n: number) => page.getByRole('article', { name: `Pergunta ${n}` });

test('the report spells out what was missed, plays the recording, saves Markdown, prints alone and leads to practice', async ({ page }) => {
  await openApp(page);
  await seed(page, [MAIN, EARLIER]);
  const bytes = await seedRecording(page, { id: 'rec-1', interviewId: MAIN.id, questionIndex: 0, createdAt: START + 185_000 });
  expect(bytes).toBeGreaterThan(0);
  await openHistory(page);
  await openReport(page, START);

  await expect(page.getByRole('heading', { level: 1, name: 'Relatório da entrevista simulada' })).toBeVisible();
  await expect(page.getByText(/em inglês\.$/)).toBeVisible();
  // 2 + 6 + 0 of 6 + 6 + 7 points.
  await expect(page.getByTestId('mock-score')).toHaveText('8 pontos-chave cobertos de 19 (42%)');

  const drift = questionPanel(page, 1);
  await expect(drift.getByText(DRIFT.prompt)).toBeVisible();
  // The missed points in the interview's language, word for word from the deck.
  await expect(drift.locator('ul.missed > li')).toHaveText(DRIFT.keyPoints.slice(2));
  await expect(drift.locator('ul.covered > li')).toHaveText(DRIFT.keyPoints.slice(0, 2));
  await expect(drift.getByText('3:05 de 2:00,')).toBeVisible();
  await expect(drift.getByText('+1:05 além do limite')).toBeVisible();
  await expect(questionPanel(page, 2).getByText('nenhum: todos os pontos cobertos')).toBeVisible();
  await expect(questionPanel(page, 2).getByText('dentro do limite')).toBeVisible();

  // The outline shows its markup as characters; nothing in it runs or renders.
  const cicd = questionPanel(page, 3);
  await expect(cicd.locator('.outline')).toHaveText(OUTLINE_WITH_MARKUP);
  await expect(cicd.locator('img, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await expect(cicd.getByText('não registrada')).toBeVisible();

  // The recording plays from its stored Blob (the CSP's media-src allows blob:).
  const audio = drift.locator('audio');
  await expect(drift.getByRole('heading', { name: /^Gravação \(/ })).toBeVisible();
  await expect(audio).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.readyState)).toBeGreaterThanOrEqual(1);

  // Weakest sections: technical 0/7, basics 2/6; cloud was answered in full.
  await expect(page.getByRole('region', { name: 'Seções mais fracas' }).getByRole('listitem')).toHaveText(['Técnicas: 0 de 7 pontos (0%)', 'Fundamentos: 2 de 6 pontos (33%)']);

  // Markdown, in the learner's language, with the deck's words in the interview's.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Salvar em Markdown' }).click()]);
  expect(download.suggestedFilename()).toBe('mock-interview-2026-11-20-1405.md');
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toMatch(/^# Relatório da entrevista simulada\n\nFeita em 20 de novembro de 2026/);
  expect(markdown).toContain('- 8 pontos-chave cobertos de 19 (42%)');
  expect(markdown).toContain(`- [ ] ${DRIFT.keyPoints[5]!.replace(/[\\`*_[\]<>#|~&]/g, '\\$&')}`);
  expect(markdown).toContain('- Tempo: 3:05 de 2:00, +1:05 além do limite');
  expect(markdown).toContain('```text\nTwo drifts: data and concept.\n<img src=x onerror="window.__xss = 1"> <b>bold?</b>\n```');

  // Printing (the browser's way to a PDF): the dialog is asked for, and on paper only the report shows.
  await page.evaluate(() => {
    window.print = () => void ((window as { __printed?: number }).__printed = ((window as { __printed?: number }).__printed ?? 0) + 1);
  });
  await page.getByRole('button', { name: 'Imprimir ou salvar em PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as { __printed?: number }).__printed)).toBe(1);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('header.topbar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Salvar em Markdown' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Praticar/ })).toBeHidden();
  await expect(drift.locator('audio')).toBeHidden();
  await expect(drift.locator('ul.missed')).toBeVisible();
  // Dark ink on white even when the system is dark.
  const colours = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.querySelector('.mock-report')!).color]);
  expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  await page.screenshot({ path: 'test-results/screens/mock-report-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

  // "Study these next": the facts under drift and CI/CD (serverless had nothing missed).
  const next = [...factsOf(DRIFT.id), ...factsOf(CICD.id)];
  await page.getByRole('button', { name: `Praticar estes ${next.length} cartões` }).click();
  await expect(page.locator('h1.prompt')).toHaveText(next[0]!.prompt);
});

test('the history survives a reload, and recordings are deleted one by one or all at once', async ({ page }) => {
  await openApp(page);
  await seed(page, [MAIN, EARLIER, { ...interview('m-running', START + DAY, []), status: 'running' }]);
  await seedRecording(page, { id: 'rec-1', interviewId: MAIN.id, questionIndex: 0, createdAt: START + 185_000 });
  await seedRecording(page, { id: 'rec-2', interviewId: MAIN.id, questionIndex: 2, createdAt: START + 360_000 });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Estudar tudo' })).toBeVisible();

  await page.getByRole('navigation').getByRole('button', { name: 'Estatísticas' }).click();
  // The trend: 3/6 three days before, then 8/19 (a running interview is not in it).
  await expect(page.getByRole('img', { name: 'Pontuação de 2 entrevistas simuladas: a última 42%, média das últimas 2 46%.' })).toBeVisible();
  await page.getByTestId('score-trend').getByText('Ver os números').click();
  await expect(page.getByRole('table', { name: 'Pontuação nas entrevistas simuladas' }).getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Ver todas as entrevistas' }).click();

  const rows = page.getByRole('table', { name: /Entrevistas simuladas feitas/ }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByRole('cell')).toHaveText(['42% (8 de 19)', '3 de 3', 'inglês']);
  await expect(rows.nth(2).getByRole('cell')).toHaveText(['50% (3 de 6)', '1 de 1', 'inglês']);
  await expect(page.getByTestId('recordings-total')).toHaveText(/^2 gravações, .+ no total\.$/);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Estudar tudo' })).toBeVisible();
  await openHistory(page);
  await expect(rows).toHaveCount(3);

  // One by one, from its report.
  await openReport(page, START);
  await questionPanel(page, 3).getByRole('button', { name: 'Apagar a gravação' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gravação apagada.' })).toBeVisible();
  await expect(questionPanel(page, 3).locator('audio')).toHaveCount(0);
  await expect(questionPanel(page, 1).locator('audio')).toHaveCount(1);
  await page.getByRole('button', { name: 'Todas as entrevistas' }).click();
  await expect(page.getByTestId('recordings-total')).toHaveText(/^1 gravação, .+\.$/);

  // All at once, after a confirmation that can be declined.
  await page.getByRole('button', { name: 'Apagar todas as gravações' }).click();
  const dialog = page.getByRole('dialog', { name: 'Apagar todas as gravações?' });
  await expect(dialog).toContainText('1 gravação');
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(dialog).toBeHidden();
  expect((await dumpIndexedDb(page)).recordings).toHaveLength(1);
  await page.getByRole('button', { name: 'Apagar todas as gravações' }).click();
  await dialog.getByRole('button', { name: 'Apagar', exact: true }).click();
  await expect(page.getByTestId('recordings-total')).toHaveText('Nenhuma gravação guardada.');
  const after = await dumpIndexedDb(page);
  expect(after.recordings).toEqual([]);
  expect(after.mockInterviews).toHaveLength(3);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the report, the history and the trend in the ${colorScheme} theme, with no serious accessibility violation`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await seed(page, [MAIN, EARLIER]);
    await seedRecording(page, { id: 'rec-1', interviewId: MAIN.id, questionIndex: 0, createdAt: START + 185_000 });
    await openHistory(page);
    await expectNoSeriousViolation(page);
    await page.screenshot({ path: `test-results/screens/mock-history-${colorScheme}.png`, fullPage: true });
    await openReport(page, START);
    await expectNoSeriousViolation(page);
    await page.screenshot({ path: `test-results/screens/mock-report-${colorScheme}.png`, fullPage: true });
    await page.getByLabel('Idioma').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Mock interview report' })).toBeVisible();
    await expect(page.getByTestId('mock-score')).toHaveText('8 key points covered of 19 (42%)');
    await page.getByRole('navigation').getByRole('button', { name: 'Statistics' }).click();
    await expect(page.getByTestId('score-trend')).toHaveAttribute('data-ready', 'true');
    await page.getByTestId('score-trend').scrollIntoViewIfNeeded();
    await expectNoSeriousViolation(page);
    await page.getByTestId('score-trend').screenshot({ path: `test-results/screens/mock-trend-${colorScheme}.png` });
  });
}

async function expectNoSeriousViolation(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

// How fast the history and a report are drawn (1,000 interviews, 100,000 answers) is the
// benchmark's figure (npm run bench), never a timed test.
test('the history lists interviews 50 at a time, newest first, and shows more on request', async ({ page }) => {
  await openApp(page);
  const questions = [DRIFT, SERVERLESS, CICD];
  const interviews = Array.from({ length: 120 }, (_, i) => {
    const at = START - i * DAY;
    return interview(`m-${String(i).padStart(4, '0')}`, at, Array.from({ length: 6 }, (_, q) => asked(questions[q % 3]!, at + q * 150_000, 60 + ((i + q) % 120), [0, 1, 2].slice(0, (i + q) % 4))));
  });
  await seed(page, interviews);
  await openHistory(page);
  const rows = page.getByRole('table', { name: /120 entrevistas/ }).getByRole('row');
  await expect(rows).toHaveCount(51);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText(shownAt(START));
  await page.getByRole('button', { name: 'Mostrar mais 50' }).click();
  await expect(rows).toHaveCount(101);
  await expect(rows.nth(100).getByRole('rowheader')).toHaveText(shownAt(START - 99 * DAY));
  await page.getByRole('button', { name: `Abrir o relatório de ${shownAt(START - 99 * DAY)}` }).click();
  await expect(page.getByTestId('mock-report')).toHaveAttribute('data-ready', 'true');
});


test('a progress file carries the interviews to another profile, where the history and the report show them; a second import changes nothing', async ({ page, browser, baseURL }) => {
  const carried = interview('mifyq0w0a-abcdefghijkl', START, [
    asked(DRIFT, START, 185, [0, 1], { rating: 2, reviewId: '' }),
    asked(SERVERLESS, START + 200_000, 90, [0, 1, 2], { rating: 3, reviewId: '' }),
  ]);
  await openApp(page);
  await seed(page, [carried]);
  await seedRecording(page, { id: 'rec-carried', interviewId: carried.id, questionIndex: 0, createdAt: START + 185_000 });
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: 'Progresso e backups' }).click();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: /Exportar progresso/ }).first().click();
  const path = await (await exported).path();

  const other = await browser.newContext({ baseURL: baseURL!, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' });
  try {
    const second = await other.newPage();
    await openApp(second);
    for (const [round, said] of [[1, /1 entrevista simulada/], [2, /nada/i]] as const) {
      await second.getByRole('navigation').getByRole('button', { name: 'Progresso e backups' }).click();
      const chooser = second.waitForEvent('filechooser');
      await second.getByRole('button', { name: 'Importar arquivo…' }).click();
      await (await chooser).setFiles(path);
      const dialog = second.getByRole('dialog');
      await expect(dialog).toContainText(said);
      if (round === 1) {
        await dialog.getByRole('button', { name: /Importar/ }).click();
        await expect(dialog).toHaveCount(0);
      } else {
        await dialog.getByRole('button', { name: /Cancelar|Fechar/ }).first().click();
      }
    }
    await openHistory(second);
    await openReport(second, START);
    await expect(second.getByTestId('mock-score')).toContainText(`5 pontos-chave cobertos de ${DRIFT.keyPoints.length + SERVERLESS.keyPoints.length}`);
    // The recording stayed on the first computer.
    const dump = await dumpIndexedDb(second);
    expect(dump.mockInterviews).toHaveLength(1);
    expect(dump.recordings).toEqual([]);
  } finally {
    await other.close();
  }
});
