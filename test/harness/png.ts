import { inflateSync } from "node:zlib";

/*
 * Just enough of PNG to check a screenshot: 8-bit RGB or RGBA, not interlaced (what
 * Chromium writes). Pixels come back as RGBA.
 */

export interface DecodedPng {
  width: number;
  height: number;
  /** width * height * 4 bytes, RGBA. */
  pixels: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function decodePng(data: Buffer): DecodedPng {
  if (!data.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG file (bad signature)");
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString("latin1", offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colorType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      channels = colorType === 2 ? 3 : colorType === 6 ? 4 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`unsupported PNG: bit depth ${depth}, colour type ${colorType}, interlace ${interlace}`);
      }
    } else if (type === "IDAT") {
      idat.push(body);
    } else if (type === "IEND") {
      break;
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const current = Buffer.alloc(stride);
  const previous = Buffer.alloc(stride);
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? (current[i - channels] ?? 0) : 0;
      const up = previous[i] ?? 0;
      const upLeft = i >= channels ? (previous[i - channels] ?? 0) : 0;
      const value = line[i] ?? 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      current[i] = (value + predicted) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const source = x * channels;
      const target = (y * width + x) * 4;
      pixels[target] = current[source] ?? 0;
      pixels[target + 1] = current[source + 1] ?? 0;
      pixels[target + 2] = current[source + 2] ?? 0;
      pixels[target + 3] = channels === 4 ? (current[source + 3] ?? 0) : 255;
    }
    current.copy(previous);
  }
  return { width, height, pixels };
}

/** How many pixels have exactly this colour (#rrggbb). */
export function countColor(png: DecodedPng, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  let count = 0;
  for (let i = 0; i < png.pixels.length; i += 4) {
    if (png.pixels[i] === r && png.pixels[i + 1] === g && png.pixels[i + 2] === b) count++;
  }
  return count;
}

/** The share of pixels that differ from the top-left pixel (the page's background). */
export function nonBackgroundShare(png: DecodedPng): number {
  const [r, g, b] = [png.pixels[0], png.pixels[1], png.pixels[2]];
  let differing = 0;
  for (let i = 0; i < png.pixels.length; i += 4) {
    if (png.pixels[i] !== r || png.pixels[i + 1] !== g || png.pixels[i + 2] !== b) differing++;
  }
  return differing / (png.width * png.height);
}
