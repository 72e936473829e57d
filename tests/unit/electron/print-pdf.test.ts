import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { savePagePdf } from '../../../electron/print-pdf';
import { testTempDir } from '../../fixtures/temp-dir';

// A stand-in for webContents.printToPDF: there is no Electron binary here.
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]); // "%PDF-1.7"

describe('savePagePdf', () => {
  it('asks where, then prints the page and writes its bytes there', async () => {
    const dir = await testTempDir('flashcards-pdf-');
    const order: string[] = [];
    const showSaveDialog = vi.fn(async (options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }) => {
      order.push('dialog');
      expect(options).toEqual({ defaultPath: join(dir, 'mock-interview-2026-12-06-1405.pdf'), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      return { canceled: false, filePath: join(dir, 'chosen.pdf') };
    });
    const printToPdf = vi.fn(async () => {
      order.push('print');
      return PDF;
    });
    const result = await savePagePdf({ suggestedName: 'mock-interview-2026-12-06-1405.pdf' }, { showSaveDialog, printToPdf, defaultDir: dir });
    expect(result).toEqual({ status: 'saved', path: join(dir, 'chosen.pdf') });
    expect(order).toEqual(['dialog', 'print']);
    expect([...(await readFile(join(dir, 'chosen.pdf')))]).toEqual([...PDF]);
    expect(await readdir(dir)).toEqual(['chosen.pdf']);
  });

  it('prints nothing and writes nothing when the dialog is cancelled', async () => {
    const printToPdf = vi.fn(async () => PDF);
    const write = vi.fn(async () => {});
    const result = await savePagePdf({ suggestedName: 'r.pdf' }, { showSaveDialog: async () => ({ canceled: true }), printToPdf, defaultDir: '/tmp', write });
    expect(result).toEqual({ status: 'cancelled' });
    expect(printToPdf).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
  });

  it('refuses when there is no page to print, before any dialog', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: '/tmp/x.pdf' }));
    await expect(savePagePdf({ suggestedName: 'r.pdf' }, { showSaveDialog, printToPdf: undefined, defaultDir: '/tmp' })).rejects.toThrow('no page to print');
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('leaves no file when printing fails', async () => {
    const dir = await testTempDir('flashcards-pdf-');
    const failing = async () => Promise.reject(new Error('printing failed'));
    await expect(
      savePagePdf({ suggestedName: 'r.pdf' }, { showSaveDialog: async () => ({ canceled: false, filePath: join(dir, 'r.pdf') }), printToPdf: failing, defaultDir: dir }),
    ).rejects.toThrow('printing failed');
    expect(await readdir(dir)).toEqual([]);
  });
});
