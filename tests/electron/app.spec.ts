// The desktop flow through Playwright's Electron driver. It runs wherever an Electron binary
// exists; elsewhere (as on our offline build machines) it is reported skipped, with the reason.
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
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

// Issue 5: backups on close, restore, import through the native open dialog.
test('backs up when the window closes, restores a backup after backing up the current state, imports through the open dialog', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'flashcards-backups-'));
  const backupsDir = join(profile, 'backups');
  const open = () => electron.launch({ args: ['.'], env: { ...process.env, FLASHCARDS_USER_DATA: profile } as Record<string, string> });
  const study = async (page: import('@playwright/test').Page, count: number) => {
    await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
    for (let i = 0; i < count; i++) {
      await expect(page.getByTestId('answer')).toHaveCount(0);
      await page.keyboard.press('Space');
      await expect(page.getByTestId('answer')).toBeVisible();
      await page.keyboard.press('3');
    }
    await expect(page.getByTestId('answer')).toHaveCount(0);
    await page.keyboard.press('Escape');
  };
  const quitBackups = async () => (await readdir(backupsDir)).filter((name) => name.endsWith('-quit.json'));

  let app = await open();
  let page = await app.firstWindow();
  await study(page, 2);
  await expect(page.getByText('2 respostas registradas')).toBeVisible();
  // Closing the window: the main process holds it until the page has sent its last backup.
  const closed = app.waitForEvent('close');
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
  await closed;
  const [onQuit] = await quitBackups();
  expect(onQuit).toBeDefined();
  const saved = await parseProgressFile(await readFile(join(backupsDir, onQuit!), 'utf8'), Date.now());
  expect(saved.ok && saved.file.reviews.length).toBe(2);

  app = await open();
  page = await app.firstWindow();
  await study(page, 1);
  await page.getByRole('button', { name: 'Progresso e backups' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Ao fechar o app' });
  await row.getByRole('button', { name: /^Restaurar o backup de/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restaurar este backup?' });
  await expect(dialog).toContainText('(2 respostas)');
  await dialog.getByRole('button', { name: 'Restaurar' }).click();
  await expect(page.getByText(/restaurado/)).toBeVisible();
  await expect(page.getByText('2 respostas registradas')).toBeVisible();
  const before = (await readdir(backupsDir)).find((name) => name.endsWith('-before-restore.json'));
  const kept = await parseProgressFile(await readFile(join(backupsDir, before!), 'utf8'), Date.now());
  expect(kept.ok && kept.file.reviews.length).toBe(3);

  // Import the pre-restore backup as if it came from another laptop: the third answer comes back.
  await app.evaluate(({ dialog: electronDialog }, filePath) => {
    electronDialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [filePath] })) as typeof electronDialog.showOpenDialog;
  }, join(backupsDir, before!));
  await page.getByRole('button', { name: 'Importar arquivo…' }).click();
  const preview = page.getByRole('dialog', { name: 'Importar este progresso?' });
  await expect(preview).toContainText('3 respostas, 1 nova neste computador');
  await preview.getByRole('button', { name: 'Importar' }).click();
  await expect(page.getByText('Importação concluída. Respostas novas: 1.')).toBeVisible();
  await app.close();
});
