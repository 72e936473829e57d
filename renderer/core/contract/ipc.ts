// The contract between the main process and the page: every request's channel, payload schema
// and result, the events, and the file limits. The main process's handlers, the preload's bridge
// and the renderer's host adapter are all typed from the one table below, and every payload is
// checked against it. Platform-free: unit-tested under Node, imported by both sides.
import * as v from 'valibot';
import { LOCALES, type DeckFile, type Locale } from '../../../content/schema';
import { IMPORT_MAX_BYTES } from '../own-cards/draft';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from './channels';

export const APP_ORIGIN = 'app://flashcards';

export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' };

/**
 * Files cross between the processes in chunks of at most this many bytes, each way: a file of a
 * million answers (~190 MB) is never one string in the page, nor in the main process.
 */
export const MAX_CHUNK_BYTES = 8 * 1024 * 1024;
/** Files a page may have open at once; a page that leaks handles runs out, not the app's file descriptors. */
export const MAX_OPEN_STREAMS = 8;

/**
 * A file the main process opened for the page to read in slices (readSlice), after checking its
 * size; the page closes it with closeRead.
 */
export interface OpenedForReading {
  handle: number;
  name: string;
  bytes: number;
}
/** A progress file the learner picked: opened for reading unless it is too large (then left unread). */
export type OpenFileResult = ({ status: 'opened' } & OpenedForReading) | { status: 'cancelled' } | { status: 'too-large'; bytes: number };
/** Where a save starts: the learner named a file (a write handle), or cancelled the dialog. */
export type BeginFileWriteResult = { status: 'ready'; handle: number } | { status: 'cancelled' };
/** What a committed write became: a file the learner named, or one of the app's backups. */
export type WriteCommitted = { kind: 'file'; path: string } | { kind: 'backup'; backup: BackupInfo };

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

export const GetDeckPayload = v.picklist(LOCALES);
export const SetUiLocalePayload = v.picklist(LOCALES);
/**
 * What the page may save, by extension: progress files (json), answer logs (csv), own cards (csv,
 * tsv, md), a mock interview's report (md, pdf) and its recordings (webm, ogg). The bytes are
 * the page's own: the name decides only where the save dialog starts and what it offers.
 */
export const SAVE_FILE_EXTENSIONS = ['json', 'csv', 'tsv', 'md', 'pdf', 'webm', 'ogg'] as const;
export type SaveFileExtension = (typeof SAVE_FILE_EXTENSIONS)[number];
const SAVE_FILE_NAME = new RegExp(`^[\\w.-]{1,120}\\.(${SAVE_FILE_EXTENSIONS.join('|')})$`);

/** The extension of a name that passed the save-file check. */
export function saveFileExtension(name: string): SaveFileExtension {
  return SAVE_FILE_NAME.exec(name)![1] as SaveFileExtension;
}

export const BeginFileWritePayload = v.strictObject({
  suggestedName: v.pipe(v.string(), v.regex(SAVE_FILE_NAME, 'bad file name')),
});
/** The page to PDF: only the file's name crosses over; the main process prints the page itself. */
export const SavePdfPayload = v.strictObject({
  suggestedName: v.pipe(v.string(), v.regex(/^[\w.-]{1,120}\.pdf$/, 'bad file name')),
});
export const NoPayload = v.undefined();
export const OpenTextFilePayload = v.pipe(v.array(v.picklist(TEXT_FILE_TYPES)), v.minLength(1), v.maxLength(TEXT_FILE_TYPES.length));
/** Backup names are ours (see backups.ts): nothing else can name a file to read. */
export const BACKUP_NAME_PATTERN =
  /^mlops-flashcards-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(auto|quit|manual|before-restore)\.json$/;
export const OpenBackupPayload = v.pipe(v.string(), v.regex(BACKUP_NAME_PATTERN, 'not a backup name'));
/** Any reason, the quit backup's included: it is written the same way, then answered with quitBackup. */
export const BeginBackupWritePayload = v.picklist(BACKUP_REASONS);
/** Handles are the main process's counters; one that is not open for this page is refused there. */
const StreamHandle = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
export const HandlePayload = v.strictObject({ handle: StreamHandle });
/**
 * Bytes only: the page sends slices of a Blob, which are bytes whatever the file. A chunk over
 * MAX_CHUNK_BYTES is refused here; the running total is counted against the file's cap in the
 * main process (file-streams.ts).
 */
