import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { buildProgressFile, serializeProgressFile } from '../../renderer/core/progress-file';
import type { Rating, ReviewEvent } from '../../renderer/core/types';
import { deck, shown, total } from './deck';
import { expect, test } from './fixtures';
import { fileOnDisk, openProgress, pickFile } from './progress-files';

async function openStats(page: Page) {
  await page.getByRole('navigation').getByRole('button', { name: 'Estatísticas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Estatísticas' })).toBeVisible();
  await expect(page.getByTestId('stats')).toHaveAttribute('data-ready', 'true');
}

test('shows what was studied today and how far each section is, after answers given with the keyboard', async ({ page }) => {
  await page.goto('/');
  await openStats(page);
  await expect(page.getByText('Ainda não há respostas')).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(`0 de ${shown(total)} cartões maduros.*${shown(total)} não vistos`) })).toBeVisible();

  await page.getByRole('navigation').getByRole('button', { name: 'Baralho' }).click();
  await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
  for (let i = 0; i < 3; i++) {
    await expect(page.locator('h1.prompt')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByTestId('answer')).toBeHidden();
  }
  // One taken back: statistics follow the log.
  await page.keyboard.press('u');
  await openStats(page);

  const today = page.locator('.tiles > div').filter({ has: page.getByRole('term').getByText('Hoje', { exact: true }) }).getByRole('definition');
  await expect(today).toHaveText(/^2 respostas, \d+ min$/);
  await expect(page.getByRole('img', { name: /Respostas por dia no período: 2 no total/ })).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(`0 de ${shown(total)} cartões maduros.*2 aprendendo, ${shown(total - 2)} não vistos`) })).toBeVisible();

  // The numbers behind the chart, as a table: today's row has the 2 new cards.
  await page.getByText('Ver os números').first().click();
  const table = page.getByRole('table', { name: 'Respostas por dia' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('2');

  await page.getByRole('radio', { name: '1 ano' }).check();
  await expect(page.getByRole('img', { name: /Respostas por dia no período: 2 no total/ })).toBeVisible();
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(`0 of ${shown(total, 'en')} cards mature`) })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`draws the statistics in the ${colorScheme} theme with no serious accessibility violation`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await page.getByRole('button', { name: 'Estudar tudo' }).click();
    for (const grade of ['3', '1', '4', '3']) {
      await expect(page.locator('h1.prompt')).toBeVisible();
      await page.keyboard.press('Space');
      await page.keyboard.press(grade);
      await expect(page.getByTestId('answer')).toBeHidden();
    }
    await openStats(page);
    await page.screenshot({ path: `test-results/screens/stats-${colorScheme}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('shows the year\'s calendar with both streaks, true retention young against mature, the answer buttons and the time per day', async ({ page }) => {
  const DAY = 86_400_000;
  const now = Date.UTC(2026, 5, 10, 15); // noon in São Paulo, the tests' zone (no daylight saving there)
  const ids = deck.cards.map((c) => c.id);
  const answers: [daysBack: number, cardId: string, rating: Rating][] = [
    // One card answered Easy every 40 days, so its interval passes 21 days; then, 20 days ago, Again.
    ...[300, 260, 220, 180, 140, 100, 60].map((d): [number, string, Rating] => [d, ids[0]!, 4]),
    [20, ids[0]!, 1],
    // Ten days in a row, long ago: the longest streak.
    ...Array.from({ length: 10 }, (_, i): [number, string, Rating] => [100 - i, ids[1 + i]!, 3]),
    // Two new cards a day for the last three days, today included: the current streak.
    ...[2, 1, 0].flatMap((d, i): [number, string, Rating][] => [[d, ids[11 + 2 * i]!, 3], [d, ids[12 + 2 * i]!, 3]]),
  ];
  const reviews: ReviewEvent[] = answers
    .map(([d, cardId, rating], i) => ({ at: now - d * DAY - i * 60_000, cardId, rating, i }))
    .sort((a, b) => a.at - b.at)
    .map(({ at, cardId, rating, i }) => ({ id: `${at.toString(36).padStart(9, '0')}-s${String(i).padStart(11, '0')}`, cardId, rating, reviewedAt: at, durationMs: 60_000, deviceId: 'laptop-b' }));
  const file = await buildProgressFile({ appVersion: '0.1.0', deviceId: 'laptop-b', now, reviews });

  await page.clock.setFixedTime(now);
  await openProgress(page);
  await pickFile(page, await fileOnDisk('history.json', serializeProgressFile(file)));
  await page.getByRole('dialog').getByRole('button', { name: 'Importar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Importação concluída' })).toBeVisible();
  await openStats(page);

  const tile = (term: string) => page.locator('.tiles > div').filter({ has: page.getByRole('term').getByText(term, { exact: true }) }).getByRole('definition');
  await expect(tile('Sequência')).toHaveText('3 dias seguidos');
  await expect(tile('Maior sequência')).toHaveText('10 dias');

  await expect(page.getByRole('heading', { level: 2, name: 'Calendário de estudo, últimos 12 meses' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Nos últimos 12 meses: 24 respostas em 20 dias com estudo, no máximo 2 num dia. Sequência atual: 3 dias; maior sequência: 10 dias.' })).toBeVisible();
  // Each day of the calendar says its date and count to a pointer.
  await expect(page.locator('.heatmap rect title').filter({ hasText: /^10\/06\/2026: 2 respostas$/ })).toHaveCount(1);
  await expect(page.locator('.heatmap rect')).toHaveCount(await page.locator('.heatmap rect title').count());
  // Its numbers, opened with the keyboard: a row per day with answers, today first.
  const calendar = page.getByRole('figure').filter({ has: page.getByRole('heading', { name: 'Calendário de estudo, últimos 12 meses' }) });
  await calendar.getByText('Ver os números').focus();
  await page.keyboard.press('Enter');
  const days = page.getByRole('table', { name: 'Calendário de estudo, últimos 12 meses' });
  await expect(days.getByRole('row')).toHaveCount(21);
  await expect(days.getByRole('row').nth(1)).toHaveText(/10\/06\/2026\s*2/);

  // True retention: in the last 30 days, the one review answer was to a mature card, and it failed.
  const retention = page.getByRole('region', { name: 'Retenção verdadeira' });
  const month = retention.getByRole('row', { name: /Últimos 30 dias/ });
  await expect(month.getByRole('cell')).toHaveText(['—', '0% (0 de 1)', '0% (0 de 1)']);
  await expect(retention.getByRole('row', { name: /Hoje/ }).getByRole('cell')).toHaveText(['—', '—', '—']);

  await expect(page.getByRole('heading', { level: 2, name: 'Botões de resposta' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Botões de resposta no período, em 7 respostas: De novo 14%, Difícil 0%, Bom 86%, Fácil 0%.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Tempo de estudo por dia' })).toBeVisible();
  await expect(page.getByRole('img', { name: /7 min no total, em média 1 min 45 s por dia com estudo, no máximo 2 min num dia/ })).toBeVisible();

  await page.screenshot({ path: 'test-results/screens/stats-history-light.png', fullPage: true });
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('heading', { level: 2, name: 'Study calendar, last 12 months' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'True retention' }).getByRole('row', { name: /Last 30 days/ }).getByRole('cell')).toHaveText(['—', '0% (0 of 1)', '0% (0 of 1)']);
  await expect(page.getByRole('img', { name: /Answer buttons in the period, over 7 answers: Again 14%/ })).toBeVisible();

  // The same screen in the dark theme, with every part drawn, has no serious accessibility violation.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/screens/stats-history-dark.png', fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
