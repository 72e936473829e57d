import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../electron/channels';
import { isTrustedSender, registerIpcHandlers, type IpcLike, type MainHandlers } from '../../../electron/ipc';

type Listener = Parameters<IpcLike['handle']>[1];

function setup() {
  const listeners = new Map<string, Listener>();
  const handlers: MainHandlers = {
    getDeck: vi.fn(async () => ({ format: 'mlops-flashcards-deck', version: 1, locale: 'en', cards: [] }) as never),
    saveExportFile: vi.fn(async () => ({ status: 'cancelled' }) as const),
  };
  registerIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers);
  const call = (channel: string, payload: unknown, url: string | null = 'app://flashcards/index.html') =>
    listeners.get(channel)!({ senderFrame: url === null ? null : { url } }, payload);
  return { listeners, handlers, call };
}

describe('IPC validation', () => {
  it('registers every channel', () => {
    expect([...setup().listeners.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('passes valid messages from our own page through', async () => {
    const { handlers, call } = setup();
    await call(CHANNELS.getDeck, 'pt-BR');
    expect(handlers.getDeck).toHaveBeenCalledWith('pt-BR');
    await call(CHANNELS.saveExportFile, { suggestedName: 'progress.json', contents: '{}' });
    expect(handlers.saveExportFile).toHaveBeenCalledWith({ suggestedName: 'progress.json', contents: '{}' });
  });

  it('refuses messages from any other frame', async () => {
    const { handlers, call } = setup();
    await expect(call(CHANNELS.getDeck, 'en', 'https://evil.example/')).rejects.toThrow('untrusted sender');
    await expect(call(CHANNELS.getDeck, 'en', 'file:///etc/passwd')).rejects.toThrow('untrusted sender');
    await expect(call(CHANNELS.getDeck, 'en', null)).rejects.toThrow('untrusted sender');
    expect(handlers.getDeck).not.toHaveBeenCalled();
  });

  it('refuses malformed payloads', async () => {
    const { handlers, call } = setup();
    await expect(call(CHANNELS.getDeck, 'fr')).rejects.toThrow('invalid payload');
    await expect(call(CHANNELS.saveExportFile, { suggestedName: '../../.bashrc', contents: '' })).rejects.toThrow('invalid payload');
    await expect(call(CHANNELS.saveExportFile, { suggestedName: 'a.json', contents: 1 })).rejects.toThrow('invalid payload');
    await expect(call(CHANNELS.saveExportFile, { suggestedName: 'a.json', contents: '', extra: true })).rejects.toThrow('invalid payload');
    expect(handlers.saveExportFile).not.toHaveBeenCalled();
  });

  it('trusts only the app:// origin', () => {
    expect(isTrustedSender('app://flashcards/index.html')).toBe(true);
    expect(isTrustedSender('app://other/index.html')).toBe(false);
    expect(isTrustedSender('not a url')).toBe(false);
  });
});
