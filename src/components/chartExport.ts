// Save a drawn chart as SVG or PNG, entirely in the browser: the chart's own SVG with its title
// and its key drawn in, on white.
import { INK, WHITE } from './palette';

/** What a saved chart carries besides its drawing: its title, and its key (each line's or bar's sample and name). */
export interface ChartExtras {
  title?: string;
  key?: { sample: SVGSVGElement | null; text: string }[];
}

/** A saved chart's title: the page's heading, then the chart's own ("ICPC timeliness Mar 2019: Trend, every month"), so the file says what it shows. */
export function chartTitle(page: string | undefined, chart: string | null | undefined): string {
  const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  return [words(page), words(chart)].filter(Boolean).join(': ');
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_HEIGHT = 34;
const KEY_ROW = 22;
const KEY_SAMPLE = 36;

/** The key's entries in rows across `width`: each a sample then its name, at about 7.5 px a character of 13 px text. */
function keyPlaces(texts: readonly string[], width: number): { x: number; y: number }[] {
  let x = 8;
  let y = 0;
  return texts.map((text) => {
    const itemWidth = KEY_SAMPLE + 6 + Math.ceil(text.length * 7.5) + 18;
    if (x > 8 && x + itemWidth > width) {
      x = 8;
      y += KEY_ROW;
    }
    const place = { x, y };
    x += itemWidth;
    return place;
  });
}

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, String(value));
  return element;
}

/**
 * The chart as a file of its own: its title above it and its key under it (on the page both are
 * HTML beside the SVG, so a chart saved alone had neither; issue 27), on white, with its size
 * written in, so it opens the same in any viewer or in Word. Words go in as text nodes, never as markup.
 */
export function chartSvgText(svg: SVGSVGElement, extras: ChartExtras = {}): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svg.getBoundingClientRect();
  const w = Math.round(width || Number(svg.getAttribute('width')) || 700);
  const h = Math.round(height || Number(svg.getAttribute('height')) || 340);
  const top = extras.title ? TITLE_HEIGHT : 0;
  const key = extras.key ?? [];
  const places = keyPlaces(key.map((entry) => entry.text), w);
  const keyHeight = key.length > 0 ? places[places.length - 1]!.y + KEY_ROW + 10 : 0;
  const total = top + h + keyHeight;
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(h));
  copy.setAttribute('viewBox', `0 0 ${w} ${h}`);
  copy.setAttribute('y', String(top));
  const file = svgElement('svg', { xmlns: SVG_NS, width: w, height: total, viewBox: `0 0 ${w} ${total}`, 'font-family': 'system-ui, Arial, sans-serif' });
  file.append(svgElement('rect', { width: '100%', height: '100%', fill: WHITE }));
  if (extras.title) {
    const title = svgElement('text', { x: 8, y: 24, 'font-size': 17, 'font-weight': 700, fill: INK });
    title.textContent = extras.title;
    file.append(title);
  }
  file.append(copy);
  key.forEach((entry, index) => {
    const { x, y } = places[index]!;
    const row = top + h + 6 + y;
    if (entry.sample) {
      const sample = entry.sample.cloneNode(true) as SVGSVGElement;
      sample.setAttribute('x', String(x));
      sample.setAttribute('y', String(row + 3));
      sample.setAttribute('width', String(KEY_SAMPLE - 4));
      sample.setAttribute('height', '14');
      file.append(sample);
    }
    const text = svgElement('text', { x: x + KEY_SAMPLE + 2, y: row + 15, 'font-size': 13, fill: INK });
    text.textContent = entry.text;
    file.append(text);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(file)}`;
}

/** Save a blob as a file: the browser's own download, nothing sent anywhere. */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(svg: SVGSVGElement, fileName: string, extras?: ChartExtras) {
  downloadBlob(new Blob([chartSvgText(svg, extras)], { type: 'image/svg+xml' }), fileName);
}

/** Draw the SVG on a canvas at twice its size (sharp in documents) and save it as PNG. */
export async function downloadPng(svg: SVGSVGElement, fileName: string, extras?: ChartExtras): Promise<void> {
  const text = chartSvgText(svg, extras);
  const width = Number(/width="(\d+)"/.exec(text)?.[1] ?? 700);
  const height = Number(/height="(\d+)"/.exec(text)?.[1] ?? 340);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) downloadBlob(blob, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
