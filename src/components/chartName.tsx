// A chart a keyboard can reach (recharts' accessibility layer makes its SVG an "application" with
// tabindex 0) must have a name, or a screen reader says only "application" (WCAG 4.1.2). The
// figure round the chart knows the heading that names it; every chart reads it from here and
// passes it to its SVG as aria-labelledby, so a chart is named once, where it is placed.
import { createContext, useContext } from 'react';

/** The id of the element that names the charts inside (a heading). */
export const ChartNameContext = createContext<string | undefined>(undefined);

/** The props that name a recharts chart's SVG: spread them on the chart. */
export function useChartName(): { 'aria-labelledby'?: string } {
  const id = useContext(ChartNameContext);
  return id ? { 'aria-labelledby': id } : {};
}
