// `npm run icons`: renders build/icon.svg with Chromium to every size the installers need,
// shrinks the PNGs with pngquant and packs the Windows .ico and macOS .icns. The results are
// committed; run this after editing the SVG (needs Debian's chromium and pngquant).
//   build/icons/<n>x<n>.png  Linux (AppImage, deb): 16 to 1024 px
//   build/icon.ico           Windows (nsis): 16 to 256 px
//   build/icon.icns          macOS (dmg): 16 to 1024 px
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { encodeIcns, encodeIco } from './icon-formats';

/** A flat icon loses nothing visible at 256 colours, and gets ten times smaller. */
function quantize(png: Buffer): Buffer {
  const result = spawnSync('pngquant', ['--quality', '80-98', '--speed', '1', '--strip', '-'], { input: png, maxBuffer: 64 << 20 });
  if (result.error || result.status !== 0) {
    throw new Error(`pngquant failed (apt-get install pngquant): ${result.error?.message ?? result.stderr.toString()}`);
  }
  return result.stdout;
}

export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

const svg = readFileSync('build/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const pngs = new Map<number, Buffer>();
try {
  const page = await browser.newPage();
  for (const size of PNG_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    pngs.set(size, quantize(await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })));
  }
} finally {
  await browser.close();
}

mkdirSync('build/icons', { recursive: true });
for (const [size, png] of pngs) writeFileSync(`build/icons/${size}x${size}.png`, png);
writeFileSync('build/icon.ico', encodeIco(ICO_SIZES.map((size) => pngs.get(size)!)));
writeFileSync('build/icon.icns', encodeIcns(pngs));
console.log(`Rendered build/icon.svg to ${PNG_SIZES.join(', ')} px, build/icon.ico and build/icon.icns.`);
