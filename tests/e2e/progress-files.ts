// Progress files for the import tests, and the clicks that import them.
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { buildProgressFile } from '../../renderer/core/progress-file';
import type { Rating, ReviewEvent } from '../../renderer/core/types';
import { deck } from './deck';
import { expect, test } from './fixtures';
import { dumpIndexedDb } from './idb';

const DAY = 86_400_000;
const cardIds = deck.cards.map((c) => c.id);
export const tz = 'America/Sao_Paulo';
export const day = (t: number) => new Intl.DateTimeFormat('pt-BR', { timeZone: tz, day: '2-digit', month: '2-digit', year: 'numeric' }).format(t);

/** An export from "another laptop": answers on deck cards, plus some on a card this deck lacks. */
export function otherLaptop(count: number, unknown = 0) {
  const start = Date.now() - 300 * DAY;
  // Every 7 hours, or closer for long histories, so the last answer is never in the future.
  const step = Math.min(7 * 3_600_000, Math.floor((290 * DAY) / (count + unknown)));
  const reviews: ReviewEvent[] = Array.from({ length: count + unknown }, (_, i) => {
    const at = start + i * step;
    return {
      id: `${at.toString(36).padStart(9, '0')}-z${String(i).padStart(11, '0')}`,
      cardId: i < count ? cardIds[i % 40]! : 'retired/old-card',
      rating: ((i % 4) + 1) as Rating,
      reviewedAt: at,
      durationMs: 4000,
      deviceId: 'laptop-b',
    };
  });
  return buildProgressFile({ appVersion: '0.1.0', deviceId: 'laptop-b', now: Date.now(), reviews });
}

/** A file in the test's own output folder, which Playwright empties before each run. */
export async function fileOnDisk(name: string, contents: string): Promise<string> {
  const path = test.info().outputPath(name);
  await writeFile(path, contents);
  return path;
}

export async function pickFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importar arquivo…' }).click();
  await (await chooser).setFiles(path);
}

/** Each file is refused with its message, no dialog opens, and the database is left as it was. */
export async function refusesEach(page: Page, cases: readonly (readonly [name: string, contents: string, message: string])[]) {
  const before = await dumpIndexedDb(page);
  for (const [name, contents, message] of cases) {
    await pickFile(page, await fileOnDisk(name, contents));
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  expect(await dumpIndexedDb(page)).toEqual(before);
}

export async function openProgress(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Entrevistas de MLOps' })).toBeVisible();
  await page.getByRole('button', { name: 'Progresso e backups' }).click();
  await expect(page.getByRole('heading', { name: 'Progresso e backups', level: 1 })).toBeVisible();
}

