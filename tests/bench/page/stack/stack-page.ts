// The start-up floor: what any page built on the app's stack (Svelte 5, Dexie, the app's Vite
// build and style sheet) must do before it can show the deck list: read the deck file through the
// host as the app does, open the app's database, read the stored review count, and draw the table
// of sections. Nothing else of the app runs (no model, queue, scheduler or i18n), so the app's
// load divided by this one is what the app's own code costs on top of its stack.
import { host } from '$host';
import { mount } from 'svelte';
import { openFlashcardsDb } from '../../../../renderer/db/db';
import { storedReviewCount } from '../../../../renderer/db/review-log';
import '../../../../renderer/styles.css';
import SectionTable from './SectionTable.svelte';

// The deck and the database are fetched side by side, as the app's start-up does.
const db = openFlashcardsDb();
const [deck, reviewCount] = await Promise.all([host.loadDeck('pt-BR'), db.open().then(() => storedReviewCount(db))]);

const target = document.getElementById('app')!;
target.replaceChildren();
mount(SectionTable, { target, props: { cards: deck.cards, reviewCount: reviewCount ?? 0 } });
