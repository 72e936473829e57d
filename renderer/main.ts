// First: start opening the database and loading the deck before the rest of the code runs.
import './app/startup';
import { mount } from 'svelte';
import App from './app/App.svelte';
import './styles.css';

// index.html's loading line is painted before any script runs; the app takes its place.
const target = document.getElementById('app')!;
target.replaceChildren();
mount(App, { target });
