import { createCanvas, loadImage } from '@napi-rs/canvas';

/** A decoded picture: RGBA bytes, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Decodes a PNG (through the canvas's own decoder, so a corrupt file fails here). */
export async function decodePng(png: Buffer): Promise<Pixels> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

/** Whether a pixel is ink: clearly darker than the white background. */
export function isInk(p: Pixels, x: number, y: number, threshold = 160): boolean {
  const i = (y * p.width + x) * 4;
  return (p.data[i]! + p.data[i + 1]! + p.data[i + 2]!) / 3 < threshold;
}

/** Ink pixels inside a box. */
export function inkIn(p: Pixels, box: { x: number; y: number; width: number; height: number }, threshold?: number): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(p.height, box.y + box.height); y += 1) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(p.width, box.x + box.width); x += 1) if (isInk(p, x, y, threshold)) n += 1;
  }
  return n;
}

/** Horizontal bands of a box that hold ink, separated by blank rows: one per line of text. */
export function inkBands(p: Pixels, box: { x: number; y: number; width: number; height: number }, threshold?: number): number {
  let bands = 0;
  let inside = false;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(p.height, box.y + box.height); y += 1) {
    let ink = false;
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(p.width, box.x + box.width) && !ink; x += 1) ink = isInk(p, x, y, threshold);
    if (ink && !inside) bands += 1;
    inside = ink;
  }
  return bands;
}
