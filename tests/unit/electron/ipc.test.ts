import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../renderer/core/contract/channels';
import {
  isTrustedSender,
  MAX_CHUNK_BYTES,
  parseMenuCommand,
  registerIpcHandlers,
  sendMenuCommand,
  type IpcLike,
  type MainHandlers,
  type MenuCommand,
} from '../../../renderer/core/contract/ipc';
import type { AppCommand } from '../../../renderer/app/commands';

type Listener = Parameters<IpcLike['handle']>[1];
const PAGE = 3;

function setup() {
  const listeners = new Map<string, Listener>();
  const handlers: MainHandlers = {
    getDeck: vi.fn(async () => ({ format: 'mlops-flashcards-deck', version: 1, locale: 'en', cards: [] }) as never),
    beginFileWrite: vi.fn(async () => ({ status: 'cancelled' }) as const),
    beginBackupWrite: vi.fn(async () => ({ handle: 1 })),
    appendWrite: vi.fn(async () => undefined),
    commitWrite: vi.fn(async () => ({ kind: 'file', path: '/p.json' }) as const),
    abortWrite: vi.fn(async () => undefined),
    setUiLocale: vi.fn(async () => {}),
    openProgressFile: vi.fn(async () => ({ status: 'cancelled' }) as const),
    openTextFile: vi.fn(async () => ({ status: 'cancelled' }) as const),
    listBackups: vi.fn(async () => []),
    openBackup: vi.fn(async () => ({ handle: 1, name: 'b.json', bytes: 2 })),
    readSlice: vi.fn(async () => new Uint8Array(0)),
    closeRead: vi.fn(async () => undefined),
    quitBackup: vi.fn(async () => undefined),
    allowMicrophone: vi.fn(async () => undefined),
    savePdf: vi.fn(async () => ({ status: 'cancelled' }) as const),
  };
  registerIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers);
  const call = (channel: string, payload: unknown, url: string | null = 'app://flashcards/index.html', senderId = PAGE) =>
    listeners.get(channel)!({ senderFrame: url === null ? null : { url }, sender: { id: senderId } }, payload);
  return { listeners, handlers, call };
}

