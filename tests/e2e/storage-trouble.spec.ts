// What the learner sees when storage goes wrong, and the reminders that keep progress safe.
import type { Page } from '@playwright/test';
import { serializeProgressFile } from '../../renderer/core/progress-file';
import { KEPT_ANSWERS_KEY } from '../../renderer/services/kept-answers';
import { deck } from './deck';
import { expect, test } from './fixtures';
import { DB_NAME, dumpIndexedDb, holdStores, putRows } from './idb';
import { fileOnDisk, otherLaptop, pickFile } from './progress-files';

const DAY = 86_400_000;

async function studyOneCard(page: Page, section = 'Fundamentos') {
  await page.getByRole('button', { name: `Estudar ${section}` }).click();
  await expect(page.locator('h1.prompt')).toBeVisible(); // as a person does: the card first, then keys
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByTestId('answer')).toHaveCount(0);
  await page.keyboard.press('Escape');
}

test('the browser build reminds to export once the last export is over a week old', async ({ page }) => {
  await page.goto('/');
  await studyOneCard(page);
  await expect(page.getByText('1 resposta registrada')).toBeVisible();
  await expect(page.getByText(/exportar é a única cópia/)).toHaveCount(0);

  await putRows(page, 'meta', [{ key: 'lastExportAt', value: Date.now() - 8 * DAY }]);
  await page.reload();
  const reminder = page.getByRole('complementary', { name: 'Lembrete de exportação' });
  await expect(reminder).toContainText('Sua última exportação tem mais de uma semana.');
  await page.screenshot({ path: 'test-results/screens/export-reminder.png' });
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Exportar agora' }).click();
  await download;
  await expect(reminder).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Entrevistas de MLOps' })).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

test('"Depois" hides the reminder until the app opens again', async ({ page }) => {
  await page.goto('/');
  await studyOneCard(page);
  await putRows(page, 'meta', [{ key: 'lastExportAt', value: Date.now() - 30 * DAY }]);
  await page.reload();
  const reminder = page.getByRole('complementary', { name: 'Lembrete de exportação' });
  await expect(reminder).toBeVisible();
  await reminder.getByRole('button', { name: 'Depois' }).click();
  await expect(reminder).toBeHidden();
  await page.reload();
  await expect(reminder).toBeVisible();
});

test('an answer given as the page goes away is kept, and joins the log once at the next start', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
  await expect(page.locator('h1.prompt')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toBeVisible();
  // Another transaction holds the card states: the answer's write waits, as on a slow disk, and
  // would die with the page.
  await holdStores(page, ['cardStates']);
  await page.keyboard.press('3');
  await expect(page.getByTestId('answer')).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('1 resposta registrada')).toBeVisible();
  const stored = await dumpIndexedDb(page);
  expect(stored.reviews).toHaveLength(1);
  expect(stored.cardStates).toHaveLength(1);
  expect(stored.heldReviews).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage))).not.toContain(KEPT_ANSWERS_KEY);
  await page.reload();
  await expect(page.getByText('1 resposta registrada')).toBeVisible();
});

test('a card whose answer changed since it was last answered says so', async ({ page }) => {
  await page.goto('/');
  const [first, second] = deck.cards.filter((c) => c.section === 'basics');
  // As if answered under an older version of the deck, whose content hash was different.
  await putRows(page, 'userCardData', [
    { cardId: first!.id, flag: 0, suspended: 0, buriedUntil: 0, note: '', seenHash: 'pt-BR:0000000000000000', updatedAt: 0 },
  ]);
  await page.reload();
  await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
  await expect(page.locator('h1.prompt')).toHaveText(first!.prompt);
  await expect(page.getByText('Resposta revisada')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/revised-answer.png' });
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.locator('h1.prompt')).toHaveText(second!.prompt);
  await expect(page.getByText('Resposta revisada')).toHaveCount(0);
  // Answering records the version seen, in the same write as the answer.
  const dump = await dumpIndexedDb(page);
  const row = (dump.userCardData as { cardId: string; seenHash: string }[]).find((r) => r.cardId === first!.id);
  expect(row!.seenHash).toMatch(/^pt-BR:[0-9a-f]{16}$/);
  expect(row!.seenHash).not.toBe('pt-BR:0000000000000000');
});

