import AxeBuilder from '@axe-core/playwright';
import { readFile, truncate } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseProgressFile, serializeProgressFile } from '../../renderer/core/progress-file';
import { expect, test } from './fixtures';
import { resignLines } from '../unit/core/hostile-files';
import { dumpIndexedDb } from './idb';
import { day, fileOnDisk, openProgress, otherLaptop, pickFile, refusesEach } from './progress-files';


async function studyTwoCards(page: Page) {
  await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
  await expect(page.locator('h1.prompt')).toBeVisible(); // as a person does: the card first, then keys
  for (const key of ['3', '4']) {
    await expect(page.getByTestId('answer')).toHaveCount(0);
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await page.keyboard.press(key);
  }
  await page.keyboard.press('Escape');
  await expect(page.getByText('2 respostas registradas')).toBeVisible();
}

test('exports the whole progress as JSON and the answers as CSV', async ({ page }) => {
  await page.goto('/');
  await studyTwoCards(page);
  await page.getByRole('button', { name: 'Progresso e backups' }).click();
  await expect(page.getByText('Você ainda não exportou seu progresso.')).toBeVisible();

  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar progresso (JSON)' }).click();
  const jsonFile = await json;
  const parsed = await parseProgressFile(await readFile((await jsonFile.path())!, 'utf8'));
  expect(parsed.ok && parsed.file.reviews.map((r) => r.rating)).toEqual([3, 4]);
  expect(parsed.ok && parsed.file.userCardData).toHaveLength(2);
  await expect(page.getByRole('status').filter({ hasText: 'Progresso exportado: 2 respostas.' })).toBeVisible();
  await expect(page.getByText(/Última exportação: /)).toBeVisible();

  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar respostas (CSV)' }).click();
  const csvFile = await csv;
  expect(csvFile.suggestedFilename()).toMatch(/^mlops-flashcards-reviews-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await csvFile.path())!, 'utf8')).trim().split('\r\n');
  expect(lines[0]).toBe('id,cardId,rating,ratingName,reviewedAt,durationMs,deviceId');
  expect(lines.slice(1).map((l) => l.split(',')[3])).toEqual(['good', 'easy']);
  expect(lines[1]!.split(',')[4]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  await expect(page.getByRole('status').filter({ hasText: 'Planilha exportada: 2 respostas.' })).toBeVisible();
});

test('imports another laptop\'s progress after a preview; the same file again changes nothing', async ({ page }) => {
  const file = await otherLaptop(12, 3);
  const path = await fileOnDisk('laptop-b.json', serializeProgressFile(file));
  await openProgress(page);

  await pickFile(page, path);
  const dialog = page.getByRole('dialog', { name: 'Importar este progresso?' });
  await expect(dialog).toBeVisible();
  const first = file.reviews[0]!.reviewedAt;
  const last = file.reviews.at(-1)!.reviewedAt;
  await expect(dialog).toContainText(`15 respostas, 15 novas neste computador, de ${day(first)} a ${day(last)}.`);
  await expect(dialog).toContainText('Respostas de cartões que este baralho não tem: 3.');
  await dialog.getByRole('button', { name: 'Importar' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Importação concluída. Respostas novas: 15.' })).toBeVisible();
  // The answers of the card this deck lacks are kept, but not counted.
  await expect(page.getByText('12 respostas registradas')).toBeVisible();
  expect((await dumpIndexedDb(page)).reviews).toHaveLength(15);
  const dump = await dumpIndexedDb(page);

  await pickFile(page, path);
  await expect(dialog).toContainText('15 respostas, 0 novas neste computador');
  await expect(dialog).toContainText('Nada de novo: este computador já tem tudo o que está neste arquivo.');
  await dialog.getByRole('button', { name: 'Fechar' }).click();
  await expect(dialog).toBeHidden();
  expect(await dumpIndexedDb(page)).toEqual(dump);
  // Focus comes back to the button that opened the dialog.
  await expect(page.getByRole('button', { name: 'Importar arquivo…' })).toBeFocused();
});

test('the preview dialog is accessible and Escape cancels it', async ({ page }) => {
  const path = await fileOnDisk('laptop-b.json', serializeProgressFile(await otherLaptop(5)));
  await openProgress(page);
  await pickFile(page, path);
  const dialog = page.getByRole('dialog', { name: 'Importar este progresso?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Importar' })).toBeFocused();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Importação cancelada. Nada foi alterado.' })).toBeVisible();
  expect((await dumpIndexedDb(page)).reviews).toEqual([]);
});

test('bad files get a clear alert and leave the database exactly as it was', async ({ page }) => {
  const valid = serializeProgressFile(await otherLaptop(4));
  const cases: [string, string, string][] = [
    ['empty.json', '', 'O arquivo está vazio. Nada foi alterado.'],
    ['notes.json', 'isto não é json', 'O arquivo não é um JSON válido'],
    ['anki.json', JSON.stringify({ format: 'anki', cards: [] }), 'Este arquivo não é uma exportação do MLOps Flashcards.'],
    ['truncated.json', valid.slice(0, valid.length / 2), 'O arquivo está incompleto'],
    ['edited.json', valid.replace('"rating":2', '"rating":3'), 'A soma de verificação não confere'],
    ['newer.json', valid.replace('"version":2', '"version":7'), 'Este arquivo vem de uma versão mais nova do app.'],
    ['rating.json', resignLines(valid.replace('"rating":2', '"rating":9')), 'O arquivo tem uma avaliação fora de 1 a 4 em linha 3 (rating).'],
  ];
  await page.goto('/');
  await studyTwoCards(page);
  await page.getByRole('button', { name: 'Progresso e backups' }).click();
  await refusesEach(page, cases);
});

test('a 300 MB file is refused from its size alone', async ({ page }) => {
  const path = await fileOnDisk('huge.json', '');
  await truncate(path, 300 * 1024 * 1024); // sparse: nothing on disk
  await openProgress(page);
  const before = await dumpIndexedDb(page);
  await pickFile(page, path);
  await expect(page.getByRole('alert').filter({ hasText: 'O arquivo tem 300 MB, e o limite é 256 MB' })).toBeVisible();
  expect(await dumpIndexedDb(page)).toEqual(before);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`progress screen in the ${colorScheme} theme has no serious accessibility violation`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openProgress(page);
    await pickFile(page, await fileOnDisk('bad.json', '{'));
    await expect(page.getByRole('alert').filter({ hasText: 'JSON' })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/progress-${colorScheme}.png`, fullPage: true });
    await expectNoSeriousViolations(page);
    await pickFile(page, await fileOnDisk('p.json', serializeProgressFile(await otherLaptop(30, 2))));
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/import-preview-${colorScheme}.png` });
  });
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
