// First: start opening the database and loading the deck before the rest of the code runs.
import { db, decks, opening } from './app/startup';
import { host } from '$host';
import { mount } from 'svelte';
import App from './app/App.svelte';
import { openApp } from './app/open-app';
import { i18n, t } from './i18n/index.svelte';
import type { AppModel } from './model/app-model.svelte';
import { paintNow } from './model/after-paint';
import { forgetAnswers, keepAnswers } from './services/kept-answers';
import type { ReviewEvent } from './core/types';
import { localStorageOrNone } from './services/local-storage';
import './styles.css';

/** How long the app waits for its data before drawing its frame without them. */
const SLOW_OPEN_MS = 300;

const target = document.getElementById('app')!;
// index.html's loading line is painted before any script runs, in Portuguese; it speaks the
// language last used until the app takes its place.
if (i18n.locale !== document.documentElement.lang) {
  document.documentElement.lang = i18n.locale;
  target.querySelector('.loading')!.textContent = t('app.loading');
}

// The app is drawn once its first screen's data are read, in one render and one paint: a frame
// drawn first would cost a render, a layout and a paint of its own on the way to the first screen.
// An open that takes long (another window holding an old version blocks an upgrade) draws the
// frame anyway, with its loading line and the storage banner that says why.
const loading = openApp(db, opening, host, decks);
const slow = new Promise<void>((resolve) => setTimeout(resolve, SLOW_OPEN_MS));
void Promise.race([loading.then(() => {}, () => {}), slow]).then(() => {
  target.replaceChildren();
  mount(App, { target, props: { loading } });
});

// An answer is written once the frame that shows the next card is painted. When the page is going
// away (a reload, a closed window), the answers still on their way are kept in localStorage, as
// their write may die with the page (services/kept-answers.ts), and their writes start at once.
let opened: AppModel | undefined;
void loading.then((result) => {
  if (result.kind === 'ready') opened = result.model;
});
let kept: ReviewEvent[] = [];
addEventListener('pagehide', () => {
  kept = opened?.answersOnTheirWay() ?? [];
  keepAnswers(localStorageOrNone(), kept);
  paintNow();
});
// Back from the back-forward cache, the page is alive again and writes them itself: an answer kept
// and then undone must not come back at the next start.
addEventListener('pageshow', (event) => {
  if (event.persisted) forgetAnswers(localStorageOrNone(), kept);
});