test('a database deleted while the app runs is reported, and the loss is reported again on the next start', async ({ page }) => {
  await page.goto('/');
  await studyOneCard(page);
  await expect(page.getByText('1 resposta registrada')).toBeVisible();
  await page.evaluate((name) => new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = () => resolve(null);
  }), DB_NAME);
  await expect(page.getByRole('alert').filter({ hasText: 'Os dados do app foram apagados' })).toBeVisible();

  await page.reload();
  const lost = page.getByRole('alert').filter({ hasText: 'Seu progresso neste computador sumiu' });
  await expect(lost).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/progress-lost.png' });
  await lost.getByRole('button', { name: 'Abrir Progresso e backups' }).click();
  await expect(page.getByRole('heading', { name: 'Progresso e backups', level: 1 })).toBeVisible();
  await lost.getByRole('button', { name: 'Começar do zero' }).click();
  await expect(lost).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Entrevistas de MLOps' })).toBeVisible();
  await expect(page.getByTestId('storage-trouble')).toHaveCount(0);
});

test('a newer version opened in another tab stops this one from writing, and says so', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Entrevistas de MLOps' })).toBeVisible();
  const other = await page.context().newPage();
  await other.goto('/index.html#other');
  await other.evaluate((name) => new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1000);
    request.onsuccess = () => (request.result.close(), resolve(null));
    request.onerror = () => reject(request.error);
  }), DB_NAME);
  await expect(page.getByRole('alert').filter({ hasText: 'Uma versão mais nova do app foi aberta em outra janela' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Recarregar' })).toBeVisible();
});

test('an upgrade blocked by an old window says what to do, and goes on once it closes', async ({ page, baseURL }) => {
  // The "old window": another tab holding the database at schema version 1, deaf to upgrades.
  const context = page.context();
  const old = await context.newPage();
  await old.goto(`${baseURL}/decks/pt-BR.json`);
  await old.evaluate((name) => new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('reviews', { keyPath: 'id' });
      request.result.createObjectStore('cardStates', { keyPath: 'cardId' });
      request.result.createObjectStore('meta', { keyPath: 'key' });
    };
    request.onsuccess = () => ((window as unknown as { oldDb: IDBDatabase }).oldDb = request.result, resolve(null));
    request.onerror = () => reject(request.error);
  }), DB_NAME);
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'outra janela ou aba do MLOps Flashcards ainda usa a versão antiga' })).toBeVisible();
  await old.close();
  await expect(page.getByRole('heading', { name: 'Entrevistas de MLOps' })).toBeVisible();
  await expect(page.getByTestId('storage-trouble')).toHaveCount(0);
});

test('a full disk during an import is explained, and nothing is written', async ({ page, baseURL }) => {
  const path = await fileOnDisk('big.json', serializeProgressFile(await otherLaptop(3000)));
  const origin = new URL(baseURL!).origin;
  const cdp = await page.context().newCDPSession(page);
  // Room for studying, not for 3,000 more answers. Set before the first visit: Chromium reads
  // the quota when it opens the origin's database files.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 300_000 });
  try {
    await page.goto('/');
    await studyOneCard(page);
    await page.getByRole('button', { name: 'Progresso e backups' }).click();
    const before = await dumpIndexedDb(page);
    await pickFile(page, path);
    await page.getByRole('dialog').getByRole('button', { name: 'Importar' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Não há espaço em disco suficiente para gravar.' })).toBeVisible();
    expect(await dumpIndexedDb(page)).toEqual(before);
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  }
});
