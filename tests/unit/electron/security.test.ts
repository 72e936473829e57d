import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isAppUrl,
  mimeTypeOf,
  resolveAppFile,
  type HardenableContents,
  type HardenableSession,
} from '../../../electron/security';

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
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('sends the right content types', () => {
    expect(mimeTypeOf('/a/index.html')).toMatch(/^text\/html/);
    expect(mimeTypeOf('/a/x.JS')).toMatch(/^text\/javascript/);
    expect(mimeTypeOf('/a/x.bin')).toBe('application/octet-stream');
  });
});

describe('web contents hardening', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { url: string; preventDefault(): void }) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on(event: string, listener: (event: { url: string; preventDefault(): void }) => void) {
        listeners.set(event, listener);
        return contents;
      },
      setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
        openHandler = handler;
      },
    };
    hardenWebContents(contents as HardenableContents);
    const blocked = (event: string, url = '') => {
      let prevented = false;
      listeners.get(event)!({ url, preventDefault: () => void (prevented = true) });
      return prevented;
    };
    return { listeners, blocked, open: (url: string) => openHandler!({ url }) };
  }

  it('keeps every frame on our page: navigation and redirects elsewhere are stopped', () => {
    const { blocked } = fakeContents();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(blocked(event, 'https://evil.example/'), event).toBe(true);
      expect(blocked(event, 'file:///etc/passwd'), event).toBe(true);
      expect(blocked(event, 'app://other/index.html'), event).toBe(true);
      expect(blocked(event, 'javascript:alert(1)'), event).toBe(true);
      expect(blocked(event, 'app://flashcards/index.html'), event).toBe(false);
    }
  });

  it('denies every new window and every webview', () => {
    const { blocked, open } = fakeContents();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://flashcards/index.html')).toEqual({ action: 'deny' });
    expect(blocked('will-attach-webview')).toBe(true);
  });

  it('recognises our own URLs only', () => {
    expect(isAppUrl('app://flashcards/assets/index.js')).toBe(true);
    expect(isAppUrl('app://flashcards.evil.example/')).toBe(false);
    expect(isAppUrl('https://flashcards/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('session hardening', () => {
  it('refuses every permission and blocks the network', () => {
    const granted: boolean[] = [];
    let requestHandler: Parameters<HardenableSession['setPermissionRequestHandler']>[0] | undefined;
    let checkHandler: (() => boolean) | undefined;
    let deviceHandler: (() => boolean) | undefined;
    let onBeforeRequest: Parameters<HardenableSession['webRequest']['onBeforeRequest']>[0] | undefined;
    hardenSession({
      setPermissionRequestHandler: (handler) => void (requestHandler = handler),
      setPermissionCheckHandler: (handler) => void (checkHandler = handler),
      setDevicePermissionHandler: (handler) => void (deviceHandler = handler),
      webRequest: { onBeforeRequest: (listener) => void (onBeforeRequest = listener) },
    });
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'hid']) {
      requestHandler!(undefined, permission, (answer) => granted.push(answer), { requestingUrl: 'app://flashcards/', mediaTypes: ['audio'] });
    }
    expect(granted).toEqual([false, false, false, false, false]);
    expect(checkHandler!()).toBe(false);
    expect(deviceHandler!()).toBe(false);
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      onBeforeRequest!({ url }, (response) => void (answer = response.cancel));
      return answer;
    };
    expect(cancelled('https://telemetry.example/collect')).toBe(true);
    expect(cancelled('app://flashcards/index.html')).toBe(false);
  });

  it('asks the microphone gate about each request, and grants only what it grants', () => {
    let requestHandler: Parameters<HardenableSession['setPermissionRequestHandler']>[0] | undefined;
    hardenSession(
      {
        setPermissionRequestHandler: (handler) => void (requestHandler = handler),
        setPermissionCheckHandler: () => {},
        setDevicePermissionHandler: () => {},
        webRequest: { onBeforeRequest: () => {} },
      },
      { decide: (request) => request.permission === 'media' && request.mediaTypes?.[0] === 'audio' },
    );
    const answer = (permission: string, details: { requestingUrl?: string; mediaTypes?: string[] }) => {
      let granted: boolean | undefined;
      requestHandler!(undefined, permission, (value) => void (granted = value), details);
      return granted;
    };
    expect(answer('media', { requestingUrl: 'app://flashcards/', mediaTypes: ['audio'] })).toBe(true);
    expect(answer('media', { requestingUrl: 'app://flashcards/', mediaTypes: ['video'] })).toBe(false);
    expect(answer('notifications', {})).toBe(false);
  });
});
