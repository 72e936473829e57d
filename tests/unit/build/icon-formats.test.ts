import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeIcns, decodeIco, encodeIcns, encodeIco, ICNS_TYPES, pngSize } from '../../../build/icon-formats';

const png = (size: number) => readFileSync(`build/icons/${size}x${size}.png`);

describe('icon containers', () => {
  it('packs PNGs into an .ico and reads them back byte for byte', () => {
    const images = [png(16), png(32), png(256)];
    const decoded = decodeIco(encodeIco(images));
    expect(decoded.map((image) => [image.width, image.height])).toEqual([[16, 16], [32, 32], [256, 256]]);
    decoded.forEach((image, i) => expect(Buffer.from(image.png).equals(images[i]!)).toBe(true));
    expect(() => encodeIco([png(512)])).toThrow('at most 256');
  });

  it('packs PNGs into an .icns with one element per type', () => {
    const bySize = new Map([16, 32, 64, 128, 256, 512, 1024].map((size) => [size, png(size)]));
    const icns = encodeIcns(bySize);
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    const elements = decodeIcns(icns);
    expect(elements).toHaveLength(Object.keys(ICNS_TYPES).length);
    for (const { type, png: data } of elements) expect(pngSize(data).width).toBe(ICNS_TYPES[type as keyof typeof ICNS_TYPES]);
    expect(() => encodeIcns(new Map([[16, png(16)]]))).toThrow('no 32 px image');
  });

  it('refuses what is not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a............................'))).toThrow('not a PNG');
  });
});
