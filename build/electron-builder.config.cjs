// electron-builder configuration (`npm run dist`; the README's Install and Build sections say what
// each target produces). The compiled deck ships outside the asar as extraResources, where
// electron/content.ts looks for it in a packaged app. Icons: `npm run icons` renders build/icon.svg.

// Package metadata a .deb must carry. Placeholders on the reserved .example domain until the
// project has a public page and a support address: replace both before a public release.
const MAINTAINER = 'MLOps Flashcards maintainers <maintainers@users.noreply.h-seed-1c86848a.example>';
const HOMEPAGE = 'https://h-seed-1c86848a.example/mlops-flashcards';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'dev.mlopsflashcards.app',
  productName: 'MLOps Flashcards',
  copyright: 'Copyright © 2026 MLOps Flashcards maintainers',
  extraMetadata: { homepage: HOMEPAGE, author: { name: 'MLOps Flashcards maintainers', email: MAINTAINER.replace(/^.*<|>$/g, '') } },
  directories: { output: 'release', buildResources: 'build' },
  // The main process, preload and renderer are bundled, so no node_modules ship (nor need rebuilding).
  files: ['dist/electron/**/*', 'dist/app/**/*', 'package.json', '!**/*.map', '!node_modules/**/*'],
  npmRebuild: false,
  extraResources: [{ from: 'content/dist/decks', to: 'decks', filter: ['*.json'] }],
  asar: true,
  // Electron fuses flipped in the packaged binary, right before signing. What the app does not use
  // is off: running as plain Node, NODE_OPTIONS, --inspect, extra file:// privileges (we serve
  // app://); the asar is the only code it loads, checked against its hash on macOS and Windows.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
    // Flipping fuses breaks a macOS signature; an unsigned build gets an ad-hoc one again.
    resetAdHocDarwinSignature: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons',
    category: 'Education',
    executableName: 'mlops-flashcards',
    synopsis: 'Offline spaced-repetition flashcards for MLOps interviews',
    maintainer: MAINTAINER,
    vendor: 'MLOps Flashcards maintainers',
  },
  appImage: { artifactName: 'mlops-flashcards-${version}-${arch}.${ext}' },
  deb: { artifactName: 'mlops-flashcards_${version}_${arch}.${ext}' },
  win: { target: ['nsis'], icon: 'build/icon.ico' },
  nsis: {
    artifactName: 'mlops-flashcards-setup-${version}.${ext}',
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  mac: { target: ['dmg'], icon: 'build/icon.icns', category: 'public.app-category.education' },
  dmg: { artifactName: 'mlops-flashcards-${version}-${arch}.${ext}' },
};
