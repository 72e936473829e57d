// The desktop flow through Playwright's Electron driver. It runs wherever an Electron binary
// exists; elsewhere (as on our offline build machines) it is reported skipped, with the reason.
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../build/electron-binary';
import { parseProgressFile } from '../../renderer/core/progress-file';

const binary = findElectronBinary();
const skipReason = binary.ok ? '' : `no Electron binary on this machine: ${binary.reason}`;
if (!binary.ok) console.log(`[electron] skipped: ${skipReason}`);
test.skip(!binary.ok, skipReason);

let userData: string;
test.beforeAll(async () => {
  execSync('npm run build:electron', { stdio: 'inherit' });
  userData = await mkdtemp(join(tmpdir(), 'flashcards-electron-'));
});

const launch = () =>
  electron.launch({ args: ['.'], env: { ...process.env, FLASHCARDS_USER_DATA: userData } as Record<string, string> });

test('studies five cards, exports through the save dialog, and keeps progress after a restart', async () => {
  let app: ElectronApplication = await launch();
  let page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Entrevistas de MLOps' })).toBeVisible();
  await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
  for (const key of ['3', '3', '4', '1', '2']) {
    await expect(page.getByTestId('answer')).toHaveCount(0);
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await page.keyboard.press(key);
  }
  await page.getByRole('button', { name: /Voltar ao baralho/ }).click();
  await expect(page.getByText('5 respostas registradas')).toBeVisible();

  const target = join(userData, 'export.json');
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, target);
  await page.getByRole('button', { name: 'Exportar progresso' }).click();
  await expect(page.getByText('Progresso exportado: 5 respostas.')).toBeVisible();
  const parsed = await parseProgressFile(await readFile(target, 'utf8'), Date.now());
  expect(parsed.ok && parsed.file.reviews.length).toBe(5);

  await app.close();
  app = await launch();
  page = await app.firstWindow();
  await expect(page.getByText('5 respostas registradas')).toBeVisible();
  await app.close();
});
