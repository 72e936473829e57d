import { describe, expect, it } from 'vitest';
import { cardsToCsv, cardsToMarkdown, cardsToTsv } from '../../../../renderer/core/own-cards/card-export';
import { parseCardsCsv } from '../../../../renderer/core/own-cards/csv-import';
import { draftsToOwnCards, type ImportTarget } from '../../../../renderer/core/own-cards/draft';
import { parseCardsMarkdown } from '../../../../renderer/core/own-cards/markdown-import';
import type { OwnCard } from '../../../../renderer/core/own-cards/own-card';

const base = { createdAt: 10, updatedAt: 20, deletedAt: 0 };
const cards: OwnCard[] = [
  {
    ...base,
    id: 'own/q00000000001',
    kind: 'question',
    locale: 'pt-BR',
    section: 'behavioral',
    sectionName: '',
    prompt: 'Conte um incidente: "o modelo caiu", e o que você fez',
    context: 'Use STAR; seja específico: números, datas',
    keyPoints: ['Situação: sexta, 18h', 'Resultado: -40% de latência', '- começa com hífen'],
    answer: '**Situação**: o modelo caiu.\n\n---\n\n- Ação 1, com vírgula\n- Ação\t2 com tab\n\n```yaml\n---\nkind: fact\n---\n```',
    tags: ['star', 'incidente'],
    parent: '',
  },
  {
    ...base,
    id: 'own/f00000000001',
    kind: 'fact',
    locale: 'pt-BR',
    section: 'own:empresa-x',
    sectionName: 'Empresa X: "dados"',
    prompt: '=Qual é a stack?',
    context: '',
    keyPoints: [],
    answer: 'Kubernetes, Airflow; "MLflow"',
    tags: [],
    parent: 'own/q00000000001',
  },
];
const deleted: OwnCard = { ...cards[1]!, id: 'own/d00000000001', prompt: 'Deleted', deletedAt: 20 };
const target: ImportTarget = { locale: 'en', section: 'own:other', sectionName: 'Other' };
const bytes = (text: string) => new TextEncoder().encode(text);
const stored = (result: ReturnType<typeof parseCardsCsv>) => draftsToOwnCards(result.rows.map((row) => row.card), 99, Math.random);

describe('export and import again', () => {
  it('Markdown carries every field back, and leaves deleted cards out', () => {
    const text = cardsToMarkdown([...cards, deleted]);
    const result = parseCardsMarkdown(text, target);
    expect(result.problems).toEqual([]);
    expect(stored(result)).toEqual(cards.map((card) => ({ ...card, createdAt: 99, updatedAt: 99 })));
  });

  it.each([
    ['CSV', cardsToCsv, ','],
    ['TSV', cardsToTsv, '\t'],
  ] as const)('%s carries id, front, back and tags back, as Anki reads them', (_, write, delimiter) => {
    const text = write([...cards, deleted]);
    expect(text.split('\n').slice(0, 4)).toEqual([`#separator:${delimiter === ',' ? 'comma' : 'tab'}`, '#html:false', '#guid column:1', '#tags column:4']);
    const result = parseCardsCsv(bytes(text), target);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => [row.card.sourceId, row.card.prompt, row.card.answer, row.card.tags])).toEqual(
      cards.map((card) => [card.id, card.prompt, card.answer, card.tags]),
    );
    // Imported twice, the cards keep their ids: the second import updates the same cards.
    expect(stored(result).map((card) => card.id)).toEqual(cards.map((card) => card.id));
  });

  it('gives new ids to cards from elsewhere, and a fact follows its parent from the same file', () => {
    const text = '---\nid: mine/q\nkind: question\nprompt: Q\n---\nA\n\n---\nid: mine/q--f\nkind: fact\nparent: mine/q\nprompt: F\n---\nB\n';
    const result = parseCardsMarkdown(text, target);
    expect(result.problems).toEqual([]);
    const [question, fact] = stored(result);
    expect(question!.id).toMatch(/^own\/[0-9a-z]{12}$/);
    expect(fact!.parent).toBe(question!.id);
  });
});
