// First: start opening the database and loading the deck before the rest of the code runs.
import './app/startup';
import { mount } from 'svelte';
import App from './app/App.svelte';
import { paintNow } from './model/after-paint';
import './styles.css';

// index.html's loading line is painted before any script runs; the app takes its place.
const target = document.getElementById('app')!;
target.replaceChildren();
mount(App, { target });

// An answer is written once the frame that shows the next card is painted; when the page is going
// away (a reload, a closed window), the writes on their way start at once instead.
addEventListener('pagehide', paintNow);
