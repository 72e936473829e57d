import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../renderer/core/contract/channels';
import {
  fitsFileSizeLimit,
  isTrustedSender,
  parseMenuCommand,
  registerIpcHandlers,
  sendMenuCommand,
  type IpcLike,
  type MainHandlers,
  type MenuCommand,
} from '../../../renderer/core/contract/ipc';
import { MAX_PROGRESS_FILE_BYTES } from '../../../renderer/core/progress-file';
import type { AppCommand } from '../../../renderer/app/commands';

type Listener = Parameters<IpcLike['handle']>[1];

function setup() {
  const listeners = new Map<string, Listener>();
  const handlers: MainHandlers = {
    getDeck: vi.fn(async () => ({ format: 'mlops-flashcards-deck', version: 1, locale: 'en', cards: [] }) as never),
    saveExportFile: vi.fn(async () => ({ status: 'cancelled' }) as const),
    setUiLocale: vi.fn(async () => {}),
    openProgressFile: vi.fn(async () => ({ status: 'cancelled' }) as const),
    openTextFile: vi.fn(async () => ({ status: 'cancelled' }) as const),
    writeBackup: vi.fn(async () => ({ name: 'b.json', createdAt: 1, bytes: 1, reason: 'auto' }) as const),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => '{}'),
    quitBackup: vi.fn(async () => undefined),
    allowMicrophone: vi.fn(async () => undefined),
    savePdf: vi.fn(async () => ({ status: 'cancelled' }) as const),
  };
  registerIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers);
  const call = (channel: string, payload: unknown, url: string | null = 'app://flashcards/index.html') =>
    listeners.get(channel)!({ senderFrame: url === null ? null : { url } }, payload);
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
    expect(handlers.getDeck).toHaveBeenCalledWith('pt-BR');
    await call(INVOKE_CHANNELS.saveExportFile, { suggestedName: 'progress.json', contents: '{}' });
    expect(handlers.saveExportFile).toHaveBeenCalledWith({ suggestedName: 'progress.json', contents: '{}' });
    await call(INVOKE_CHANNELS.setUiLocale, 'en');
    expect(handlers.setUiLocale).toHaveBeenCalledWith('en');
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
    await expect(call(INVOKE_CHANNELS.saveExportFile, { suggestedName: '../../.bashrc', contents: '' })).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.saveExportFile, { suggestedName: 'a.json', contents: 1 })).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.saveExportFile, { suggestedName: 'a.json', contents: '', extra: true })).rejects.toThrow('invalid payload');
    expect(handlers.saveExportFile).not.toHaveBeenCalled();
    await expect(call(INVOKE_CHANNELS.setUiLocale, 'pt')).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.setUiLocale, { locale: 'en' })).rejects.toThrow('invalid payload');
    expect(handlers.setUiLocale).not.toHaveBeenCalled();
  });

  it('takes only true or false on the microphone channel', async () => {
    const { handlers, call } = setup();
    await call(INVOKE_CHANNELS.allowMicrophone, true);
    await call(INVOKE_CHANNELS.allowMicrophone, false);
    expect(handlers.allowMicrophone).toHaveBeenNthCalledWith(1, true);
    expect(handlers.allowMicrophone).toHaveBeenNthCalledWith(2, false);
    for (const bad of ['true', 1, undefined, { open: true }]) {
      await expect(call(INVOKE_CHANNELS.allowMicrophone, bad)).rejects.toThrow('invalid payload');
    }
    await expect(call(INVOKE_CHANNELS.allowMicrophone, true, 'https://evil.example/')).rejects.toThrow('untrusted sender');
    expect(handlers.allowMicrophone).toHaveBeenCalledTimes(2);
  });

  it('takes a card file request only as a short list of the known text types, and an export name only with a known extension', async () => {
    const { handlers, call } = setup();
    await call(INVOKE_CHANNELS.openTextFile, ['csv', 'tsv', 'md']);
    expect(handlers.openTextFile).toHaveBeenCalledWith(['csv', 'tsv', 'md']);
    for (const bad of [undefined, [], ['exe'], ['csv', '../x'], 'csv', { types: ['csv'] }, ['csv', 'tsv', 'txt', 'md', 'csv']]) {
      await expect(call(INVOKE_CHANNELS.openTextFile, bad), JSON.stringify(bad)).rejects.toThrow('invalid payload');
    }
    expect(handlers.openTextFile).toHaveBeenCalledTimes(1);
    for (const name of ['my-cards.csv', 'my-cards.tsv', 'my-cards.md']) await call(INVOKE_CHANNELS.saveExportFile, { suggestedName: name, contents: 'x' });
    expect(handlers.saveExportFile).toHaveBeenCalledTimes(3);
    await expect(call(INVOKE_CHANNELS.saveExportFile, { suggestedName: 'cards.html', contents: 'x' })).rejects.toThrow('invalid payload');
  });

  it('validates the progress and backup channels', async () => {
    const { handlers, call } = setup();
    const name = 'mlops-flashcards-backup-2026-11-25T12-00-00-000Z-auto.json';
    await call(INVOKE_CHANNELS.openProgressFile, undefined);
    await call(INVOKE_CHANNELS.listBackups, undefined);
    await call(INVOKE_CHANNELS.readBackup, name);
    await call(INVOKE_CHANNELS.writeBackup, { reason: 'auto', contents: '{}' });
    await call(INVOKE_CHANNELS.quitBackup, { contents: null });
    expect(handlers.openProgressFile).toHaveBeenCalledTimes(1);
    expect(handlers.readBackup).toHaveBeenCalledWith(name);
    expect(handlers.writeBackup).toHaveBeenCalledWith({ reason: 'auto', contents: '{}' });
    expect(handlers.quitBackup).toHaveBeenCalledWith({ contents: null });

    // A name that is not ours cannot reach the file system, whatever it points at.
    for (const bad of ['../../.ssh/id_rsa', '/etc/passwd', `${name}/../x`, 'backup.json', `sub/${name}`]) {
      await expect(call(INVOKE_CHANNELS.readBackup, bad)).rejects.toThrow('invalid payload');
    }
    await expect(call(INVOKE_CHANNELS.writeBackup, { reason: 'quit', contents: '{}' })).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.writeBackup, { reason: 'auto', contents: '' })).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.openProgressFile, { path: '/etc/passwd' })).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.quitBackup, { contents: 3 })).rejects.toThrow('invalid payload');
    await expect(call(INVOKE_CHANNELS.listBackups, undefined, 'https://evil.example/')).rejects.toThrow('untrusted sender');
    expect(handlers.readBackup).toHaveBeenCalledTimes(1);
    expect(handlers.writeBackup).toHaveBeenCalledTimes(1);
  });

  it('saves a report as Markdown (text) and recordings and PDFs as bytes, never the one as the other', async () => {
    const { handlers, call } = setup();
    const audio = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3]);
    await call(INVOKE_CHANNELS.saveExportFile, { suggestedName: 'mock-interview-2026-12-06-1405.md', contents: '# Report' });
    await call(INVOKE_CHANNELS.saveExportFile, { suggestedName: 'mock-interview-2026-12-06-1405-q1.webm', contents: audio });
    await call(INVOKE_CHANNELS.saveExportFile, { suggestedName: 'mock-interview-2026-12-06-1405-q2.ogg', contents: audio });
    expect(handlers.saveExportFile).toHaveBeenCalledTimes(3);
    expect(handlers.saveExportFile).toHaveBeenCalledWith({ suggestedName: 'mock-interview-2026-12-06-1405-q1.webm', contents: audio });

    for (const bad of [
      { suggestedName: 'report.md', contents: audio },
      { suggestedName: 'progress.json', contents: audio },
      { suggestedName: 'q1.webm', contents: 'not bytes' },
      { suggestedName: 'report.pdf', contents: '%PDF-1.7' },
      { suggestedName: 'q1.mp3', contents: audio },
      { suggestedName: 'report.md.exe', contents: '' },
      { suggestedName: 'q1.webm', contents: [1, 2, 3] },
      { suggestedName: 'q1.webm', contents: new Uint8Array(MAX_PROGRESS_FILE_BYTES + 1) },
    ]) {
      await expect(call(INVOKE_CHANNELS.saveExportFile, bad), bad.suggestedName).rejects.toThrow(/invalid payload/);
    }
    expect(handlers.saveExportFile).toHaveBeenCalledTimes(3);

    await call(INVOKE_CHANNELS.savePdf, { suggestedName: 'mock-interview-2026-12-06-1405.pdf' });
    expect(handlers.savePdf).toHaveBeenCalledWith({ suggestedName: 'mock-interview-2026-12-06-1405.pdf' });
    for (const bad of [{ suggestedName: '../x.pdf' }, { suggestedName: 'x.md' }, { suggestedName: 'x.pdf', contents: '' }, 'x.pdf']) {
      await expect(call(INVOKE_CHANNELS.savePdf, bad)).rejects.toThrow('invalid payload');
    }
    expect(handlers.savePdf).toHaveBeenCalledTimes(1);
  });

  it('counts the size limit in bytes, as every reader does, for exports and backups alike', async () => {
    const { handlers, call } = setup();
    // 'ç' is one UTF-16 unit and two UTF-8 bytes: this text is half the limit long and weighs it exactly.
    const atLimit = 'ç'.repeat(MAX_PROGRESS_FILE_BYTES / 2);
    expect(fitsFileSizeLimit(atLimit)).toBe(true);
    const overLimit = `${atLimit}a`;
    expect(overLimit.length).toBeLessThan(MAX_PROGRESS_FILE_BYTES);
    expect(fitsFileSizeLimit(overLimit)).toBe(false);

    await expect(call(INVOKE_CHANNELS.saveExportFile, { suggestedName: 'progress.json', contents: overLimit })).rejects.toThrow('file too large');
    await expect(call(INVOKE_CHANNELS.writeBackup, { reason: 'auto', contents: overLimit })).rejects.toThrow('file too large');
    await expect(call(INVOKE_CHANNELS.quitBackup, { contents: overLimit })).rejects.toThrow('file too large');
    expect(handlers.saveExportFile).not.toHaveBeenCalled();
    expect(handlers.writeBackup).not.toHaveBeenCalled();
    expect(handlers.quitBackup).not.toHaveBeenCalled();
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
