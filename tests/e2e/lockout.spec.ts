// No file, clock or damaged database locks a learner out (issue 15, parts 2 and 3), in the real
// browser: hostile signed files are refused with a message and the app still starts; settings
// stored bad fall back and are named; a database the app cannot start from offers a way out; and
// answers given under a clock three days ahead travel to another profile, held apart there.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseProgressFile, serializeProgressFile } from '../../renderer/core/progress-file';
import { deepArrayText, raw, signedText } from '../unit/core/hostile-files';
import { expect, test } from './fixtures';
import { DB_NAME, dumpIndexedDb, putRows } from './idb';
import { day, fileOnDisk, openProgress, otherLaptop, pickFile, refusesEach } from './progress-files';

const DAY = 86_400_000;
const deckHeading = (page: Page) => page.getByRole('heading', { name: 'Entrevistas de MLOps' });

async function answerOneCard(page: Page, section = 'Fundamentos') {
  await page.getByRole('button', { name: `Estudar ${section}` }).click();
  await expect(page.locator('h1.prompt')).toBeVisible(); // as a person does: the card first, then keys
  const prompt = await page.locator('h1.prompt').textContent();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByTestId('answer')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(deckHeading(page)).toBeVisible();
  return prompt;
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('signed files with hostile settings are refused with a message, and the app starts after a reload', async ({ page }) => {
  const cases: [string, string, string][] = [
    ['to-string.json', await signedText({ settings: [{ key: 'study', value: raw('v') }] }, undefined, { v: '{"toString": 1}' }), 'O arquivo tem um valor inválido na configuração “study”. Nada foi alterado.'],
    ['deep.json', await signedText({ settings: [{ key: 'x', value: raw('v') }] }, undefined, { v: deepArrayText(50_000) }), 'O arquivo traz configurações desconhecidas demais'],
  ];
  await openProgress(page);
  await refusesEach(page, cases);
  await page.reload();
  await expect(deckHeading(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Estudar Fundamentos' })).toBeVisible();
});

test('settings stored with an inherited name or a bad value no longer stop the start: they fall back, named', async ({ page }) => {
  await page.goto('/');
  await expect(deckHeading(page)).toBeVisible();
  // What an older version accepted from a file, and which then stopped every start.
  await putRows(page, 'settings', [{ key: 'study', value: { toString: 1, newPerDay: 'dez', maxReviewsPerDay: 50 } }]);
  await page.reload();
  await expect(deckHeading(page)).toBeVisible();
  const notice = page.getByRole('complementary', { name: 'Configurações restauradas' });
  await expect(notice).toContainText('1 configuração (“Cartões novos por dia”) estava gravada com um valor inválido e voltou ao padrão.');
  await notice.getByRole('button', { name: 'Abrir configurações' }).click();
  await expect(page.getByLabel('Cartões novos por dia')).toHaveValue('10');
  await expect(page.getByLabel('Máximo de revisões por dia')).toHaveValue('50');
  await page.getByRole('button', { name: 'Salvar configurações' }).click();
  await expect(page.getByText('Configurações salvas.')).toBeVisible();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(deckHeading(page)).toBeVisible();
  await expect(notice).toHaveCount(0);
});

/**
 * A damaged card-states table, as a damaged disk leaves one: reading it fails. Simulated at the
 * IndexedDB level for a database at version 77 (the test moves it there), so that the app cannot
 * start from it while a database created anew works.
 */
function damageCardStates(page: Page) {
  return page.addInitScript(() => {
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
      if (this.name === 'cardStates' && this.transaction.db.version === 77) throw new DOMException('Internal error reading the table', 'UnknownError');
      return getAll.apply(this, args);
    };
  });
}

/** Moves the app's database to the version whose card states damageCardStates makes unreadable. */
function moveToDamagedVersion(page: Page) {
  return page.evaluate((name) => new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 77);
    request.onsuccess = () => (request.result.close(), resolve(null));
    request.onerror = () => reject(request.error);
  }), DB_NAME);
}

