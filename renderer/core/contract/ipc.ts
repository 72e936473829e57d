// The contract between the main process and the page: every request's channel, payload schema
// and result, the events, and the file limits. The main process's handlers, the preload's bridge
// and the renderer's host adapter are all typed from the one table below, and every payload is
// checked against it. Platform-free: unit-tested under Node, imported by both sides.
import * as v from 'valibot';
import { LOCALES, type DeckFile, type Locale } from '../../../content/schema';
import { IMPORT_MAX_BYTES } from '../own-cards/draft';
import { MAX_PROGRESS_FILE_BYTES } from '../progress-file';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from './channels';

export const APP_ORIGIN = 'app://flashcards';

export interface SaveFileRequest {
  suggestedName: string;
  /** Text for the text formats, bytes for the binary ones (see SAVE_FILE_FORMATS). */
  contents: string | Uint8Array<ArrayBuffer>;
}
export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' };

/** A progress file the learner picked, read by the main process only if it is not too large. */
export type OpenFileResult = { status: 'opened'; name: string; text: string } | { status: 'cancelled' } | { status: 'too-large'; bytes: number };

/** The kinds of text file the learner may import cards from, by extension. */
export const TEXT_FILE_TYPES = ['csv', 'tsv', 'txt', 'md'] as const;
export type TextFileType = (typeof TEXT_FILE_TYPES)[number];
/** Cards are read from bytes: a CSV may be Windows-1252, which only the reader can tell. */
export type OpenTextFileResult = { status: 'opened'; name: string; bytes: Uint8Array } | { status: 'cancelled' } | { status: 'too-large'; bytes: number };
/** The largest card file read: the same ceiling the import's parsers apply (core/own-cards/draft.ts). */
export const MAX_TEXT_FILE_BYTES = IMPORT_MAX_BYTES;

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

/**
 * The writer's side of the size limit, in UTF-8 bytes as the file will weigh on disk: every
 * reader (the main process before reading a backup or an import, the browser before reading a
 * picked file) compares the file's size in bytes, so the app never writes a file it would refuse.
 * Buffer.byteLength counts without encoding (about 0.1 s for 195 MB, against 0.4 s and a 195 MB
 * copy for valibot's maxBytes, which encodes). It runs in the main process only.
 */
export function fitsFileSizeLimit(contents: string): boolean {
  // A UTF-16 unit is at least one UTF-8 byte: a string this long is over the limit, uncounted.
  return contents.length <= MAX_PROGRESS_FILE_BYTES && utf8Length(contents) <= MAX_PROGRESS_FILE_BYTES;
}

function utf8Length(text: string): number {
  // Only the main process checks sizes; Node counts without encoding. The encoder is the
  // platform-free fallback, for a test runner without Buffer.
  const buffer = (globalThis as { Buffer?: { byteLength(text: string, encoding: 'utf8'): number } }).Buffer;
  return buffer ? buffer.byteLength(text, 'utf8') : new TextEncoder().encode(text).length;
}
const withinFileSizeLimit = v.check(fitsFileSizeLimit, 'file too large');

export const GetDeckPayload = v.picklist(LOCALES);
export const SetUiLocalePayload = v.picklist(LOCALES);
/**
 * What the page may save, by extension: progress files (json), answer logs (csv), own cards (csv, tsv, md), a mock
 * interview's report (md, pdf) and its recordings (webm, ogg). Text formats carry a string, binary
 * ones bytes: a name that says one and contents that are the other are refused.
 */
export const SAVE_FILE_FORMATS = {
  json: 'text',
  csv: 'text',
  tsv: 'text',
  md: 'text',
  pdf: 'binary',
  webm: 'binary',
  ogg: 'binary',
} as const;
export type SaveFileExtension = keyof typeof SAVE_FILE_FORMATS;
const SAVE_FILE_NAME = new RegExp(`^[\\w.-]{1,120}\\.(${Object.keys(SAVE_FILE_FORMATS).join('|')})$`);

/** The extension of a name that passed the save-file check. */
export function saveFileExtension(name: string): SaveFileExtension {
  return SAVE_FILE_NAME.exec(name)![1] as SaveFileExtension;
}

const withinByteLimit = v.check((bytes: Uint8Array<ArrayBuffer>) => bytes.byteLength <= MAX_PROGRESS_FILE_BYTES, 'file too large');
export const SaveFilePayload = v.pipe(
  v.strictObject({
    suggestedName: v.pipe(v.string(), v.regex(SAVE_FILE_NAME, 'bad file name')),
    contents: v.union([v.pipe(v.string(), withinFileSizeLimit), v.pipe(v.instance(Uint8Array), withinByteLimit)]),
  }),
  // Runs even when the name failed its own check (valibot goes on to report every issue).
  v.check(({ suggestedName, contents }) => {
    const extension = SAVE_FILE_NAME.exec(suggestedName)?.[1] as SaveFileExtension | undefined;
    return extension !== undefined && (SAVE_FILE_FORMATS[extension] === 'text') === (typeof contents === 'string');
  }, 'contents do not match the file type'),
);
/** The page to PDF: only the file's name crosses over; the main process prints the page itself. */
export const SavePdfPayload = v.strictObject({
  suggestedName: v.pipe(v.string(), v.regex(/^[\w.-]{1,120}\.pdf$/, 'bad file name')),
});
export const NoPayload = v.undefined();
export const OpenTextFilePayload = v.pipe(v.array(v.picklist(TEXT_FILE_TYPES)), v.minLength(1), v.maxLength(TEXT_FILE_TYPES.length));
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
export const AllowMicrophonePayload = v.boolean();

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
 * (renderer/app/commands.ts; the Electron host adapter fails to compile if they drift apart),
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

