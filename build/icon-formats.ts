// Windows .ico and macOS .icns containers, both of which can hold plain PNG images: enough to pack
// the rendered PNGs without another tool, and to read the files back in the configuration test.

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** An .ico file holding PNG images (Windows Vista and later read these), up to 256 px. */
export function encodeIco(pngs: readonly Uint8Array[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach((png, i) => {
    const { width, height } = pngSize(png);
    if (width > 256 || height > 256) throw new Error(`an .ico image is at most 256 px, not ${width}`);
    const entry = 6 + 16 * i;
    header.writeUInt8(width === 256 ? 0 : width, entry); // 0 means 256
    header.writeUInt8(height === 256 ? 0 : height, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs]);
}

export function decodeIco(ico: Uint8Array): { width: number; height: number; png: Uint8Array }[] {
  const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
  if (view.getUint16(0, true) !== 0 || view.getUint16(2, true) !== 1) throw new Error('not an .ico file');
  return Array.from({ length: view.getUint16(4, true) }, (_, i) => {
    const entry = 6 + 16 * i;
    const png = ico.subarray(view.getUint32(entry + 12, true), view.getUint32(entry + 12, true) + view.getUint32(entry + 8, true));
    return { width: view.getUint8(entry) || 256, height: view.getUint8(entry + 1) || 256, png };
  });
}

/** The .icns element types that hold PNG data, by the pixel size each one must be. */
export const ICNS_TYPES = {
  icp4: 16,
  icp5: 32,
  ic11: 32, // 16 pt @2x
  icp6: 64,
  ic12: 64, // 32 pt @2x
  ic07: 128,
  ic08: 256,
  ic13: 256, // 128 pt @2x
  ic09: 512,
  ic14: 512, // 256 pt @2x
  ic10: 1024, // 512 pt @2x
} as const;
export type IcnsType = keyof typeof ICNS_TYPES;

export function encodeIcns(pngBySize: ReadonlyMap<number, Uint8Array>): Buffer {
  const elements = Object.entries(ICNS_TYPES).map(([type, size]) => {
    const png = pngBySize.get(size);
    if (!png) throw new Error(`no ${size} px image for ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

export function decodeIcns(icns: Uint8Array): { type: string; png: Uint8Array }[] {
  const buffer = Buffer.from(icns.buffer, icns.byteOffset, icns.byteLength);
  if (buffer.toString('latin1', 0, 4) !== 'icns' || buffer.readUInt32BE(4) !== buffer.length) throw new Error('not an .icns file');
  const elements: { type: string; png: Uint8Array }[] = [];
  for (let offset = 8; offset < buffer.length; ) {
    const length = buffer.readUInt32BE(offset + 4);
    if (length < 8 || offset + length > buffer.length) throw new Error('corrupt .icns element');
    elements.push({ type: buffer.toString('latin1', offset, offset + 4), png: buffer.subarray(offset + 8, offset + length) });
    offset += length;
  }
  return elements;
}
