import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { cardsToCsv, cardsToMarkdown } from '../../renderer/core/own-cards/card-export';
import { ownSectionId, type OwnCard } from '../../renderer/core/own-cards/own-card';
import { XSS_CORPUS } from '../fixtures/xss-corpus';
import { expect, test } from './fixtures';
import { dumpIndexedDb } from './idb';
import { fileOnDisk } from './progress-files';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navegação principal' }).getByRole('button', { name, exact: true });
const rows = (page: Page) => page.getByRole('table', { name: 'Cartões do baralho' }).locator('tbody').getByRole('button');

async function openBrowse(page: Page) {
  await nav(page, 'Navegar').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Navegar pelos cartões' })).toBeVisible();
}

async function myCards(page: Page) {
  await openBrowse(page);
  await page.getByLabel('Origem').selectOption({ label: 'Meus cartões' });
}

async function importFile(page: Page, path: string) {
  if (!(await page.getByRole('button', { name: 'Importar cartões' }).isVisible())) await openBrowse(page);
  await page.getByRole('button', { name: 'Importar cartões' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importar cartões' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Escolher arquivo…' }).click();
  await (await chooser).setFiles(path);
}

function ownCard(n: number, fields: Partial<OwnCard>): OwnCard {
  return {
    id: `own/${String(n).padStart(12, '0')}`,
    kind: 'question',
    locale: 'en',
    section: 'basics',
    sectionName: '',
    prompt: `Card ${n}`,
    context: 'Context',
    keyPoints: ['one'],
    answer: 'Answer',
    tags: [],
    parent: '',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    deletedAt: 0,
    ...fields,
  };
}

