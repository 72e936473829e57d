// The installers' configuration, checked without building them (that needs Electron's binaries).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeIcns, decodeIco, ICNS_TYPES, pngSize } from '../../../build/icon-formats';
import { resolveDeckDir } from '../../../electron/content';

const require = createRequire(import.meta.url);
const config = require('../../../build/electron-builder.config.cjs') as Record<string, any>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, any>;

const targetsOf = (platform: { target: (string | { target: string })[] }) =>
  platform.target.map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder configuration', () => {
  it('names the app', () => {
    expect(config.appId).toBe('dev.mlopsflashcards.app');
    expect(config.productName).toBe('MLOps Flashcards');
    expect(pkg.productName).toBe(config.productName);
  });

  it('builds AppImage and deb for Linux, nsis for Windows, dmg for macOS', () => {
    expect(targetsOf(config.linux).sort()).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    // A .deb cannot be built without a maintainer and a homepage.
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.extraMetadata.homepage).toMatch(/^https:\/\//);
  });

  it('ships the bundled app and the compiled deck, where the main process looks for it', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**/*', 'dist/app/**/*', 'package.json', '!node_modules/**/*']));
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.extraResources).toEqual([{ from: 'content/dist/decks', to: 'decks', filter: ['*.json'] }]);
    expect(resolveDeckDir({ isPackaged: true, resourcesPath: '/r', appPath: '/a' })).toBe(join('/r', config.extraResources[0].to));
    expect(config.asar).toBe(true);
  });

  it('turns off the Electron fuses the app does not use', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('has Linux icons from 16 to 1024 px, each the size its name says', () => {
    expect(config.linux.icon).toBe('build/icons');
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const file = join(config.linux.icon, `${size}x${size}.png`);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
  });

  it('has a Windows .ico from 16 to 256 px', () => {
    const images = decodeIco(readFileSync(config.win.icon));
    expect(images.map((image) => image.width)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const image of images) expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
  });

  it('has a macOS .icns with every size from 16 to 1024 px (512 @2x)', () => {
    const elements = decodeIcns(readFileSync(config.mac.icon));
    expect(elements.map((element) => element.type).sort()).toEqual(Object.keys(ICNS_TYPES).sort());
    for (const { type, png } of elements) {
      const size = ICNS_TYPES[type as keyof typeof ICNS_TYPES];
      expect(pngSize(png), type).toEqual({ width: size, height: size });
    }
  });

  it('keeps the icons small', () => {
    for (const file of [config.win.icon, config.mac.icon, join(config.linux.icon, '1024x1024.png')]) {
      expect(readFileSync(file).length, file).toBeLessThan(100 * 1024);
    }
  });
});
