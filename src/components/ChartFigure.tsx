import { useId, useRef, type ReactNode } from 'react';
import { downloadPng, downloadSvg } from './chartExport';
import { ChartNameContext } from './chartName';

/**
 * A chart in a figure, described by its heading and text summary, with buttons to save it as
 * SVG or PNG. The table of the same numbers sits next to it on every page. The heading names the
 * chart's own SVG too (chartName.tsx), and each button's name ends with it, so two charts' buttons
 * on one page are told apart ("Download chart (SVG) Response rate over time"; WCAG 2.4.6), the
 * visible words first (2.5.3).
 */
export function ChartFigure({ labelledBy, describedBy, fileName, children }: { labelledBy: string; describedBy: string; fileName: string; children: ReactNode }) {
  const figure = useRef<HTMLElement>(null);
  const id = useId();
  // The chart's own SVG, not the small ones recharts draws for legend icons.
  const svg = () => figure.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface') ?? null;
  return (
    <>
      <figure ref={figure} className="chart-figure" aria-labelledby={labelledBy} aria-describedby={describedBy}>
        <ChartNameContext.Provider value={labelledBy}>{children}</ChartNameContext.Provider>
      </figure>
      <p className="chart-downloads no-print">
        <button type="button" className="button-link" id={`${id}-svg`} aria-labelledby={`${id}-svg ${labelledBy}`} onClick={() => { const element = svg(); if (element) downloadSvg(element, `${fileName}.svg`); }}>
          Download chart (SVG)
        </button>
        <button type="button" className="button-link" id={`${id}-png`} aria-labelledby={`${id}-png ${labelledBy}`} onClick={() => { const element = svg(); if (element) void downloadPng(element, `${fileName}.png`); }}>
          Download chart (PNG)
        </button>
      </p>
    </>
  );
}
