// The learner's own answer to a question card, used as a person would: written (with the STAR
// headings for a behavioural question) while studying, shown beside the model answer or in its
// place, edited with its versions kept and restored, found by its words in Browse, never running
// a script whatever it holds.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { XSS_CORPUS } from '../fixtures/xss-corpus';
import { expect, test } from './fixtures';

const EDITOR = 'Sua resposta para esta pergunta';
const STORY = {
  situation: 'Na fintech Pagaqui, o modelo de antifraude começou a bloquear o triplo de compras.',
  task: 'Eu estava de plantão e precisava conter o impacto.',
  action: 'Passei as decisões para as regras de contingência e comparei os dados de entrada.',
  result: 'O impacto durou quatro horas e criamos um contrato de dados.',
};

async function studyBehavioural(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Estudar Comportamentais' }).click();
  await expect(page.locator('h1.prompt')).toBeVisible();
  await expect(page.locator('.badge.kind-question')).toBeVisible(); // the section starts with its first question
}

const rowButtons = (page: Page) => page.getByRole('table', { name: 'Cartões do baralho' }).locator('tbody').getByRole('button');
const editor = (page: Page) => page.getByRole('dialog', { name: EDITOR });
const answerText = (page: Page) => editor(page).getByRole('textbox', { name: 'Sua resposta (Markdown)' });

