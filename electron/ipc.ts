// The bridge contract and the validation of every IPC message. Free of Electron imports, so the
// same checks are unit-tested under Node and enforced in the main process.
import * as v from 'valibot';
import { LOCALES, type DeckFile, type Locale } from '../content/schema';
import { CHANNELS } from './channels';

export const APP_ORIGIN = 'app://flashcards';

export interface SaveFileRequest {
  suggestedName: string;
  contents: string;
}
export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' };

/** What the preload exposes as `window.flashcardsHost`; the renderer's Electron adapter wraps it. */
export interface HostBridge {
  getDeck(locale: Locale): Promise<DeckFile>;
  saveExportFile(request: SaveFileRequest): Promise<SaveFileResult>;
}

export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

export const GetDeckPayload = v.picklist(LOCALES);
export const SaveFilePayload = v.strictObject({
  suggestedName: v.pipe(v.string(), v.regex(/^[\w.-]{1,120}\.(json|csv)$/, 'bad file name')),
  contents: v.pipe(v.string(), v.maxLength(MAX_EXPORT_BYTES, 'file too large')),
});

/** Only our own page, loaded from the app:// protocol, may call the main process. */
export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  if (!frameUrl) return false;
  try {
    const url = new URL(frameUrl);
    return url.protocol === 'app:' && url.host === 'flashcards';
  } catch {
    return false;
  }
}

export interface IpcLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown): void;
}

export interface MainHandlers {
  getDeck(locale: Locale): Promise<DeckFile>;
  saveExportFile(request: SaveFileRequest): Promise<SaveFileResult>;
}

/** Registers every channel behind the sender check and its payload schema. */
export function registerIpcHandlers(ipc: IpcLike, handlers: MainHandlers): void {
  const guarded =
    <S extends v.GenericSchema, R>(schema: S, run: (payload: v.InferOutput<S>) => Promise<R>) =>
    async (event: { senderFrame: { url: string } | null }, payload: unknown): Promise<R> => {
      if (!isTrustedSender(event.senderFrame?.url)) throw new Error('IPC refused: untrusted sender');
      const parsed = v.safeParse(schema, payload);
      if (!parsed.success) throw new Error(`IPC refused: invalid payload (${parsed.issues[0].message})`);
      return run(parsed.output);
    };
  ipc.handle(CHANNELS.getDeck, guarded(GetDeckPayload, handlers.getDeck));
  ipc.handle(CHANNELS.saveExportFile, guarded(SaveFilePayload, handlers.saveExportFile));
}
