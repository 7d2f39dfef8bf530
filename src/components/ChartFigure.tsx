import { useRef, type ReactNode } from 'react';
import { downloadPng, downloadSvg } from './chartExport';

/**
 * A chart in a figure, described by its heading and text summary, with buttons to save it as
 * SVG or PNG. The table of the same numbers sits next to it on every page.
 */
export function ChartFigure({ labelledBy, describedBy, fileName, children }: { labelledBy: string; describedBy: string; fileName: string; children: ReactNode }) {
  const figure = useRef<HTMLElement>(null);
  // The chart's own SVG, not the small ones recharts draws for legend icons.
  const svg = () => figure.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface') ?? null;
  return (
    <>
      <figure ref={figure} className="chart-figure" aria-labelledby={labelledBy} aria-describedby={describedBy}>
        {children}
      </figure>
      <p className="chart-downloads no-print">
        <button type="button" className="button-link" onClick={() => { const element = svg(); if (element) downloadSvg(element, `${fileName}.svg`); }}>
          Download chart (SVG)
        </button>
        <button type="button" className="button-link" onClick={() => { const element = svg(); if (element) void downloadPng(element, `${fileName}.png`); }}>
          Download chart (PNG)
        </button>
      </p>
    </>
  );
}
