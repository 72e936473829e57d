import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedRequest, mimeTypeOf, resolveAppFile } from '../../../electron/security';

describe('main-process security rules', () => {
  it('blocks every network request', () => {
    expect(isAllowedRequest('app://flashcards/assets/index.js')).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:4173/')).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd')).toBe(false);
  });

  it('serves only files inside the renderer folder', () => {
    const root = resolve('/app');
    expect(resolveAppFile('app://flashcards/', '/app')).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://flashcards/assets/x.js', '/app')).toBe(join(root, 'assets', 'x.js'));
    // The URL parser already folds dot segments; encoded separators must not escape either.
    expect(resolveAppFile('app://flashcards/%2e%2e/secret', '/app')).toBe(join(root, 'secret'));
    expect(resolveAppFile('app://flashcards/..%2f..%2fetc%2fpasswd', '/app')).toBeUndefined();
    expect(resolveAppFile('app://flashcards/%E0%A4%A', '/app')).toBeUndefined();
    expect(resolveAppFile('app://other/index.html', '/app')).toBeUndefined();
  });

  it('has a strict CSP: no inline scripts, nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('sends the right content types', () => {
    expect(mimeTypeOf('/a/index.html')).toMatch(/^text\/html/);
    expect(mimeTypeOf('/a/x.JS')).toMatch(/^text\/javascript/);
    expect(mimeTypeOf('/a/x.bin')).toBe('application/octet-stream');
  });
});
