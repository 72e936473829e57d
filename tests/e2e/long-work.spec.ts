// Long work shows its progress: a large import checks the file and writes with a progress bar and
// counts, the rest of the app waits, Cancel during the write leaves the database as it was, and
// the rebuild from history shows the same bar.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { serializeProgressFile } from '../../renderer/core/progress-file';
import { expect, test } from './fixtures';
import { dumpIndexedDb } from './idb';
import { fileOnDisk, openProgress, otherLaptop, pickFile } from './progress-files';

test.describe.configure({ timeout: 180_000 });

const ANSWERS = 30_000;
let bigFile: string;
test.beforeAll(async () => {
  bigFile = await fileOnDisk('laptop-b-30k.json', serializeProgressFile(await otherLaptop(ANSWERS)));
});

/**
 * Slows the page's main thread, so that a person (and this test) can see the write under way and
 * click during it on any machine; the worker that checks the file is not slowed.
 */
async function slowDown(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Notes each phase the progress bar shows (its label and value text), as the page draws it: a
 * phase can come and go between two looks of a test, but not unseen by an observer of the page.
 */
async function recordPhases(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const phases: string[] = [];
    (window as unknown as { __phases: string[] }).__phases = phases;
    new MutationObserver(() => {
      const label = document.querySelector('.task-progress .task-label')?.textContent ?? '';
      const counts = document.querySelector('.task-progress progress')?.getAttribute('aria-valuetext') ?? '';
      const phase = `${label} | ${counts}`;
      if (label && phases.at(-1) !== phase) phases.push(phase);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { __phases: string[] }).__phases);
}

test('importing 30,000 answers shows a progress bar with counts, keeps the app waiting, then the result', async ({ page }) => {
  await openProgress(page);
  await pickFile(page, bigFile);
  const dialog = page.getByRole('dialog', { name: 'Importar este progresso?' });
  await expect(dialog).toContainText('30.000 respostas, 30.000 novas neste computador');

  const phases = await recordPhases(page);
  await slowDown(page, 4);
  await dialog.getByRole('button', { name: 'Importar' }).click();
  const bar = dialog.getByRole('progressbar', { name: 'Gravando…' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('max', String(ANSWERS));
  await expect(bar).toHaveAttribute('aria-valuetext', /^[\d.]+ de 30\.000 respostas$/);
  // The count moves while the bar is on screen.
  await expect.poll(async () => Number((await bar.getAttribute('aria-valuenow')) ?? 0)).toBeGreaterThan(0);
  await expect(dialog.getByText(/^[\d.]+ de 30\.000 respostas$/)).toBeVisible();
  // The rest of the app waits, and Escape does not leave the write.
  await expect(page.getByRole('button', { name: 'Estatísticas' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();

  await slowDown(page, 1);
  await expect(page.getByRole('status').filter({ hasText: 'Importação concluída. Respostas novas: 30.000.' })).toBeVisible({ timeout: 120_000 });
  const recorded = await phases();
  // The bar counts the whole file all along: it never restarts at a batch of the file.
  expect(recorded.filter((phase) => phase.startsWith('Gravando…') && !/ \| ([\d.]+ de 30\.000 respostas)?$/.test(phase))).toEqual([]);
  // After the write, the cards' schedules are recalculated under the same bar, with their own counts.
  const seen = recorded.map((phase) => phase.split(' | ')[0]);
  expect(seen.indexOf('Recalculando agendamentos…')).toBeGreaterThan(seen.indexOf('Gravando…'));
  expect(recorded).toContainEqual(expect.stringMatching(/^Recalculando agendamentos… \| [\d.]+ de 30\.000 respostas$/));
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Estatísticas' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Importar arquivo…' })).toBeFocused();
  expect((await dumpIndexedDb(page)).reviews).toHaveLength(ANSWERS);
  await page.getByRole('button', { name: 'Baralho', exact: true }).click();
  await expect(page.getByText('30.000 respostas registradas')).toBeVisible();
});

test('Cancel during the write rolls the import back: the database is exactly as it was', async ({ page }) => {
  await openProgress(page);
  const before = await dumpIndexedDb(page);
  await pickFile(page, bigFile);
  const dialog = page.getByRole('dialog', { name: 'Importar este progresso?' });
  await expect(dialog).toBeVisible();

  await slowDown(page, 6);
  await dialog.getByRole('button', { name: 'Importar' }).click();
  const bar = dialog.getByRole('progressbar', { name: 'Gravando…' });
  await expect.poll(async () => Number((await bar.getAttribute('aria-valuenow')) ?? 0)).toBeGreaterThan(0);
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await slowDown(page, 1);

  await expect(page.getByRole('status').filter({ hasText: 'Importação cancelada. Nada foi alterado.' })).toBeVisible({ timeout: 120_000 });
  await expect(dialog).toBeHidden();
  expect(await dumpIndexedDb(page)).toEqual(before);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the progress bar in the ${colorScheme} theme has no serious accessibility violation`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openProgress(page);
    await pickFile(page, bigFile);
    const dialog = page.getByRole('dialog', { name: 'Importar este progresso?' });
    await expect(dialog).toBeVisible();
    // Slow enough that the bar is still there when the audit has read the page.
    await slowDown(page, 20);
    await dialog.getByRole('button', { name: 'Importar' }).click();
    await expect(dialog.getByRole('progressbar')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/import-progress-${colorScheme}.png` });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    await expect(dialog.getByRole('progressbar')).toBeVisible();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await slowDown(page, 1);
    await expect(page.getByRole('status').filter({ hasText: 'Importação cancelada. Nada foi alterado.' })).toBeVisible({ timeout: 120_000 });
  });
}

test('rebuild from history shows its progress, in English too, and reports the cards', async ({ page }) => {
  await openProgress(page);
  await pickFile(page, bigFile);
  const dialog = page.getByRole('dialog', { name: 'Importar este progresso?' });
  await dialog.getByRole('button', { name: 'Importar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Importação concluída.' })).toBeVisible({ timeout: 120_000 });

  await page.getByLabel('Idioma').selectOption('en');
  await page.getByRole('button', { name: 'Settings' }).click();
  await slowDown(page, 4);
  await page.getByRole('button', { name: 'Rebuild schedule' }).click();
  const bar = page.getByRole('progressbar', { name: 'Recomputing schedules…' });
  await expect(bar).toHaveAttribute('aria-valuetext', /^[\d,]+ of 30,000 answers$/);
  await expect(page.getByRole('button', { name: 'Browse' })).toBeDisabled();
  await slowDown(page, 1);
  await expect(page.getByRole('status').filter({ hasText: 'Schedule rebuilt for 40 cards.' })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});
