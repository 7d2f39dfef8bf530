// Small hand-made indicators and series for the present/ chart tests.
import type { SeriesPoint } from '../../../src/domain/board/series';
import type { Indicator } from '../../../src/domain/schema';

export const caseload: Indicator = {
  id: 'CL1',
  name: 'Average caseload per social worker',
  shortName: 'Average caseload',
  area: 'Workforce',
  unit: 'number',
  polarity: 'down',
  target: 15,
  amber: 18,
  breakdown: 'team',
  benchmarks: [
    { label: 'Statistical neighbours (mean of 10)', period: 'at 30 Sep 2017', value: 18.7, kind: 'neighbours' },
    { label: 'England', period: 'at 30 Sep 2017', value: 17.7, kind: 'england' },
    { label: 'Outer London', period: 'at 30 Sep 2017', value: 16.2, kind: 'region' },
    { label: 'Croydon (published)', period: 'at 30 Sep 2017', value: 18.3, kind: 'council' },
  ],
} as Indicator;

export const timeliness: Indicator = {
  id: 'CP5',
  name: 'Initial child protection conferences held within 15 working days',
  shortName: 'ICPC timeliness',
  area: 'Child protection',
  unit: 'percent',
  polarity: 'up',
  targets: [{ from: '2017-10', target: 60, amber: 50 }],
} as Indicator;

const point = (month: string, value: number | null | undefined, breakdown?: Record<string, number | null>): SeriesPoint => ({ month, value, breakdown, noSnapshot: false });

export const caseloadSeries: SeriesPoint[] = [
  point('2017-10', 20, { Assessment: 25.8, 'Care planning': 20.4 }),
  point('2017-11', 19.5, { Assessment: 27.3, 'Care planning': null }),
  point('2017-12', 19.7, { Assessment: 28.1 }),
];