/** Writes the story under the STAR headings, as typed into the template. */
async function writeStarAnswer(page: Page) {
  await page.keyboard.press('a');
  await expect(editor(page)).toBeVisible();
  await expect(answerText(page)).toBeFocused();
  await editor(page).getByRole('button', { name: 'Usar o modelo STAR' }).click();
  await expect(answerText(page)).toHaveValue('### Situação\n\n\n### Tarefa\n\n\n### Ação\n\n\n### Resultado\n\n');
  // The caret waits under the first heading: the story is typed from there.
  await page.keyboard.type(STORY.situation);
  await expect(answerText(page)).toHaveValue(`### Situação\n${STORY.situation}\n\n### Tarefa\n\n\n### Ação\n\n\n### Resultado\n\n`);
  await answerText(page).fill(
    `### Situação\n${STORY.situation}\n\n### Tarefa\n${STORY.task}\n\n### Ação\n- ${STORY.action}\n\n### Resultado\n**${STORY.result}**\n`,
  );
  const preview = editor(page).getByRole('region', { name: 'Prévia' });
  await expect(preview.getByRole('heading', { name: 'Resultado' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText(STORY.result);
}

test('a STAR answer written while studying shows beside the model answer, or in its place', async ({ page }) => {
  await studyBehavioural(page);
  const prompt = await page.locator('h1.prompt').textContent();
  await writeStarAnswer(page);
  await page.keyboard.press('Control+Enter');
  await expect(editor(page)).toBeHidden();
  await expect(page.getByText('Sua resposta foi salva.')).toBeVisible();
  await expect(page.getByTestId('own-answer')).toHaveCount(0); // the answer is still hidden

  await page.keyboard.press('Space');
  const own = page.getByTestId('own-answer');
  await expect(own.getByRole('heading', { name: 'Situação' })).toBeVisible();
  await expect(own.getByText(STORY.action)).toBeVisible();
  await expect(page.getByTestId('model-answer').getByRole('heading', { name: 'Resposta modelo' })).toBeVisible();
  const pair = await Promise.all([own.boundingBox(), page.getByTestId('model-answer').boundingBox()]);
  expect(pair[0]!.x).toBeLessThan(pair[1]!.x); // side by side on a wide window
  expect(Math.abs(pair[0]!.y - pair[1]!.y)).toBeLessThan(2);

  const choice = page.getByRole('group', { name: 'Mostrar sua resposta' });
  await choice.getByRole('button', { name: 'No lugar' }).click();
  await expect(page.getByTestId('model-answer')).toHaveCount(0);
  await expect(own.getByText(STORY.result)).toBeVisible();
  await expect(page.locator('.key-points')).toBeVisible(); // the deck's key points stay

  // The choice is a setting: it holds after a restart, and the settings screen shows it.
  await page.reload();
  await page.getByRole('button', { name: 'Estudar Comportamentais' }).click();
  await expect(page.locator('h1.prompt')).toHaveText(prompt!);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('own-answer').getByText(STORY.task)).toBeVisible();
  await expect(page.getByTestId('model-answer')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'No lugar' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Ao lado' }).click();
  await expect(page.getByTestId('model-answer')).toBeVisible();
  await page.getByRole('button', { name: 'Voltar ao baralho' }).first().click();
  await page.getByRole('button', { name: 'Configurações' }).click();
  await expect(page.getByLabel('Sua própria resposta')).toHaveValue('beside');
});

test('editing keeps the earlier versions; one is restored; Escape asks before dropping a change', async ({ page }) => {
  await studyBehavioural(page);
  await writeStarAnswer(page);
  await page.keyboard.press('Control+Enter');
  await expect(editor(page)).toBeHidden();

  await page.getByRole('button', { name: 'Editar minha resposta' }).click();
  await expect(answerText(page)).toHaveValue(new RegExp(STORY.situation));
  await answerText(page).fill('## Situação\nUma segunda versão, mais curta.');
  await editor(page).getByRole('button', { name: 'Salvar resposta' }).click();
  await expect(editor(page)).toBeHidden();

  // A change then Escape: the question comes first; Escape again keeps the text.
  await page.keyboard.press('A');
  await answerText(page).fill('Um rascunho que não vai ficar');
  await page.keyboard.press('Escape');
  const question = editor(page).getByRole('group', { name: 'Descartar as alterações nesta resposta?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Continuar editando' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(editor(page)).toBeVisible();
  await expect(answerText(page)).toHaveValue('Um rascunho que não vai ficar');
  await page.keyboard.press('Escape');
  await question.getByRole('button', { name: 'Descartar' }).click();
  await expect(editor(page)).toBeHidden();

  // The versions: the first one is there, dated, by its first words, and restored.
  await page.keyboard.press('a');
  await expect(answerText(page)).toHaveValue('## Situação\nUma segunda versão, mais curta.');
  const versions = editor(page).locator('details.versions');
  await versions.getByText('1 versão anterior').click();
  const first = versions.getByRole('listitem');
  await expect(first).toHaveCount(1);
  await expect(first.locator('summary')).toContainText(`Situação ${STORY.situation.slice(0, 30)}`);
  await expect(first.locator('time')).toHaveText(/\d{2}:\d{2}/);
  await first.locator('summary').click();
  await expect(first.getByText(STORY.action)).toBeVisible();
  await first.getByRole('button', { name: 'Restaurar esta versão' }).click();
  await expect(editor(page).getByText(/^Versão de .* restaurada\.$/)).toBeVisible();
  await expect(answerText(page)).toHaveValue(new RegExp(STORY.result));
  await expect(versions.getByText('2 versões anteriores')).toBeVisible();
  await page.keyboard.press('Escape'); // nothing changed since the restore: it just closes
  await expect(editor(page)).toBeHidden();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('own-answer').getByText(STORY.result)).toBeVisible();

  // Over the size limit, the editor says so and will not save.
  await page.keyboard.press('a');
  await answerText(page).fill('x'.repeat(20_001));
  await expect(editor(page).getByRole('alert')).toHaveText('Sua resposta passou do limite de 20.000 caracteres. Encurte-a para poder salvar.');
  await expect(editor(page).getByRole('button', { name: 'Salvar resposta' })).toBeDisabled();
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Escape');
  await editor(page).getByRole('button', { name: 'Descartar' }).click();
  await expect(editor(page)).toBeHidden();
  await expect(page.getByTestId('own-answer').getByText(STORY.result)).toBeVisible(); // nothing was saved
});

test('Browse finds a card by a word of its own answer, and shows and edits the answer there', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Navegar' }).click();
  await page.getByLabel('Buscar').fill('Pagaqui');
  await expect(page.getByText(/^0 de \d/)).toBeVisible(); // no deck card says Pagaqui

  await page.getByLabel('Buscar').fill('');
  await page.getByRole('button', { name: 'Voltar ao baralho' }).click();
  await studyBehavioural(page);
  await writeStarAnswer(page);
  await page.keyboard.press('Control+Enter');
  await expect(editor(page)).toBeHidden();
  const prompt = await page.locator('h1.prompt').textContent();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Navegar' }).click();
  await page.getByLabel('Buscar').fill('pagaqui'); // case and accents aside, as every search
  await expect(rowButtons(page)).toHaveText([prompt!]);
  await rowButtons(page).click();
  await expect(page.locator('h1.prompt')).toHaveText(prompt!);
  await expect(page.getByTestId('own-answer').getByText(STORY.situation)).toBeVisible();
  await page.getByRole('button', { name: 'Editar minha resposta' }).click();
  await answerText(page).fill('Contei a história do Pagaqui de outro jeito.');
  await page.keyboard.press('Control+Enter');
  await expect(editor(page)).toBeHidden();
  await expect(page.getByTestId('own-answer').getByText('Contei a história do Pagaqui de outro jeito.')).toBeVisible();
});

test('no payload of the XSS corpus in an own answer runs, in the preview, the card or the versions', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __xssCalls: number[] }).__xssCalls = [];
    (window as unknown as { __xss: (n: number) => void }).__xss = (n) => (window as unknown as { __xssCalls: number[] }).__xssCalls.push(n);
  });
  await studyBehavioural(page);
  const hostile = XSS_CORPUS.map((payload) => payload.text).join('\n\n');
  await page.keyboard.press('a');
  await answerText(page).fill(hostile);
  await expect(editor(page).getByRole('region', { name: 'Prévia' })).toContainText('click');
  await page.keyboard.press('Control+Enter');
  await expect(editor(page)).toBeHidden();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('own-answer')).toContainText('click');
  // A second version puts the hostile one in the list of earlier versions, opened.
  await page.keyboard.press('a');
  await answerText(page).fill('segura');
  await page.keyboard.press('Control+Enter');
  await expect(editor(page)).toBeHidden();
  await page.keyboard.press('a');
  await editor(page).getByText('1 versão anterior').click();
  await editor(page).getByRole('listitem').locator('summary').click();
  await expect(editor(page).getByRole('listitem')).toContainText('click');
  await page.keyboard.press('Escape');
  // Give the page every chance to run what it would: pointer over each link, then a frame.
  for (const link of await page.getByTestId('own-answer').getByRole('link').all()) await link.hover();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  expect(await page.evaluate(() => (window as unknown as { __xssCalls: number[] }).__xssCalls)).toEqual([]);
  const html = await page.getByTestId('own-answer').innerHTML();
  expect(html).not.toMatch(/<script|onerror=|javascript:|<iframe|<object|<embed|<form|<style/i);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the editor and the card with its own answer in the ${colorScheme} theme, with no serious accessibility violation`, async ({ page }) => {
    test.slow(); // axe checks every node's colour contrast
    await page.emulateMedia({ colorScheme });
    await studyBehavioural(page);
    await writeStarAnswer(page);
    await page.screenshot({ path: `test-results/screens/own-answer-editor-${colorScheme}.png`, fullPage: true });
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Control+Enter');
    await expect(editor(page)).toBeHidden();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('own-answer')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/own-answer-beside-${colorScheme}.png`, fullPage: true });
    await page.getByRole('group', { name: 'Mostrar sua resposta' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `test-results/screens/own-answer-beside-top-${colorScheme}.png` });
    await expectNoSeriousViolations(page);
    await page.keyboard.press('a');
    await answerText(page).fill('Outra versão');
    await page.keyboard.press('Control+Enter');
    await expect(editor(page)).toBeHidden();
    await page.keyboard.press('a');
    await editor(page).getByText('1 versão anterior').click();
    await editor(page).getByRole('listitem').locator('summary').click();
    await answerText(page).fill('Outra versão, mudada');
    await page.keyboard.press('Escape'); // the discard question, drawn too
    await expect(editor(page).getByRole('button', { name: 'Continuar editando' })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/own-answer-versions-${colorScheme}.png`, fullPage: true });
    await expectNoSeriousViolations(page);
  });
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
