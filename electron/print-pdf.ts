// A mock interview's report as a PDF file: the main process prints the page (its print stylesheet
// leaves only the report) and writes the bytes where the learner chose. Electron's pieces come in
// as functions, so the logic runs under Node in the unit tests.
import { join } from 'node:path';
import type { SaveFileResult } from '../renderer/core/contract/ipc';
import { writeFileAtomic, type ShowSaveDialog } from './files';

export interface PdfPrinting {
  showSaveDialog: ShowSaveDialog;
  /** webContents.printToPDF of the app's page; undefined when there is no page to print. */
  printToPdf: (() => Promise<Uint8Array>) | undefined;
  /** Where the dialog opens (the documents folder). */
  defaultDir: string;
  /** Defaults to the atomic write every other saved file goes through. */
  write?: (path: string, bytes: Uint8Array) => Promise<void>;
}

/** The PDF's page: A4, the report's own margins from the print stylesheet, light colours. */
export const PDF_OPTIONS = { pageSize: 'A4', printBackground: false, preferCSSPageSize: true } as const;

/**
 * Asks where first and prints after: a cancelled dialog costs no printing, and the page printed
 * is the one the learner sees once the dialog has closed.
 */
export async function savePagePdf(request: { suggestedName: string }, printing: PdfPrinting): Promise<SaveFileResult> {
  if (!printing.printToPdf) throw new Error('no page to print');
  const choice = await printing.showSaveDialog({
    defaultPath: join(printing.defaultDir, request.suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  const bytes = await printing.printToPdf();
  await (printing.write ?? writeFileAtomic)(choice.filePath, bytes);
  return { status: 'saved', path: choice.filePath };
}
