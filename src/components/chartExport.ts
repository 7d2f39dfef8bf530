// Save a drawn chart as SVG or PNG, entirely in the browser. The SVG is the chart's own, with a
// white background and its size written in, so it opens the same in any viewer or in Word.
import { WHITE } from './palette';

export function chartSvgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svg.getBoundingClientRect();
  const w = Math.round(width || Number(svg.getAttribute('width')) || 700);
  const h = Math.round(height || Number(svg.getAttribute('height')) || 340);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(h));
  copy.setAttribute('viewBox', `0 0 ${w} ${h}`);
  copy.setAttribute('font-family', 'system-ui, Arial, sans-serif');
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', WHITE);
  copy.insertBefore(background, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
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

export function downloadSvg(svg: SVGSVGElement, fileName: string) {
  downloadBlob(new Blob([chartSvgText(svg)], { type: 'image/svg+xml' }), fileName);
}

/** Draw the SVG on a canvas at twice its size (sharp in documents) and save it as PNG. */
export async function downloadPng(svg: SVGSVGElement, fileName: string): Promise<void> {
  const text = chartSvgText(svg);
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
