import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, pngDataUrl } from '../../src/charts/png.ts';

describe('the build-time PNG writer', () => {
  it('computes the CRC-32 PNG chunks use (the check value of "123456789" is cbf43926)', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('writes the signature, a 2 × 1 RGBA header and rows that inflate back to the pixels', () => {
    const pixels = Uint8Array.from([255, 0, 0, 255, 0, 0, 255, 128]);
    const png = encodePng(pixels, 2, 1);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(2);
    expect(png.readUInt32BE(20)).toBe(1);
    expect([png[24], png[25]]).toEqual([8, 6]);
    expect(png.readUInt32BE(29)).toBe(crc32(png.subarray(12, 29)));
    const idatLength = png.readUInt32BE(33);
    expect(png.toString('latin1', 37, 41)).toBe('IDAT');
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...rows]).toEqual([0, ...pixels]);
    expect(png.toString('latin1', png.length - 8, png.length - 4)).toBe('IEND');
  });

  it('refuses pixels that do not fill the image, and writes a data URL', () => {
    expect(() => encodePng(new Uint8Array(7), 2, 1)).toThrow(RangeError);
    expect(pngDataUrl(new Uint8Array(4), 1, 1)).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });
});
