// electron-builder configuration. The compiled deck ships outside the asar as extraResources,
// where electron/content.ts looks for it in a packaged app.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'dev.mlopsflashcards.app',
  productName: 'MLOps Flashcards',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/electron/**/*', 'dist/app/**/*', 'package.json', '!**/*.map'],
  extraResources: [{ from: 'content/dist/decks', to: 'decks', filter: ['*.json'] }],
  asar: true,
  linux: { target: ['AppImage', 'deb'], category: 'Education' },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'], category: 'public.app-category.education' },
};