export const AppendWritePayload = v.strictObject({
  handle: StreamHandle,
  chunk: v.pipe(
    v.instance(Uint8Array),
    v.check((chunk: Uint8Array<ArrayBuffer>) => chunk.byteLength <= MAX_CHUNK_BYTES, 'chunk too large'),
  ),
});
export const ReadSlicePayload = v.strictObject({
  handle: StreamHandle,
  offset: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  length: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(MAX_CHUNK_BYTES, 'chunk too large')),
});
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

/** Which page made a request: the id of its web contents, which owns the file handles it opens. */
export interface IpcSender {
  id: number;
}

export interface IpcLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null; sender: IpcSender }, payload: unknown) => unknown): void;
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
  beginFileWrite: { channel: INVOKE_CHANNELS.beginFileWrite, payload: BeginFileWritePayload },
  beginBackupWrite: { channel: INVOKE_CHANNELS.beginBackupWrite, payload: BeginBackupWritePayload },
  appendWrite: { channel: INVOKE_CHANNELS.appendWrite, payload: AppendWritePayload },
  commitWrite: { channel: INVOKE_CHANNELS.commitWrite, payload: HandlePayload },
  abortWrite: { channel: INVOKE_CHANNELS.abortWrite, payload: HandlePayload },
  setUiLocale: { channel: INVOKE_CHANNELS.setUiLocale, payload: SetUiLocalePayload },
  openProgressFile: { channel: INVOKE_CHANNELS.openProgressFile, payload: NoPayload },
  openTextFile: { channel: INVOKE_CHANNELS.openTextFile, payload: OpenTextFilePayload },
  listBackups: { channel: INVOKE_CHANNELS.listBackups, payload: NoPayload },
  openBackup: { channel: INVOKE_CHANNELS.openBackup, payload: OpenBackupPayload },
  readSlice: { channel: INVOKE_CHANNELS.readSlice, payload: ReadSlicePayload },
  closeRead: { channel: INVOKE_CHANNELS.closeRead, payload: HandlePayload },
  quitBackup: { channel: INVOKE_CHANNELS.quitBackup, payload: NoPayload },
  allowMicrophone: { channel: INVOKE_CHANNELS.allowMicrophone, payload: AllowMicrophonePayload },
  savePdf: { channel: INVOKE_CHANNELS.savePdf, payload: SavePdfPayload },
} as const satisfies { [K in keyof typeof INVOKE_CHANNELS]: { channel: (typeof INVOKE_CHANNELS)[K]; payload: v.GenericSchema } };

export interface InvokeResults {
  getDeck: DeckFile;
  beginFileWrite: BeginFileWriteResult;
  beginBackupWrite: { handle: number };
  appendWrite: void;
  commitWrite: WriteCommitted;
  abortWrite: void;
  setUiLocale: void;
  openProgressFile: OpenFileResult;
  openTextFile: OpenTextFileResult;
  listBackups: BackupInfo[];
  openBackup: OpenedForReading;
  /** Up to `length` bytes from `offset`; fewer at the end of the file, none past it. */
  readSlice: Uint8Array<ArrayBuffer>;
  closeRead: void;
  quitBackup: void;
  allowMicrophone: void;
  savePdf: SaveFileResult;
}

export type InvokeName = keyof typeof INVOKES;
export type PayloadOf<K extends InvokeName> = v.InferOutput<(typeof INVOKES)[K]['payload']>;

/** The main process's side: one handler per request, given the payload once it has passed, and who sent it. */
export type MainHandlers = { [K in InvokeName]: (payload: PayloadOf<K>, sender: IpcSender) => Promise<InvokeResults[K]> };

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
    const run = handlers[name] as (payload: unknown, sender: IpcSender) => Promise<unknown>;
    ipc.handle(channel, async (event, payload) => {
      if (!isTrustedSender(event.senderFrame?.url)) throw new Error('IPC refused: untrusted sender');
      const parsed = v.safeParse(schema, payload);
      if (!parsed.success) throw new Error(`IPC refused: invalid payload (${parsed.issues[0].message})`);
      return run(parsed.output, { id: event.sender.id });
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