/**
 * Every request the page can make: its channel and the schema its payload must pass. The
 * results are typed in InvokeResults; the handlers, the bridge and the registration all follow.
 */
export const INVOKES = {
  getDeck: { channel: INVOKE_CHANNELS.getDeck, payload: GetDeckPayload },
  saveExportFile: { channel: INVOKE_CHANNELS.saveExportFile, payload: SaveFilePayload },
  setUiLocale: { channel: INVOKE_CHANNELS.setUiLocale, payload: SetUiLocalePayload },
  openProgressFile: { channel: INVOKE_CHANNELS.openProgressFile, payload: NoPayload },
  openTextFile: { channel: INVOKE_CHANNELS.openTextFile, payload: OpenTextFilePayload },
  writeBackup: { channel: INVOKE_CHANNELS.writeBackup, payload: WriteBackupPayload },
  listBackups: { channel: INVOKE_CHANNELS.listBackups, payload: NoPayload },
  readBackup: { channel: INVOKE_CHANNELS.readBackup, payload: ReadBackupPayload },
  quitBackup: { channel: INVOKE_CHANNELS.quitBackup, payload: QuitBackupPayload },
  allowMicrophone: { channel: INVOKE_CHANNELS.allowMicrophone, payload: AllowMicrophonePayload },
  savePdf: { channel: INVOKE_CHANNELS.savePdf, payload: SavePdfPayload },
} as const satisfies { [K in keyof typeof INVOKE_CHANNELS]: { channel: (typeof INVOKE_CHANNELS)[K]; payload: v.GenericSchema } };

export interface InvokeResults {
  getDeck: DeckFile;
  saveExportFile: SaveFileResult;
  setUiLocale: void;
  openProgressFile: OpenFileResult;
  openTextFile: OpenTextFileResult;
  writeBackup: BackupInfo;
  listBackups: BackupInfo[];
  readBackup: string;
  quitBackup: void;
  allowMicrophone: void;
  savePdf: SaveFileResult;
}

export type InvokeName = keyof typeof INVOKES;
export type PayloadOf<K extends InvokeName> = v.InferOutput<(typeof INVOKES)[K]['payload']>;

/** The main process's side: one handler per request, given the payload once it has passed. */
export type MainHandlers = { [K in InvokeName]: (payload: PayloadOf<K>) => Promise<InvokeResults[K]> };

/** What the preload exposes as `window.flashcardsHost`; the renderer's Electron adapter wraps it. */
export type HostBridge = {
  [K in InvokeName]: PayloadOf<K> extends undefined ? () => Promise<InvokeResults[K]> : (payload: PayloadOf<K>) => Promise<InvokeResults[K]>;
} & {
  /** Subscribes to native menu commands (checked with parseMenuCommand); returns the unsubscribe function. */
  onMenuCommand(listener: (command: unknown) => void): () => void;
  /** Runs `listener` when the app is about to close and wants a last backup. */
  onBackupRequested(listener: () => void): void;
};

/** Registers every request's channel behind the sender check and its payload schema. */
export function registerIpcHandlers(ipc: IpcLike, handlers: MainHandlers): void {
  for (const name of Object.keys(INVOKES) as InvokeName[]) {
    const { channel, payload: schema } = INVOKES[name];
    const run = handlers[name] as (payload: unknown) => Promise<unknown>;
    ipc.handle(channel, async (event, payload) => {
      if (!isTrustedSender(event.senderFrame?.url)) throw new Error('IPC refused: untrusted sender');
      const parsed = v.safeParse(schema, payload);
      if (!parsed.success) throw new Error(`IPC refused: invalid payload (${parsed.issues[0].message})`);
      return run(parsed.output);
    });
  }
}

/** Sends a menu command to our page only, and only a well-formed one. */
export function sendMenuCommand(
  contents: { getURL(): string; send(channel: string, payload: unknown): void },
  command: MenuCommand,
): boolean {
  if (!isTrustedSender(contents.getURL())) return false;
  contents.send(EVENT_CHANNELS.menuCommand, v.parse(MenuCommandSchema, command));
  return true;
}

/** The renderer's side of the same check: anything malformed is dropped. */
export function parseMenuCommand(payload: unknown): MenuCommand | undefined {
  const parsed = v.safeParse(MenuCommandSchema, payload);
  return parsed.success ? parsed.output : undefined;
}
