// The band over the published years (the Indicator page's strip): a table of every period with
// its band, rank and the DfE's published figure, and the one-sentence summary that goes with any
// picture drawn from it. Values from board/nationalRank.ts; a period without a rank says why.
import { nationalSeries, nationalStanding } from '../board/nationalRank';
import type { Indicator, NationalField } from '../schema';
import { nationalCell, publishedFigureText } from './nationalWords';

type Named = Pick<Indicator, 'id' | 'name' | 'shortName' | 'unit' | 'decimals' | 'polarity'>;

export interface BandStrip {
  caption: string;
  columns: string[];
  rows: string[][];
  /** One sentence saying what the strip shows, for a reader who cannot see it. */
  summary: string;
  /** Each period's band in order ("–" where there is none), for drawing the strip. */
  bands: { period: string; band: string | null }[];
}

const NO_BAND = '–';

/** The strip for one indicator from comparators.json's national entries; undefined when there are none. */
export function bandStrip(entries: readonly NationalField[] | undefined, indicator: Named, council: string): BandStrip | undefined {
  const series = nationalSeries(entries, indicator.id);
  if (series.length === 0) return undefined;
  const name = indicator.shortName ?? indicator.name;
  const standings = series.map((entry) => ({ entry, standing: nationalStanding(entry, indicator.polarity) }));
  const bands = standings.map(({ standing }) => ({ period: standing.period, band: standing.kind === 'ranked' ? (standing.band ?? null) : null }));
  const rows = standings.map(({ entry, standing }) => [
    standing.period,
    standing.kind === 'ranked' && standing.band ? standing.band : 'No band',
    standing.kind === 'ranked' ? nationalCell(standing).replace(/^Band [A-D], /, '') : nationalCell(standing),
    publishedFigureText(entry, indicator),
  ]);
  const span = series.length === 1 ? series[0]!.period : `${series[0]!.period} to ${series.at(-1)!.period}`;
  const summary =
    indicator.polarity === 'neutral'
      ? `${name} is context only, so ${council} has no national band for it (${span}).`
      : `${council}’s national band for ${name}, ${span}: ${bands.map((entry) => entry.band ?? NO_BAND).join(', ')} (A is the best quarter of English councils, D the worst${bands.some((entry) => entry.band === null) ? `; ${NO_BAND} not banded` : ''}).`;
  return {
    caption: `${council}’s national quartile band for ${name}, each published period`,
    columns: ['Period', 'Band', 'National rank', 'DfE published figure'],
    rows,
    summary,
    bands,
  };
}