test('a database the app cannot start from: export what can be read, start fresh, import it back', async ({ page }) => {
  await damageCardStates(page);
  await page.goto('/');
  await expect(deckHeading(page)).toBeVisible();
  await answerOneCard(page);
  await expect(page.getByText('1 resposta registrada')).toBeVisible();
  await moveToDamagedVersion(page);
  await page.reload();

  const recovery = page.getByTestId('storage-recovery');
  await expect(recovery.getByRole('heading', { name: 'Seus dados não abriram', level: 1 })).toBeVisible();
  await expect(recovery.getByRole('alert')).toHaveText('Não foi possível abrir o banco de dados local. Seu progresso não foi alterado.');
  const fresh = recovery.getByRole('button', { name: 'Começar do zero…' });
  await expect(fresh).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/storage-recovery.png', fullPage: true });

  // The browser's way to put a file in place: checked, then confirmed, with a warning while
  // nothing has been exported. Cancelled here: this simulated damage stays with the database.
  const chooser = page.waitForEvent('filechooser');
  await recovery.getByRole('button', { name: 'Importar arquivo…' }).click();
  await (await chooser).setFiles(await fileOnDisk('laptop-b.json', serializeProgressFile(await otherLaptop(3))));
  const replace = page.getByRole('dialog', { name: 'Substituir os dados deste computador?' });
  await expect(replace).toContainText('Os dados deste computador passam a ser os do arquivo laptop-b.json (3 respostas). Depois o app recomeça.');
  await expect(replace).toContainText('Você ainda não exportou o que pode ser lido');
  await replace.getByRole('button', { name: 'Cancelar' }).click();
  await expect(replace).toHaveCount(0);

  const download = page.waitForEvent('download');
  await recovery.getByRole('button', { name: 'Exportar o que pode ser lido' }).click();
  const path = (await (await download).path())!;
  await expect(recovery.getByRole('status').filter({ hasText: 'Exportado: 1 resposta, 1 cartão com marcações ou notas e 0 configurações.' })).toBeVisible();
  const parsed = await parseProgressFile(await readFile(path, 'utf8'));
  expect(parsed.ok && parsed.file.reviews).toHaveLength(1);

  await fresh.click();
  const confirm = page.getByRole('dialog', { name: 'Apagar os dados deste computador?' });
  await expect(confirm.getByRole('button', { name: 'Apagar e começar do zero' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(deckHeading(page)).toBeVisible();
  await expect(page.getByText('0 respostas registradas')).toBeVisible();
  await expect(page.getByTestId('storage-trouble')).toHaveCount(0); // not taken for a lost database

  await page.getByRole('button', { name: 'Progresso e backups' }).click();
  await pickFile(page, path);
  const preview = page.getByRole('dialog', { name: 'Importar este progresso?' });
  await expect(preview).toContainText('1 resposta, 1 nova neste computador');
  await preview.getByRole('button', { name: 'Importar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Importação concluída. Respostas novas: 1.' })).toBeVisible();
  await expect(page.getByText('1 resposta registrada')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the storage-failure screen in the ${colorScheme} theme has no serious accessibility violation`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await damageCardStates(page);
    await page.goto('/');
    await expect(deckHeading(page)).toBeVisible();
    await moveToDamagedVersion(page);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Seus dados não abriram' })).toBeVisible();
    await page.getByRole('button', { name: 'Exportar o que pode ser lido' }).click();
    await expect(page.getByRole('button', { name: 'Começar do zero…' })).toBeEnabled();
    await page.screenshot({ path: `test-results/screens/storage-recovery-${colorScheme}.png`, fullPage: true });
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Começar do zero…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test('answers given with the clock three days ahead travel to another profile, held apart there until their day', async ({ page, browser }) => {
  const now = Date.now();
  await page.clock.setFixedTime(now + 3 * DAY);
  await page.goto('/');
  await expect(deckHeading(page)).toBeVisible();
  const ahead = await answerOneCard(page);
  // The answer is written a frame after it is drawn: a reload before the write lands would lose
  // it (as closing the window in that frame would), which is not what this test is about.
  await expect.poll(async () => (await dumpIndexedDb(page)).reviews?.length).toBe(1);
  // The clock is set right: studying goes on, and the card answered "in three days" is not due.
  await page.clock.setFixedTime(now);
  await page.reload();
  await expect(page.getByText('1 resposta registrada')).toBeVisible();
  const corrected = await answerOneCard(page);
  expect(corrected).not.toBe(ahead);
  await expect(page.getByText('2 respostas registradas')).toBeVisible();

  await page.getByRole('button', { name: 'Progresso e backups' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar progresso (JSON)' }).click();
  const path = (await (await download).path())!;
  const parsed = await parseProgressFile(await readFile(path, 'utf8'));
  // Both answers as they were given: neither time was changed.
  expect(parsed.ok && parsed.file.reviews.map((e) => e.reviewedAt)).toEqual([now, now + 3 * DAY]);

  // Another profile, with the right time: the answer three days ahead is held apart.
  const other = await browser.newContext({ locale: 'pt-BR', timezoneId: 'America/Sao_Paulo', acceptDownloads: true });
  const second = await other.newPage();
  try {
    await second.clock.setFixedTime(now + 60_000);
    await openProgress(second);
    await pickFile(second, path);
    const preview = second.getByRole('dialog', { name: 'Importar este progresso?' });
    await expect(preview).toContainText(`2 respostas, 1 nova neste computador, de ${day(now)} a ${day(now)}.`);
    await expect(preview).toContainText('1 resposta tem uma data que o relógio deste computador não aceita');
    await preview.getByRole('button', { name: 'Importar' }).click();
    await expect(second.getByRole('status').filter({ hasText: 'Importação concluída. Respostas novas: 1. Guardadas à parte até a data chegar: 1.' })).toBeVisible();
    const held = second.getByTestId('held-answers');
    await expect(held).toContainText(`1 resposta importada tem uma data que o relógio deste computador não aceita (de ${day(now + 3 * DAY)} a ${day(now + 3 * DAY)}).`);
    await expect(second.getByText('1 resposta registrada')).toBeVisible();
    // The same file again changes nothing.
    const dump = await dumpIndexedDb(second);
    await pickFile(second, path);
    await expect(preview).toContainText('Nada de novo');
    await preview.getByRole('button', { name: 'Fechar' }).click();
    expect(await dumpIndexedDb(second)).toEqual(dump);

    // Two and a half days later the held answer is within a day of the clock: it joins the log.
    await second.clock.setFixedTime(now + 2.5 * DAY);
    await second.reload();
    await expect(second.getByText('2 respostas registradas')).toBeVisible();
    await second.getByRole('button', { name: 'Progresso e backups' }).click();
    await expect(second.getByRole('heading', { name: 'Progresso e backups', level: 1 })).toBeVisible();
    await expect(held).toHaveCount(0);
  } finally {
    await other.close();
  }
});

test('held answers can be discarded, after a confirmation', async ({ page }) => {
  const file = await otherLaptop(3);
  // An answer recorded in 1999 by a laptop whose clock had been reset: it never comes into range.
  const reviews = [...file.reviews, { ...file.reviews[0]!, id: '0000000aa-z00000000099', reviewedAt: Date.UTC(1999, 4, 1) }];
  const text = await signedText({ reviews });
  await openProgress(page);
  await pickFile(page, await fileOnDisk('reset-clock.json', text));
  await page.getByRole('dialog').getByRole('button', { name: 'Importar' }).click();
  const held = page.getByTestId('held-answers');
  await expect(held).toContainText('1 resposta importada');
  await held.getByRole('button', { name: 'Descartar as respostas guardadas à parte' }).click();
  const confirm = page.getByRole('dialog', { name: 'Descartar estas respostas?' });
  await expect(confirm).toContainText('As respostas guardadas à parte (1 resposta) são apagadas deste computador');
  await expectNoSeriousViolations(page);
  await confirm.getByRole('button', { name: 'Cancelar' }).click();
  await expect(held.getByRole('button', { name: 'Descartar as respostas guardadas à parte' })).toBeFocused();
  await held.getByRole('button', { name: 'Descartar as respostas guardadas à parte' }).click();
  await confirm.getByRole('button', { name: 'Descartar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Respostas guardadas à parte descartadas.' })).toBeVisible();
  await expect(held).toHaveCount(0);
  expect((await dumpIndexedDb(page)).heldReviews).toEqual([]);
  expect((await dumpIndexedDb(page)).reviews).toHaveLength(3);
});

test('a clock before 2000 is refused when answering, with a message; the card stays', async ({ page }) => {
  await page.clock.setFixedTime(Date.UTC(1999, 11, 31, 12));
  await page.goto('/');
  await expect(deckHeading(page)).toBeVisible();
  await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
  const prompt = await page.locator('h1.prompt').textContent();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByRole('alert').filter({ hasText: 'O relógio do computador parece errado: ele marca uma data anterior a 2000.' })).toBeVisible();
  await expect(page.locator('h1.prompt')).toHaveText(prompt!);
  expect((await dumpIndexedDb(page)).reviews).toEqual([]);
  // Set right, the same card is answered as usual.
  await page.clock.setFixedTime(Date.now());
  await page.getByRole('button', { name: /^Bom/ }).click();
  await expect(page.locator('h1.prompt')).not.toHaveText(prompt!);
  await expect.poll(async () => (await dumpIndexedDb(page)).reviews!.length).toBe(1);
});
