// Security decisions as plain functions, unit-tested under Node and applied by main.ts.
import { resolve, sep } from 'node:path';
import { APP_ORIGIN } from '../renderer/core/contract/ipc';
import type { PermissionRequest } from './microphone';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // The progress file is checked in a module worker of our own (renderer/services/check-progress-file.ts).
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // A mock interview's recordings play from object URLs of their stored Blobs.
  "media-src blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A URL of our own page, served by the app:// protocol. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === 'flashcards';
  } catch {
    return false;
  }
}

/** The app is offline by design: only its own protocol and in-memory URLs may load. */
export function isAllowedRequest(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools:') || url.startsWith('data:') || url.startsWith('blob:');
}

/** Maps an app:// URL to a file inside the renderer folder, refusing anything that escapes it. */
export function resolveAppFile(url: string, rendererDir: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'app:' || parsed.host !== 'flashcards') return undefined;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  return file.startsWith(root + sep) ? file : undefined;
}

const MIME: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
};

export function mimeTypeOf(path: string): string {
  return MIME[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

interface NavigationDetails {
  readonly url: string;
  preventDefault(): void;
}

/** The parts of a WebContents that hardening touches (structural, so it is tested without Electron). */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (details: NavigationDetails) => void): unknown;
  on(event: 'will-frame-navigate', listener: (details: NavigationDetails) => void): unknown;
  on(event: 'will-redirect', listener: (details: NavigationDetails) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Applied to every web contents the app ever creates (main.ts calls it from
 * `web-contents-created`): no new windows, no webviews, and no navigation or redirect, in any
 * frame, to anything but our own page. Links never open outside either: the app calls no
 * `shell.openExternal`, so no page content can reach the system's browser or file handlers.
 */
export function hardenWebContents(contents: HardenableContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayInApp = (details: NavigationDetails) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The parts of a Session that hardening touches. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string; mediaTypes?: readonly string[] },
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

/**
 * Every permission (camera, notifications, HID, serial, USB…) refused, but the microphone when
 * `microphone` grants it (microphone.ts); every network request blocked.
 */
export function hardenSession(session: HardenableSession, microphone?: { decide(request: PermissionRequest): boolean }): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(microphone?.decide({ permission, requestingUrl: details?.requestingUrl, mediaTypes: details?.mediaTypes }) ?? false),
  );
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}
