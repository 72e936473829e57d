import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// One renderer, two hosts: the build picks the Host adapter (`$host`) by mode, never at run time.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The browser version's server (`npm run web`, the tests, the benchmark): files under assets/ are
 * named after a hash of their content, so a changed file is a new URL and the browser may keep
 * them without asking again. Without this each start asks the server about every script and style
 * sheet (answered 304) before running them, which slows every start.
 */
function cacheHashedAssets(): Plugin {
  const hashed = /\/assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/i;
  return {
    name: 'cache-hashed-assets',
    // Runs before Vite's static files, which keep a header already set (their own is no-cache).
    configurePreviewServer: (server) =>
      void server.middlewares.use((req, res, next) => {
        if (hashed.test((req.url ?? '').split('?')[0]!)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        next();
      }),
  };
}

export default defineConfig(({ mode }) => {
  const target = mode === 'electron' ? 'electron' : 'web';
  return {
    root: 'renderer',
    base: './',
    // The compiled decks are served as static files at /decks/<locale>.json in the web build.
    publicDir: fileURLToPath(new URL('./content/dist', import.meta.url)),
    define: { __APP_VERSION__: JSON.stringify(version) },
    plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) }), cacheHashedAssets()],
    resolve: {
      alias: { $host: fileURLToPath(new URL(`./renderer/host/index.${target}.ts`, import.meta.url)) },
    },
    build: {
      outDir: fileURLToPath(new URL(`./dist/${target === 'electron' ? 'app' : 'web'}`, import.meta.url)),
      emptyOutDir: true,
      target: 'chrome120',
      // The Electron build reads decks from the app's resources, not from the bundle.
      copyPublicDir: target === 'web',
      // Two files of the app's own code: what the first screen runs (main.ts and everything it
      // imports), and the other screens with their texts, loaded together once that screen is
      // drawn (app/routes.ts). Left to itself the bundler cut the first screen's code into eight
      // files shared with the screens, and the screens into thirty; the code loaded on demand
      // (file import, the key-point check, a report's Markdown) keeps its own files.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'start', test: /renderer[\\/]main\.ts$/, priority: 3 },
              // Loaded on demand by the first screen's code, so kept out of the screens' file.
              { name: 'plan', test: /renderer[\\/]model[\\/]interview-plan-compute\.ts$/, priority: 2 },
              { name: 'sanitiser', test: /renderer[\\/]ui[\\/]markdown\.ts$/, priority: 2 },
              { name: 'own-markdown', test: /renderer[\\/]ui[\\/]own-markdown\.ts$/, priority: 2 },
              { name: 'mock-report', test: /renderer[\\/]core[\\/]mock[\\/]report(-markdown)?\.ts$/, priority: 2 },
              { name: 'screens', test: /renderer[\\/](screens|ui|i18n[\\/]messages)[\\/]/, priority: 1 },
            ],
          },
        },
      },
    },
    preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: true },
  };
});
