/**
 * Draws the add-in's icons into assets/ as PNGs: the add-in icon (a sheet with rows), 校验 (a check
 * mark) and 清除标记 (a cross), each on a rounded square, antialiased by supersampling.
 *   tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { encodePng } from "./png";

type Rgb = readonly [number, number, number];
/** A shape as a signed distance in the unit square (negative inside). */
type Shape = (x: number, y: number) => number;

export interface IconDesign {
  name: string;
  background: Rgb;
  sizes: number[];
  marks: Shape[];
}

function roundedSquare(margin: number, radius: number): Shape {
  const half = 0.5 - margin - radius;
  return (x, y) => {
    const qx = Math.abs(x - 0.5) - half;
    const qy = Math.abs(y - 0.5) - half;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

/** A thick line with round ends from (ax, ay) to (bx, by). */
function stroke(ax: number, ay: number, bx: number, by: number, width: number): Shape {
  return (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) - width / 2;
  };
}

export const DESIGNS: IconDesign[] = [
  {
    name: "icon",
    background: [0xb7, 0x1c, 0x1c],
    sizes: [16, 32, 64, 80, 128],
    marks: [
      stroke(0.27, 0.3, 0.73, 0.3, 0.09),
      stroke(0.27, 0.5, 0.73, 0.5, 0.09),
      stroke(0.27, 0.7, 0.55, 0.7, 0.09),
    ],
  },
  {
    name: "validate",
    background: [0x2e, 0x7d, 0x32],
    sizes: [16, 32, 80],
    marks: [stroke(0.27, 0.52, 0.44, 0.69, 0.11), stroke(0.44, 0.69, 0.74, 0.33, 0.11)],
  },
  {
    name: "clear",
    background: [0x61, 0x61, 0x61],
    sizes: [16, 32, 80],
    marks: [stroke(0.32, 0.32, 0.68, 0.68, 0.11), stroke(0.68, 0.32, 0.32, 0.68, 0.11)],
  },
];

const FRAME = roundedSquare(0.04, 0.16);

export function renderIcon(design: IconDesign, size: number): Uint8Array {
  const samples = size <= 32 ? 8 : 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let frame = 0;
      let mark = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (FRAME(x, y) <= 0) {
            frame++;
            if (design.marks.some((m) => m(x, y) <= 0)) mark++;
          }
        }
      }
      const n = samples * samples;
      const alpha = frame / n;
      const white = frame ? mark / frame : 0;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(design.background[c] * (1 - white) + 255 * white);
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

export function iconFileName(name: string, size: number): string {
  return `${name}-${size}.png`;
}

if (require.main === module) {
  const out = path.resolve(__dirname, "../assets");
  mkdirSync(out, { recursive: true });
  for (const design of DESIGNS) {
    for (const size of design.sizes) {
      const file = path.join(out, iconFileName(design.name, size));
      writeFileSync(file, encodePng(size, size, renderIcon(design, size)));
      console.log(path.relative(process.cwd(), file));
    }
  }
}
