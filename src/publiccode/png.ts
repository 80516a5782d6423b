import { crc32 } from 'node:zlib';
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPE_PALETTE = 3;
const ALLOWED_BIT_DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/**
 * Reads a PNG header the way Go's `image.DecodeConfig` does: signature, a valid IHDR chunk
 * with a correct CRC and, for palette images, a PLTE chunk before the image data.
 * Returns the Go error text, or undefined when the header decodes.
 */
export function pngHeaderError(bytes: Uint8Array): string | undefined {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < SIGNATURE.length || !data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    return 'image: unknown format';
  }
  let offset = SIGNATURE.length;
  let colorType: number | undefined;
  for (;;) {
    if (offset + 8 > data.length) return 'unexpected EOF';
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > data.length) return 'unexpected EOF';
    if (crc32(data.subarray(offset + 4, offset + 8 + length)) !== data.readUInt32BE(end - 4)) {
      return 'png: invalid format: invalid checksum';
    }
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (colorType === undefined) {
      if (type !== 'IHDR') return 'png: invalid format: chunk out of order';
      const ihdrError = checkIhdr(body);
      if (ihdrError) return ihdrError;
      colorType = body[9];
      if (colorType !== COLOR_TYPE_PALETTE) return undefined;
    } else if (type === 'PLTE') {
      return undefined;
    } else if (type === 'IDAT' || type === 'IEND') {
      return 'png: invalid format: chunk out of order';
    }
    offset = end;
  }
}

function checkIhdr(body: Buffer): string | undefined {
  if (body.length !== 13) return 'png: invalid format: bad IHDR length';
  const width = body.readUInt32BE(0);
  const height = body.readUInt32BE(4);
  const bitDepth = body[8] ?? 0;
  const colorType = body[9] ?? 0;
  if (body[10] !== 0 || body[11] !== 0) return 'png: unsupported feature: compression, filter or interlace method';
  if ((body[12] ?? 0) > 1) return 'png: invalid format: invalid interlace method';
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) {
    return 'png: invalid format: non-positive dimension';
  }
  if (!ALLOWED_BIT_DEPTHS[colorType]?.includes(bitDepth)) {
    return `png: unsupported feature: bit depth ${bitDepth}, color type ${colorType}`;
  }
  return undefined;
}

