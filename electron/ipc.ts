// The bridge contract and the validation of every IPC message. Free of Electron imports, so the
// same checks are unit-tested under Node and enforced in the main process.
import * as v from 'valibot';
import { LOCALES, type DeckFile, type Locale } from '../content/schema';
import { MAX_PROGRESS_FILE_BYTES } from '../renderer/core/progress-file';
import { CHANNELS } from './channels';

export const APP_ORIGIN = 'app://flashcards';

export interface SaveFileRequest {
  suggestedName: string;
  contents: string;
}
export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' };

/** A progress file the learner picked, read by the main process only if it is not too large. */
export type OpenFileResult = { status: 'opened'; name: string; text: string } | { status: 'cancelled' } | { status: 'too-large'; bytes: number };

export const BACKUP_REASONS = ['auto', 'quit', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
export interface BackupInfo {
  name: string;
  /** Epoch ms. */
  createdAt: number;
  bytes: number;
  reason: BackupReason;
}
export interface WriteBackupRequest {
  reason: Exclude<BackupReason, 'quit'>;
  contents: string;
}
/** The page's answer to `backup-requested`: the export to keep, or null when it has nothing. */
export interface QuitBackupRequest {
  contents: string | null;
}

/** What the preload exposes as `window.flashcardsHost`; the renderer's Electron adapter wraps it. */
export interface HostBridge {
  getDeck(locale: Locale): Promise<DeckFile>;
  saveExportFile(request: SaveFileRequest): Promise<SaveFileResult>;
  setUiLocale(locale: Locale): Promise<void>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: unknown) => void): () => void;
  openProgressFile(): Promise<OpenFileResult>;
  writeBackup(request: WriteBackupRequest): Promise<BackupInfo>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(name: string): Promise<string>;
  quitBackup(request: QuitBackupRequest): Promise<void>;
  /** Runs `listener` when the app is about to close and wants a last backup. */
  onBackupRequested(listener: () => void): void;
}

/**
 * The writer's side of the size limit, in UTF-8 bytes as the file will weigh on disk: every
 * reader (the main process before reading a backup or an import, the browser before reading a
 * picked file) compares the file's size in bytes, so the app never writes a file it would refuse.
 * Buffer.byteLength counts without encoding (about 0.1 s for 195 MB, against 0.4 s and a 195 MB
 * copy for valibot's maxBytes, which encodes). It runs in the main process only; the renderer
 * imports this module for the menu-command check.
 */
export function fitsFileSizeLimit(contents: string): boolean {
  // A UTF-16 unit is at least one UTF-8 byte: a string this long is over the limit, uncounted.
  return contents.length <= MAX_PROGRESS_FILE_BYTES && Buffer.byteLength(contents, 'utf8') <= MAX_PROGRESS_FILE_BYTES;
}
const withinFileSizeLimit = v.check(fitsFileSizeLimit, 'file too large');

export const GetDeckPayload = v.picklist(LOCALES);
export const SetUiLocalePayload = v.picklist(LOCALES);
export const SaveFilePayload = v.strictObject({
  suggestedName: v.pipe(v.string(), v.regex(/^[\w.-]{1,120}\.(json|csv)$/, 'bad file name')),
  contents: v.pipe(v.string(), withinFileSizeLimit),
});
export const NoPayload = v.undefined();
/** Backup names are ours (see backups.ts): nothing else can name a file to read. */
export const BACKUP_NAME_PATTERN =
  /^mlops-flashcards-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(auto|quit|manual|before-restore)\.json$/;
export const ReadBackupPayload = v.pipe(v.string(), v.regex(BACKUP_NAME_PATTERN, 'not a backup name'));
const backupContents = v.pipe(v.string(), v.nonEmpty(), withinFileSizeLimit);
export const WriteBackupPayload = v.strictObject({
  reason: v.picklist(['auto', 'manual', 'before-restore']),
  contents: backupContents,
});
export const QuitBackupPayload = v.strictObject({ contents: v.nullable(backupContents) });

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

/**
 * The commands the native menu hands to the renderer: a subset of the renderer's AppCommand
 * (renderer/lib/commands.ts; the Electron host adapter fails to compile if they drift apart),
 * checked by the main process before it sends one and by the renderer when one arrives.
 */
export const MenuCommandSchema = v.variant('type', [
  v.strictObject({ type: v.literal('export-progress') }),
  v.strictObject({ type: v.literal('import-progress') }),
  v.strictObject({ type: v.literal('open-backups') }),
  v.strictObject({ type: v.literal('undo') }),
  v.strictObject({ type: v.literal('set-locale'), locale: v.picklist(LOCALES) }),
  v.strictObject({ type: v.literal('show-shortcuts') }),
]);
export type MenuCommand = v.InferOutput<typeof MenuCommandSchema>;

export interface MainHandlers {
  getDeck(locale: Locale): Promise<DeckFile>;
  saveExportFile(request: SaveFileRequest): Promise<SaveFileResult>;
  setUiLocale(locale: Locale): Promise<void>;
  openProgressFile(): Promise<OpenFileResult>;
  writeBackup(request: WriteBackupRequest): Promise<BackupInfo>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(name: string): Promise<string>;
  quitBackup(request: QuitBackupRequest): Promise<void>;
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
  ipc.handle(CHANNELS.setUiLocale, guarded(SetUiLocalePayload, handlers.setUiLocale));
  ipc.handle(CHANNELS.openProgressFile, guarded(NoPayload, () => handlers.openProgressFile()));
  ipc.handle(CHANNELS.writeBackup, guarded(WriteBackupPayload, handlers.writeBackup));
  ipc.handle(CHANNELS.listBackups, guarded(NoPayload, () => handlers.listBackups()));
  ipc.handle(CHANNELS.readBackup, guarded(ReadBackupPayload, handlers.readBackup));
  ipc.handle(CHANNELS.quitBackup, guarded(QuitBackupPayload, handlers.quitBackup));
}

/** Sends a menu command to our page only, and only a well-formed one. */
export function sendMenuCommand(
  contents: { getURL(): string; send(channel: string, payload: unknown): void },
  command: MenuCommand,
): boolean {
  if (!isTrustedSender(contents.getURL())) return false;
  contents.send(CHANNELS.menuCommand, v.parse(MenuCommandSchema, command));
  return true;
}

/** The renderer's side of the same check: anything malformed is dropped. */
export function parseMenuCommand(payload: unknown): MenuCommand | undefined {
  const parsed = v.safeParse(MenuCommandSchema, payload);
  return parsed.success ? parsed.output : undefined;
}