describe('IPC validation', () => {
  it('registers every renderer-to-main channel, and no main-to-renderer one', () => {
    const registered = [...setup().listeners.keys()];
    expect(registered.sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    for (const event of Object.values(EVENT_CHANNELS)) expect(registered).not.toContain(event);
  });

  it('passes valid messages from our own page through', async () => {
    const { handlers, call } = setup();
    await call(INVOKE_CHANNELS.getDeck, 'pt-BR');
    expect(handlers.getDeck).toHaveBeenCalledWith('pt-BR', { id: PAGE });
    await call(INVOKE_CHANNELS.beginFileWrite, { suggestedName: 'progress.json' });
    expect(handlers.beginFileWrite).toHaveBeenCalledWith({ suggestedName: 'progress.json' }, { id: PAGE });
    await call(INVOKE_CHANNELS.setUiLocale, 'en');
    expect(handlers.setUiLocale).toHaveBeenCalledWith('en', { id: PAGE });
  });

  it('refuses messages from any other frame', async () => {
    const { handlers, call } = setup();
    await expect(call(INVOKE_CHANNELS.getDeck, 'en', 'https://evil.example/')).rejects.toThrow('untrusted sender');
    await expect(call(INVOKE_CHANNELS.getDeck, 'en', 'file:///etc/passwd')).rejects.toThrow('untrusted sender');
    await expect(call(INVOKE_CHANNELS.getDeck, 'en', null)).rejects.toThrow('untrusted sender');
    await expect(call(INVOKE_CHANNELS.setUiLocale, 'en', 'devtools://devtools/bundled/index.html')).rejects.toThrow('untrusted sender');
    expect(handlers.getDeck).not.toHaveBeenCalled();
    expect(handlers.setUiLocale).not.toHaveBeenCalled();
  });

  it('refuses malformed payloads', async () => {
    const { handlers, call } = setup();
    await expect(call(INVOKE_CHANNELS.getDeck, 'fr')).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.beginFileWrite, { suggestedName: '../../.bashrc' })).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.beginFileWrite, { suggestedName: 1 })).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.beginFileWrite, { suggestedName: 'a.json', contents: '' })).rejects.toThrow('invalid payload');
    expect(handlers.beginFileWrite).not.toHaveBeenCalled();
    await expect(call(INVOKE_CHANNELS.setUiLocale, 'pt')).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.setUiLocale, { locale: 'en' })).rejects.toThrow('invalid payload');
    expect(handlers.setUiLocale).not.toHaveBeenCalled();
  });

  it('takes only true or false on the microphone channel', async () => {
    const { handlers, call } = setup();
    await call(INVOKE_CHANNELS.allowMicrophone, true);
    await call(INVOKE_CHANNELS.allowMicrophone, false);
    expect(handlers.allowMicrophone).toHaveBeenNthCalledWith(1, true, { id: PAGE });
    expect(handlers.allowMicrophone).toHaveBeenNthCalledWith(2, false, { id: PAGE });
    for (const bad of ['true', 1, undefined, { open: true }]) {
      await expect(call(INVOKE_CHANNELS.allowMicrophone, bad)).rejects.toThrow('invalid payload');
    }
    await expect(call(INVOKE_CHANNELS.allowMicrophone, true, 'https://evil.example/')).rejects.toThrow('untrusted sender');
    expect(handlers.allowMicrophone).toHaveBeenCalledTimes(2);
  });

  it('takes a card file request only as a short list of the known text types, and an export name only with a known extension', async () => {
    const { handlers, call } = setup();
    await call(INVOKE_CHANNELS.openTextFile, ['csv', 'tsv', 'md']);
    expect(handlers.openTextFile).toHaveBeenCalledWith(['csv', 'tsv', 'md'], { id: PAGE });
    for (const bad of [undefined, [], ['exe'], ['csv', '../x'], 'csv', { types: ['csv'] }, ['csv', 'tsv', 'txt', 'md', 'csv']]) {
      await expect(call(INVOKE_CHANNELS.openTextFile, bad), JSON.stringify(bad)).rejects.toThrow('invalid payload');
    }
    expect(handlers.openTextFile).toHaveBeenCalledTimes(1);
    for (const name of ['my-cards.csv', 'my-cards.tsv', 'my-cards.md']) await call(INVOKE_CHANNELS.beginFileWrite, { suggestedName: name });
    expect(handlers.beginFileWrite).toHaveBeenCalledTimes(3);
    await expect(call(INVOKE_CHANNELS.beginFileWrite, { suggestedName: 'cards.html' })).rejects.toThrow('invalid payload');
  });

  it('validates the progress and backup channels', async () => {
    const { handlers, call } = setup();
    const name = 'mlops-flashcards-backup-2026-11-25T12-00-00-000Z-auto.json';
    await call(INVOKE_CHANNELS.openProgressFile, undefined);
    await call(INVOKE_CHANNELS.listBackups, undefined);
    await call(INVOKE_CHANNELS.openBackup, name);
    for (const reason of ['auto', 'manual', 'before-restore', 'quit']) await call(INVOKE_CHANNELS.beginBackupWrite, reason);
    await call(INVOKE_CHANNELS.quitBackup, undefined);
    expect(handlers.openProgressFile).toHaveBeenCalledTimes(1);
    expect(handlers.openBackup).toHaveBeenCalledWith(name, { id: PAGE });
    expect(handlers.beginBackupWrite).toHaveBeenCalledTimes(4);
    expect(handlers.quitBackup).toHaveBeenCalledTimes(1);

    // A name that is not ours cannot reach the file system, whatever it points at.
    for (const bad of ['../../.ssh/id_rsa', '/etc/passwd', `${name}/../x`, 'backup.json', `sub/${name}`]) {
      await expect(call(INVOKE_CHANNELS.openBackup, bad)).rejects.toThrow('invalid payload');
    }
    await expect(call(INVOKE_CHANNELS.beginBackupWrite, 'weekly')).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.beginBackupWrite, { reason: 'auto' })).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.openProgressFile, { path: '/etc/passwd' })).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.quitBackup, { contents: '{}' })).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.listBackups, undefined, 'https://evil.example/')).rejects.toThrow('untrusted sender');
    expect(handlers.openBackup).toHaveBeenCalledTimes(1);
    expect(handlers.beginBackupWrite).toHaveBeenCalledTimes(4);
  });

  it('takes chunks as bytes of at most MAX_CHUNK_BYTES, for a handle, and tells the handler which page sent them', async () => {
    const { handlers, call } = setup();
    const chunk = new Uint8Array([0x7b, 0x7d]);
    await call(INVOKE_CHANNELS.appendWrite, { handle: 4, chunk }, undefined, 12);
    expect(handlers.appendWrite).toHaveBeenCalledWith({ handle: 4, chunk }, { id: 12 });
    await call(INVOKE_CHANNELS.appendWrite, { handle: 4, chunk: new Uint8Array(MAX_CHUNK_BYTES) });
    await call(INVOKE_CHANNELS.commitWrite, { handle: 4 });
    await call(INVOKE_CHANNELS.abortWrite, { handle: 5 });
    await call(INVOKE_CHANNELS.readSlice, { handle: 6, offset: 0, length: MAX_CHUNK_BYTES });
    await call(INVOKE_CHANNELS.closeRead, { handle: 6 });
    expect(handlers.commitWrite).toHaveBeenCalledWith({ handle: 4 }, { id: PAGE });
    expect(handlers.readSlice).toHaveBeenCalledWith({ handle: 6, offset: 0, length: MAX_CHUNK_BYTES }, { id: PAGE });

    for (const bad of [
      { handle: 4, chunk: new Uint8Array(MAX_CHUNK_BYTES + 1) },
      { handle: 4, chunk: '{}' },
      { handle: 4, chunk: [1, 2] },
      { handle: 0, chunk },
      { handle: 1.5, chunk },
      { handle: '4', chunk },
      { handle: 4 },
      { handle: 4, chunk, extra: true },
    ]) {
      await expect(call(INVOKE_CHANNELS.appendWrite, bad)).rejects.toThrow('invalid payload');
    }
    await expect(call(INVOKE_CHANNELS.appendWrite, { handle: 4, chunk: new Uint8Array(MAX_CHUNK_BYTES + 1) })).rejects.toThrow('chunk too large');
    for (const bad of [{ handle: 6, offset: -1, length: 1 }, { handle: 6, offset: 0, length: 0 }, { handle: 6, offset: 0, length: MAX_CHUNK_BYTES + 1 }, { handle: 6, offset: 0 }]) {
      await expect(call(INVOKE_CHANNELS.readSlice, bad)).rejects.toThrow('invalid payload');
    }
    for (const channel of [INVOKE_CHANNELS.commitWrite, INVOKE_CHANNELS.abortWrite, INVOKE_CHANNELS.closeRead]) {
      await expect(call(channel, { handle: -1 })).rejects.toThrow('invalid payload');
      await expect(call(channel, 4)).rejects.toThrow('invalid payload');
    }
    await expect(call(INVOKE_CHANNELS.appendWrite, { handle: 4, chunk }, 'https://evil.example/')).rejects.toThrow('untrusted sender');
    expect(handlers.appendWrite).toHaveBeenCalledTimes(2);
    expect(handlers.readSlice).toHaveBeenCalledTimes(1);
  });

  it('names a PDF only for the page-to-PDF channel, and takes nothing else there', async () => {
    const { handlers, call } = setup();
    await call(INVOKE_CHANNELS.beginFileWrite, { suggestedName: 'mock-interview-2026-12-06-1405-q1.webm' });
    await call(INVOKE_CHANNELS.beginFileWrite, { suggestedName: 'mock-interview-2026-12-06-1405.md' });
    await expect(call(INVOKE_CHANNELS.beginFileWrite, { suggestedName: 'q1.mp3' })).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.beginFileWrite, { suggestedName: 'report.md.exe' })).rejects.toThrow('invalid payload');

    await call(INVOKE_CHANNELS.savePdf, { suggestedName: 'mock-interview-2026-12-06-1405.pdf' });
    expect(handlers.savePdf).toHaveBeenCalledWith({ suggestedName: 'mock-interview-2026-12-06-1405.pdf' }, { id: PAGE });
    for (const bad of [{ suggestedName: '../x.pdf' }, { suggestedName: 'x.md' }, { suggestedName: 'x.pdf', contents: '' }, 'x.pdf']) {
      await expect(call(INVOKE_CHANNELS.savePdf, bad)).rejects.toThrow('invalid payload');
    }
    expect(handlers.savePdf).toHaveBeenCalledTimes(1);
  });

  it('trusts only the app:// origin', () => {
    expect(isTrustedSender('app://flashcards/index.html')).toBe(true);
    expect(isTrustedSender('app://other/index.html')).toBe(false);
    expect(isTrustedSender('not a url')).toBe(false);
  });
});

