// `npm run lint:electron`: Electronegativity over the desktop app; fails on any finding of medium
// severity or above, or on a file it could not read. Lower findings are printed for review.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { atOrAbove, scanElectronApp } from './electronegativity';

const electronVersion = (
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('electron/package.json'), 'utf8')) as { version: string }
).version;

const { findings, parseErrors } = await scanElectronApp(process.cwd(), electronVersion);
const blocking = atOrAbove(findings, 'MEDIUM');

for (const finding of findings) {
  const mark = blocking.includes(finding) ? 'FAIL' : 'note';
  console.log(`${mark} ${finding.severity} ${finding.id} ${finding.file}:${finding.line} (${finding.confidence}${finding.manualReview ? ', review' : ''})`);
}
for (const error of parseErrors) console.log(`FAIL could not parse ${error.file}: ${error.message}`);

if (blocking.length > 0 || parseErrors.length > 0) {
  console.error(`Electronegativity: ${blocking.length} finding(s) of medium severity or above, ${parseErrors.length} unreadable file(s).`);
  process.exit(1);
}
console.log(`Electronegativity (Electron ${electronVersion}): no finding of medium severity or above (${findings.length} lower).`);