test('add a card, find it in Browse, study it, edit it, delete it', async ({ page }) => {
  await page.goto('/');
  await openBrowse(page);
  await page.getByRole('button', { name: 'Adicionar cartão' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Novo cartão' })).toBeFocused();

  await page.getByLabel('Idioma do cartão').selectOption({ label: 'inglês' });
  await page.getByLabel('Seção', { exact: true }).selectOption({ label: 'Nova seção minha…' });
  await page.getByLabel('Nome da nova seção').fill('Empresa X');
  await page.getByLabel('Pergunta', { exact: true }).fill('How does Empresa X ship its models?');
  await page.getByLabel('Contexto').fill('The platform team runs Kubernetes.');
  await page.getByLabel('Pontos-chave (um por linha)').fill('Quokka release train\nCanary by traffic\nAutomatic rollback');
  await page.getByLabel('Resposta (Markdown)').fill('**Blue/green** with Argo, then a canary.');
  // The live preview renders the Markdown as the card will show it.
  await expect(page.getByTestId('own-preview').locator('strong')).toHaveText('Blue/green');
  await page.getByLabel('Tags (separadas por espaço)').fill('empresa-x deploy');

  // A problem is said in words, at the field, and nothing is written.
  await page.getByLabel('Pergunta', { exact: true }).fill('   ');
  await page.getByRole('button', { name: 'Salvar cartão' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Preencha' })).toHaveText('Preencha o campo “Pergunta”.');
  await expect(page.getByLabel('Pergunta', { exact: true })).toBeFocused();
  expect((await dumpIndexedDb(page)).ownCards).toEqual([]);
  await page.getByLabel('Pergunta', { exact: true }).fill('How does Empresa X ship its models?');
  await page.getByRole('button', { name: 'Salvar cartão' }).click();

  // Saved: the card opens in Browse, in its own section, marked as the learner's.
  const heading = page.getByRole('heading', { level: 1, name: 'How does Empresa X ship its models?' });
  await expect(heading).toBeVisible();
  await expect(page.locator('article.card-view')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.meta')).toContainText('Empresa X');
  await expect(page.locator('.meta')).toContainText('Meu cartão');
  await page.getByRole('button', { name: 'Voltar à lista' }).click();

  // Found by its own words, and by the "my cards" filter.
  await page.getByLabel('Buscar').fill('quokka train');
  await expect(rows(page)).toHaveText(['How does Empresa X ship its models?']);
  await page.getByLabel('Buscar').fill('');
  await page.getByLabel('Origem').selectOption({ label: 'Meus cartões' });
  await expect(rows(page)).toHaveText(['How does Empresa X ship its models?']);

  // Studied from its own section on the deck list; L says it has no other version.
  await nav(page, 'Baralho').click();
  await page.getByRole('button', { name: 'Estudar Empresa X' }).click();
  await expect(page.locator('h1.prompt')).toHaveText('How does Empresa X ship its models?');
  await page.keyboard.press('l');
  await expect(page.getByRole('status').filter({ hasText: 'não tem versão em outro idioma' })).toBeVisible();
  await expect(page.locator('h1.prompt')).toHaveText('How does Empresa X ship its models?');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer').locator('strong')).toHaveText('Blue/green');
  await page.keyboard.press('3');
  await expect.poll(async () => (await dumpIndexedDb(page)).reviews?.length).toBe(1);

  // Edited: the answer changes, and the card says it was revised since it was answered.
  await myCards(page);
  await rows(page).first().click();
  await page.getByRole('button', { name: 'Editar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Editar cartão' })).toBeVisible();
  await expect(page.getByLabel('Seção', { exact: true })).toHaveValue('own:empresa-x');
  await page.getByLabel('Resposta (Markdown)').fill('Argo Rollouts with a *canary* at 5%.');
  await page.getByRole('button', { name: 'Salvar cartão' }).click();
  await expect(page.getByTestId('answer').locator('em')).toHaveText('canary');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: 'test-results/screens/own-card-light.png', fullPage: true });

  // Deleted: gone from the list; the row stays as a marker and its answer stays in the log.
  await page.getByRole('button', { name: 'Excluir', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Excluir este cartão?' })).toBeVisible();
  await page.getByRole('button', { name: 'Excluir cartão' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Navegar pelos cartões' })).toBeVisible();
  await expect(page.getByText('Nenhum cartão corresponde à busca e aos filtros.')).toBeVisible();
  const db = await dumpIndexedDb(page);
  expect(db.ownCards).toHaveLength(1);
  expect((db.ownCards![0] as OwnCard).deletedAt).toBeGreaterThan(0);
  expect(db.reviews).toHaveLength(1);
  await nav(page, 'Baralho').click();
  await expect(page.getByRole('button', { name: 'Estudar Empresa X' })).toHaveCount(0);
});

test('import a CSV with two bad lines: the preview names them, nothing is written until confirmed', async ({ page }) => {
  await page.goto('/');
  const csv = [
    'front,back,tags',
    'What is a feature store?,A shared store of features for training and serving.,mlops features',
    '"A field that never closes,back',
    'still inside the quote',
  ].join('\n');
  // Lines 1 and 3+ are cards; the quote opened on line 3 runs to the end of the file.
  const good = ['What does Argo CD do?,GitOps sync of Kubernetes manifests.,deploy', ',An answer without a front,x', 'What is drift?,"Data that changes,\nover time.",monitoring'];
  const file = await fileOnDisk('cards.csv', [...good, ...csv.split('\n').slice(1)].join('\n'));
  await importFile(page, file);

  await expect(page.getByTestId('import-ready')).toHaveText('3 cartões prontos para importar.');
  await expect(page.getByTestId('import-problems').getByRole('listitem')).toHaveText(['Linha 2: Preencha o campo “Pergunta”.', 'Linha 6: aspas abertas e não fechadas']);
  expect((await dumpIndexedDb(page)).ownCards).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/own-import-light.png', fullPage: true });
  await page.getByRole('button', { name: 'Importar 3 cartões' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 cartões importados.' })).toBeVisible();
  expect((await dumpIndexedDb(page)).ownCards).toHaveLength(3);

  // A second import of the same file finds every card already there.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Escolher arquivo…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('import-ready')).toHaveText('Nenhum cartão pronto para importar.');
  await expect(page.getByTestId('import-duplicates')).toHaveText('3 cartões repetem outros que você já tem e ficam de fora.');

  await myCards(page);
  // Cards of one import share their time: their order among themselves is the ids'.
  await expect(rows(page)).toHaveCount(3);
  expect((await rows(page).allTextContents()).sort()).toEqual(['What does Argo CD do?', 'What is a feature store?', 'What is drift?']);
});

test('own cards go to another profile through the progress file, and export as CSV, TSV and Markdown', async ({ page, browser, baseURL }) => {
  await page.goto('/');
  const md = cardsToMarkdown([
    ownCard(1, { prompt: 'Como a Empresa X treina modelos?', locale: 'pt-BR', section: 'own:empresa-x', sectionName: 'Empresa X', keyPoints: ['Airflow', 'GPUs spot'] }),
    ownCard(2, { kind: 'fact', prompt: 'Qual orquestrador a Empresa X usa?', locale: 'pt-BR', context: '', keyPoints: [], parent: 'own/000000000001', answer: 'Airflow.' }),
  ]);
  await importFile(page, await fileOnDisk('cards.md', md));
  await expect(page.getByTestId('import-ready')).toHaveText('2 cartões prontos para importar.');
  await page.getByRole('button', { name: 'Importar 2 cartões' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 cartões importados.' })).toBeVisible();

  for (const [label, extension] of [['CSV (Anki, planilhas)', 'csv'], ['Texto com tabulação (Anki, Quizlet)', 'tsv'], ['Markdown (todos os campos)', 'md']] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: label }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^mlops-flashcards-my-cards-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`));
    const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(text).toContain('Qual orquestrador a Empresa X usa?');
  }

  // The progress file carries them to a second profile (another browser context: its own storage).
  await nav(page, 'Progresso e backups').click();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: /Exportar progresso/ }).first().click();
  const progressPath = await (await exported).path();
  const other = await browser.newContext({ baseURL: baseURL!, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' });
  const second = await other.newPage();
  await second.goto('/');
  await nav(second, 'Progresso e backups').click();
  const chooser = second.waitForEvent('filechooser');
  await second.getByRole('button', { name: 'Importar arquivo…' }).click();
  await (await chooser).setFiles(progressPath);
  await second.getByRole('dialog').getByRole('button', { name: /Importar/ }).click();
  await expect(second.getByRole('dialog')).toHaveCount(0);
  await myCards(second);
  await expect(rows(second)).toHaveCount(2);
  expect((await rows(second).allTextContents()).sort()).toEqual(['Como a Empresa X treina modelos?', 'Qual orquestrador a Empresa X usa?']);
  await rows(second).filter({ hasText: 'Qual orquestrador' }).click();
  await expect(second.getByRole('button', { name: '↑ Como a Empresa X treina modelos?' })).toBeVisible();
  await other.close();
});

test('the XSS corpus in every field, typed and imported from CSV and Markdown, never runs a script', async ({ page }) => {
  test.slow();
  await page.addInitScript(() => {
    (window as unknown as { __xss: (n: number) => void; __xssRan: number[] }).__xssRan = [];
    (window as unknown as { __xss: (n: number) => void }).__xss = (n) => (window as unknown as { __xssRan: number[] }).__xssRan.push(n);
  });
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto('/');

  // Markdown: a payload in the prompt, context, key points, answer and section name of each card.
  const cards = XSS_CORPUS.map((payload, i) =>
    ownCard(i + 1, {
      prompt: `${i + 1} ${payload.text}`.slice(0, 200),
      context: payload.text,
      keyPoints: [payload.text.slice(0, 300)],
      answer: payload.text,
      section: ownSectionId(`xss ${i + 1}`),
      sectionName: `${i + 1} ${payload.text}`.slice(0, 60),
      tags: ['xss'],
    }),
  );
  await importFile(page, await fileOnDisk('xss.md', cardsToMarkdown(cards)));
  await expect(page.getByTestId('import-ready')).toHaveText(`${cards.length} cartões prontos para importar.`);
  await page.getByRole('button', { name: `Importar ${cards.length} cartões` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'importados' })).toBeVisible();

  // CSV: payloads as front, back and tags (Anki's HTML fields included).
  const csv = cardsToCsv(XSS_CORPUS.map((payload, i) => ownCard(100 + i, { id: '', prompt: `csv ${i + 1} ${payload.text}`.slice(0, 200), answer: payload.text, tags: [] })));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Escolher arquivo…' }).click();
  await (await chooser).setFiles(await fileOnDisk('xss.csv', `${csv}\n${XSS_CORPUS.map((p, i) => `"html ${i}",${JSON.stringify(p.text.replaceAll('"', "'"))},${p.text.replace(/[",\n]/g, ' ')}`).join('\n')}`));
  await expect(page.getByTestId('import-ready')).not.toHaveText('Nenhum cartão pronto para importar.');
  await page.getByRole('button', { name: /^Importar \d+ cartões$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'importados' })).toBeVisible();

  // Typed: the live preview of each payload.
  await openBrowse(page);
  await page.getByRole('button', { name: 'Adicionar cartão' }).click();
  for (const payload of XSS_CORPUS) {
    await page.getByLabel('Resposta (Markdown)').fill(payload.text);
    await expect(page.getByTestId('own-preview')).not.toBeEmpty();
  }
  await expectNothingInjected(page);

  // Every card shown: the list (prompts, sections), then each card opened whole.
  await myCards(page);
  await page.getByLabel('Buscar').fill('#xss');
  await expect(rows(page)).toHaveCount(cards.length);
  for (let i = 0; i < cards.length; i++) {
    await rows(page).nth(i).click();
    await expect(page.getByTestId('answer')).toBeVisible();
    await page.getByRole('button', { name: 'Voltar à lista' }).click();
  }
  await page.getByLabel('Buscar').fill('csv');
  await rows(page).first().click();
  await expect(page.getByTestId('answer')).toBeVisible();
  await expectNothingInjected(page);
});

async function expectNothingInjected(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xssRan: number[] }).__xssRan)).toEqual([]);
  const injected = await page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('*')].flatMap((el) => {
      const bad: string[] = [];
      if (el.matches('form.form')) return bad; // the app's own card form
      if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'BASE', 'META', 'FORM', 'TEMPLATE', 'IMG', 'SVG', 'MATH'].includes(el.tagName.toUpperCase())) bad.push(el.tagName);
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        if (attr.startsWith('on') || attr === 'srcdoc' || /^\s*(javascript|data):/i.test(value)) bad.push(`${el.tagName}[${attr}]`);
      }
      return bad;
    }),
  );
  expect(injected).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the own-card form and import screen in the ${colorScheme} theme, with no serious accessibility violation`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await openBrowse(page);
    await page.getByRole('button', { name: 'Adicionar cartão' }).click();
    await page.getByLabel('Tipo', { exact: true }).selectOption({ label: 'Fato' });
    await page.getByLabel('Resposta (Markdown)').fill('A **fact** with `code` and a [link](https://example.com).');
    await page.getByRole('button', { name: 'Salvar cartão' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Preencha' })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/own-form-${colorScheme}.png`, fullPage: true });
    await expectNoSeriousViolations(page);

    await page.getByLabel('Pergunta', { exact: true }).fill('Which tracker does the team use?');
    await page.getByRole('button', { name: 'Salvar cartão' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Which tracker does the team use?' })).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Voltar à lista' }).click();
    await importFile(page, await fileOnDisk('few.csv', 'front one,back one\n,no front\n'));
    await expect(page.getByTestId('import-ready')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/own-import-${colorScheme}.png`, fullPage: true });
    await expectNoSeriousViolations(page);
  });
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