describe('menu commands, main to renderer', () => {
  const page = (url: string) => {
    const sent: [string, unknown][] = [];
    return { sent, contents: { getURL: () => url, send: (channel: string, payload: unknown) => void sent.push([channel, payload]) } };
  };

  it('sends a valid command to our page on the menu channel', () => {
    const { sent, contents } = page('app://flashcards/index.html');
    expect(sendMenuCommand(contents, { type: 'set-locale', locale: 'en' })).toBe(true);
    expect(sendMenuCommand(contents, { type: 'export-progress' })).toBe(true);
    expect(sent).toEqual([
      [EVENT_CHANNELS.menuCommand, { type: 'set-locale', locale: 'en' }],
      [EVENT_CHANNELS.menuCommand, { type: 'export-progress' }],
    ]);
  });

  it('sends nothing to a page that is not ours, and never a malformed command', () => {
    const foreign = page('https://evil.example/');
    expect(sendMenuCommand(foreign.contents, { type: 'undo' })).toBe(false);
    expect(foreign.sent).toEqual([]);
    const ours = page('app://flashcards/index.html');
    expect(() => sendMenuCommand(ours.contents, { type: 'set-locale', locale: 'fr' } as never)).toThrow();
    expect(() => sendMenuCommand(ours.contents, { type: 'format-disk' } as never)).toThrow();
    expect(ours.sent).toEqual([]);
  });

  it('lets the renderer keep well-formed commands only', () => {
    for (const command of [
      { type: 'export-progress' },
      { type: 'import-progress' },
      { type: 'open-backups' },
      { type: 'undo' },
      { type: 'set-locale', locale: 'pt-BR' },
      { type: 'show-shortcuts' },
    ]) {
      expect(parseMenuCommand(command)).toEqual(command);
    }
    expect(parseMenuCommand({ type: 'set-locale', locale: 'de' })).toBeUndefined();
    expect(parseMenuCommand({ type: 'undo', extra: 1 })).toBeUndefined();
    expect(parseMenuCommand('undo')).toBeUndefined();
    expect(parseMenuCommand(null)).toBeUndefined();
  });

  it('only ever carries commands the renderer understands', () => {
    expectTypeOf<MenuCommand>().toExtend<AppCommand>();
  });
});
