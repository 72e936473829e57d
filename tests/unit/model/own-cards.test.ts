// The learner's own cards through the model: checked before every write, joined to the deck's
// cards in AppModel.cards, deleted as a marker with their answers kept, and revised by an edit.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ownMarkdownToHtml } from '../../../renderer/core/own-cards/markdown-html';
import { isAnswerRevised } from '../../../renderer/core/revision';
import { openFlashcardsDb, type FlashcardsDb } from '../../../renderer/db/db';
import { OwnCardMissing, OwnCardRejected } from '../../../renderer/db/own-card-store';
import { loadReviewCount } from '../../../renderer/db/review-log';
import { AppModel } from '../../../renderer/model/app-model.svelte';
import { OwnCards, type OwnCardInput } from '../../../renderer/model/own-cards.svelte';
import { sampleDeck as deck, sampleHost as host } from './sample-host';

let db: FlashcardsDb;
let n = 0;
const NOW = Date.UTC(2026, 10, 25, 12);

afterEach(async () => {
  await db?.delete();
});

// The unit project runs under Node without a DOM: the Markdown step without DOMPurify, which the
// e2e tests cover in a real browser.
const render = async () => ownMarkdownToHtml;

function sequence(): () => number {
  let i = 0;
  return () => ((i++ * 7) % 36) / 36;
}

const question: OwnCardInput = {
  kind: 'question',
  locale: 'en',
  section: 'own:empresa-x',
  sectionName: 'Empresa X',
  prompt: 'How does Empresa X ship models?',
  context: 'Platform team',
  keyPoints: ['Argo', 'Canary'],
  answer: '**Blue/green**',
  tags: ['deploy'],
  parent: '',
};

async function openOwn(): Promise<OwnCards> {
  db = openFlashcardsDb(`own-cards-${++n}`);
  await db.open();
  return new OwnCards(db, render, sequence());
}

describe('OwnCards', () => {
  it('adds a card with a fresh own id, stores it, and shows it as a study card with its Markdown rendered', async () => {
    const own = await openOwn();
    const card = await own.add(question, NOW);
    expect(card.id).toMatch(/^own\/[0-9a-z]{12}$/);
    expect(await db.ownCards.toArray()).toEqual([card]);
    expect(own.cards).toEqual([
      expect.objectContaining({ id: card.id, kind: 'question', section: 'own:empresa-x', answerHtml: '<p><strong>Blue/green</strong></p>', own: { locale: 'en', sectionName: 'Empresa X' } }),
    ]);
    expect(own.sections()).toEqual([{ id: 'own:empresa-x', name: 'Empresa X' }]);
    expect(own.questions().map((c) => c.id)).toEqual([card.id]);
  });

  it('refuses a card the validator refuses, saying which field, and writes nothing', async () => {
    const own = await openOwn();
    for (const [change, field, code] of [
      [{ prompt: '  ' }, 'prompt', 'empty'],
      [{ prompt: 'x'.repeat(201) }, 'prompt', 'too-long'],
      [{ answer: 'x'.repeat(20_001) }, 'answer', 'too-long'],
      [{ keyPoints: ['1', '2', '3', '4', '5', '6', '7', '8'] }, 'keyPoints', 'too-many'],
      [{ tags: ['Not Kebab'] }, 'tags', 'bad-format'],
      [{ sectionName: '' }, 'sectionName', 'empty'],
    ] as const) {
      const refused = await own.add({ ...question, ...change } as OwnCardInput, NOW).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(OwnCardRejected);
      expect((refused as OwnCardRejected).problem).toEqual({ code, field });
    }
    expect(await db.ownCards.count()).toBe(0);
    expect(own.cards).toEqual([]);
  });

  it('edits a card in place: same id and creation time, a new content hash', async () => {
    const own = await openOwn();
    const card = await own.add(question, NOW);
    const before = own.cards[0]!.hash;
    const edited = await own.edit(card.id, { ...question, answer: 'Argo *canary*' }, NOW + 1000);
    expect(edited).toEqual({ ...card, answer: 'Argo *canary*', updatedAt: NOW + 1000 });
    expect(own.cards[0]!.hash).not.toBe(before);
    expect(own.cards[0]!.answerHtml).toBe('<p>Argo <em>canary</em></p>');
    // The learner's last answer saw the old text: the card now reads as revised, as the deck's do.
    expect(isAnswerRevised(`en:${before}`, 'en', own.cards[0]!.hash)).toBe(true);
  });

  it('deletes a card as a marker, which later edits cannot bring back', async () => {
    const own = await openOwn();
    const card = await own.add(question, NOW);
    await own.remove(card.id, NOW + 5000);
    expect(await db.ownCards.get(card.id)).toEqual({ ...card, updatedAt: NOW + 5000, deletedAt: NOW + 5000 });
    expect(own.cards).toEqual([]);
    expect(own.get(card.id)).toBeUndefined();
    await expect(own.edit(card.id, question, NOW + 6000)).rejects.toBeInstanceOf(OwnCardMissing);
    await expect(own.remove(card.id, NOW + 6000)).rejects.toBeInstanceOf(OwnCardMissing);
  });

  it('adds an import all in one transaction, or none of it when one card is bad', async () => {
    const own = await openOwn();
    const good = { ...question, id: 'own/aaaaaaaaaaaa', createdAt: NOW, updatedAt: NOW, deletedAt: 0 };
    const bad = { ...good, id: 'own/bbbbbbbbbbbb', prompt: '' };
    const refused = await own.addMany([good, bad]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OwnCardRejected);
    expect((refused as OwnCardRejected).index).toBe(1);
    expect(await db.ownCards.count()).toBe(0);
    await own.addMany([good, { ...good, id: 'own/cccccccccccc', prompt: 'Another' }]);
    expect(own.cards.map((c) => c.id)).toEqual(['own/aaaaaaaaaaaa', 'own/cccccccccccc']);
  });
});

describe('AppModel with own cards', () => {
  it('joins the live own cards to the deck in cards, and hides a deleted card with its answers kept', async () => {
    db = openFlashcardsDb(`own-app-${++n}`);
    const model = await AppModel.open(db, host);
    await model.useLocale(deck.locale);
    // The model renders with the app's lazy renderer (DOMPurify needs a DOM): here, stored rows
    // are added through the store and read by a model whose own cards render without it.
    const own = new OwnCards(db, render, sequence());
    const card = await own.add(question, Date.now());
    (model as unknown as { own: OwnCards }).own = own;
    expect(model.cards.length).toBe(deck.cards.length + 1);
    expect(model.card(card.id)?.own?.locale).toBe('en');

    await model.answer(card.id, 3, Date.now(), 1000, { locale: 'en', hash: model.card(card.id)!.hash });
    await model.written();
    expect(model.reviewCount).toBe(1);
    await own.remove(card.id, Date.now());
    await model.reload();
    expect(model.cards.length).toBe(deck.cards.length);
    expect(model.reviewCount).toBe(0);
    expect(await loadReviewCount(db)).toBe(1);
  });
});
