import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atOrAbove, scanElectronApp, type Finding } from '../../../build/electronegativity';
import { testTempDir } from '../../fixtures/temp-dir';

async function appWith(files: Record<string, string>): Promise<string> {
  const root = await testTempDir('eng-fixture-');
  const all = { 'package.json': '{"name":"fixture","devDependencies":{"electron":"41.7.1"}}', 'renderer/index.html': '<html></html>', ...files };
  for (const [path, text] of Object.entries(all)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const ids = (findings: Finding[]) => [...new Set(findings.map((f) => f.id))].sort();

describe('the Electronegativity gate', () => {
  it('fails an app that turns the protections off', async () => {
    const root = await appWith({
      'electron/main.ts': `
        import { BrowserWindow, shell } from 'electron';
        const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });
        window.webContents.on('will-navigate', (event, url) => shell.openExternal(url));
      `,
    });
    const { findings, parseErrors } = await scanElectronApp(root, '41.7.1');
    expect(parseErrors).toEqual([]);
    expect(ids(atOrAbove(findings, 'MEDIUM'))).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'CSP_GLOBAL_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'OPEN_EXTERNAL_JS_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
        'SANDBOX_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
      ]),
    );
  }, 60_000);

  it('reports a file it cannot parse, so a blind spot fails too', async () => {
    const root = await appWith({ 'electron/main.ts': 'const = ;' });
    const { parseErrors } = await scanElectronApp(root, '41.7.1');
    expect(parseErrors.map((e) => e.file)).toEqual([expect.stringContaining('main.ts')]);
  }, 60_000);

  it('ranks severities', () => {
    const finding = (severity: Finding['severity']): Finding => ({
      id: severity, file: 'x', line: 1, severity, confidence: 'CERTAIN', manualReview: false, description: '',
    });
    const all = [finding('INFORMATIONAL'), finding('LOW'), finding('MEDIUM'), finding('HIGH')];
    expect(atOrAbove(all, 'MEDIUM').map((f) => f.severity)).toEqual(['MEDIUM', 'HIGH']);
  });
});
