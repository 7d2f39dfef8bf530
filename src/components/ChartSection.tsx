import type { ReactNode } from 'react';
import { ChartNameContext } from './chartName';

/**
 * A chart's section: its heading and its one-sentence summary, which name and describe the chart
 * inside it (`${id}-heading`, `${id}-summary`), then the chart, its key and its table. The heading
 * names every chart's own SVG inside too (chartName.tsx).
 */
export function ChartSection({ id, heading, summary, children }: { id: string; heading: ReactNode; summary: string; children: ReactNode }) {
  return (
    <section className="chart-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p className="chart-summary" id={`${id}-summary`}>
        {summary}
      </p>
      <ChartNameContext.Provider value={`${id}-heading`}>{children}</ChartNameContext.Provider>
    </section>
  );
}
