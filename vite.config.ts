import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// One renderer, two hosts: the build picks the Host adapter (`$host`) by mode, never at run time.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig(({ mode }) => {
  const target = mode === 'electron' ? 'electron' : 'web';
  return {
    root: 'renderer',
    base: './',
    // The compiled decks are served as static files at /decks/<locale>.json in the web build.
    publicDir: fileURLToPath(new URL('./content/dist', import.meta.url)),
    define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) })],
    resolve: {
      alias: { $host: fileURLToPath(new URL(`./renderer/host/index.${target}.ts`, import.meta.url)) },
    },
    build: {
      outDir: fileURLToPath(new URL(`./dist/${target === 'electron' ? 'app' : 'web'}`, import.meta.url)),
      emptyOutDir: true,
      target: 'chrome120',
      // The Electron build reads decks from the app's resources, not from the bundle.
      copyPublicDir: target === 'web',
    },
    preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: true },
  };
});
