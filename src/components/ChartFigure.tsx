import { useId, useRef, type ReactNode } from 'react';
import { chartTitle, downloadPng, downloadSvg, type ChartExtras } from './chartExport';
import { ChartNameContext } from './chartName';
import { TOOLTIP_HINT } from './chartTooltip';

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
  // The saved file carries the chart's title (its heading) and its key (LineKey, the answers' key, recharts' legend), as the page shows them beside it.
  const extras = (): ChartExtras => ({
    title: chartTitle(document.querySelector<HTMLElement>('main h1')?.innerText, document.getElementById(labelledBy)?.textContent),
    key: [...(figure.current?.querySelectorAll('.line-key-list li, .recharts-legend-item') ?? [])].map((item) => ({ sample: item.querySelector('svg'), text: item.textContent?.trim() ?? '' })),
  });
  return (
    <>
      <figure ref={figure} className="chart-figure" aria-labelledby={labelledBy} aria-describedby={describedBy}>
        <ChartNameContext.Provider value={labelledBy}>{children}</ChartNameContext.Provider>
      </figure>
      <p className="chart-downloads no-print">
        <span>{TOOLTIP_HINT}</span>
        <button type="button" className="button-link" id={`${id}-svg`} aria-labelledby={`${id}-svg ${labelledBy}`} onClick={() => { const element = svg(); if (element) downloadSvg(element, `${fileName}.svg`, extras()); }}>
          Download chart (SVG)
        </button>
        <button type="button" className="button-link" id={`${id}-png`} aria-labelledby={`${id}-png ${labelledBy}`} onClick={() => { const element = svg(); if (element) void downloadPng(element, `${fileName}.png`, extras()); }}>
          Download chart (PNG)
        </button>
      </p>
    </>
  );
}
