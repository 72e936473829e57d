import { readFile } from 'node:fs/promises';
import { parseProgressFile } from '../../renderer/core/progress-file';
import { expect, sectionCounts, test } from './fixtures';

test('study five cards with the keyboard; progress survives a reload and is exported', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Entrevistas de MLOps' })).toBeVisible();
  const before = await sectionCounts(page, 'Fundamentos');
  expect(before.newCount).toBeGreaterThanOrEqual(10);
  expect(before.dueCount).toBe(0);

  await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
  await expect(page.locator('h1.prompt')).toBeVisible(); // as a person does: the card first, then keys
  const prompts: string[] = [];
  for (const key of ['3', '3', '4', '1', '2']) {
    // A new card is on screen once the previous answer is saved and hidden.
    await expect(page.getByTestId('answer')).toHaveCount(0);
    const prompt = page.locator('h1.prompt');
    await expect(prompt).not.toHaveText(prompts.at(-1) ?? '');
    prompts.push((await prompt.textContent())!);
    // The focus waits on "Show answer", the first card's too, then on Good (Space then means Good).
    await expect(page.getByRole('button', { name: /Mostrar resposta/ })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Bom/ })).toBeFocused();
    // Each grade button shows the interval it would give.
    await expect(page.getByRole('button', { name: /^Bom/ })).toContainText(/\d/);
    await page.keyboard.press(key);
  }
  expect(new Set(prompts).size).toBe(5);

  await page.getByRole('button', { name: /Voltar ao baralho/ }).click();
  const after = await sectionCounts(page, 'Fundamentos');
  expect(after.newCount).toBe(before.newCount - 5);
  // Again/Hard/Good put a card in learning, due later today; Easy schedules it for days ahead.
  expect(after.dueCount).toBe(4);
  await expect(page.getByText('5 respostas registradas')).toBeVisible();

  await page.reload();
  await expect(page.getByText('5 respostas registradas')).toBeVisible();
  expect(await sectionCounts(page, 'Fundamentos')).toEqual(after);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar progresso' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^mlops-flashcards-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await download.path())!, 'utf8');
  const parsed = await parseProgressFile(text);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.file.reviews.map((r) => r.rating)).toEqual([3, 3, 4, 1, 2]);
  expect(new Set(parsed.file.reviews.map((r) => r.cardId)).size).toBe(5);
  await expect(page.getByRole('status').filter({ hasText: 'Progresso exportado: 5 respostas.' })).toBeVisible();
});

test('a question card shows the interviewer context, key points and a rendered Markdown answer', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Estudar tudo' }).click();
  await expect(page.getByText('O que o entrevistador quer ver')).toBeVisible();
  await page.getByRole('button', { name: /Mostrar resposta/ }).click();
  await expect(page.getByRole('heading', { name: 'Pontos-chave de uma boa resposta' })).toBeVisible();
  // Every key point of the card shown, as the deck has them.
  const deck = JSON.parse(await readFile(new URL('../../content/dist/decks/pt-BR.json', import.meta.url), 'utf8')) as {
    cards: { prompt: string; keyPoints?: string[] }[];
  };
  const prompt = await page.locator('h1.prompt').textContent();
  const shown = deck.cards.find((c) => c.prompt === prompt);
  expect(shown?.keyPoints?.length).toBeGreaterThanOrEqual(3);
  await expect(page.locator('.key-points li')).toHaveText(shown!.keyPoints!);
  await expect(page.locator('.markdown p').first()).toBeVisible();
  for (const name of ['De novo', 'Difícil', 'Bom', 'Fácil']) {
    await expect(page.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
});

test('undo takes the last answer back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
  const first = await page.locator('h1.prompt').textContent();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.locator('h1.prompt')).not.toHaveText(first!);
  await page.keyboard.press('u');
  await expect(page.locator('h1.prompt')).toHaveText(first!);
  await expect(page.getByText('Última resposta desfeita.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('0 respostas registradas')).toBeVisible();
});

test('buttons work as well as keys', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Estudar Nuvem' }).click();
  await page.getByRole('button', { name: /Mostrar resposta/ }).click();
  await page.getByRole('button', { name: /^Fácil/ }).click();
  await page.getByRole('button', { name: /Voltar ao baralho/ }).click();
  await expect(page.getByText('1 resposta registrada')).toBeVisible();
});

test('cards studied in English under a Portuguese interface do not come back marked revised', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-25T10:00:00-03:00') });
  await page.goto('/');
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByLabel('Idioma dos cartões').selectOption('en');
  await page.getByRole('button', { name: 'Salvar configurações' }).click();
  await expect(page.getByText('Configurações salvas.')).toBeVisible();
  await page.getByRole('button', { name: 'Baralho' }).click();

  await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
  const prompt = page.locator('article[lang="en"] h1.prompt');
  await expect(prompt).toBeVisible();
  const first = (await prompt.textContent())!;
  await page.keyboard.press('Space');
  await page.keyboard.press('1'); // Again: back in a minute
  await expect(prompt).not.toHaveText(first);
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await page.clock.fastForward('02:00');
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  // The first card is due again before any new card, and its text has not changed.
  await expect(prompt).toHaveText(first);
  await expect(page.getByText('Resposta revisada')).toHaveCount(0);
  await page.keyboard.press('l');
  await expect(page.getByText('Mostrando este cartão em português.')).toBeVisible();
  await expect(page.locator('article[lang="pt-BR"] h1.prompt')).toBeVisible();
  await expect(page.getByText('Resposta revisada')).toHaveCount(0);
});
