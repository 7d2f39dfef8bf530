// The one source of fake data for tests: a small data folder built to exercise every case the
// board views must get right — up, down and neutral polarity, a target that changes mid-series,
// a null month with its reason, a month with no snapshot at all, a small denominator, a
// breakdown by team, a survey with a team of fewer than 5, and workstreams in every RAG.
import type { ComparatorsFile, DashboardEvent, Indicator, Site, Snapshot, Workstream } from '../src/domain/schema';

export const site: Site = {
  organisation: 'Testshire County Council',
  title: 'Children’s Improvement Dashboard',
  board: 'Children’s Improvement Board',
  sampleData: true,
};

export const indicators: Indicator[] = [
  {
    id: 'CP5',
    name: 'Initial child protection conferences held within 15 working days',
    shortName: 'ICPC timeliness',
    area: 'Child protection',
    unit: 'percent',
    polarity: 'up',
    priority: true,
    // The target changes mid-series: 60% (amber 50%) to 85% (amber 75%) from March.
    targets: [
      { from: '2018-01', target: 60, amber: 50 },
      { from: '2018-03', target: 85, amber: 75 },
    ],
    benchmarks: [{ label: 'England', period: '2017-18', value: 76.9, kind: 'england', source: 'DfE' }],
  },
  {
    id: 'WF1',
    name: 'Social worker vacancy rate',
    shortName: 'Vacancy rate',
    area: 'Workforce',
    unit: 'percent',
    polarity: 'down',
    priority: true,
    target: 25,
    amber: 35,
    benchmarks: [{ label: 'England', period: 'at 30 Sep 2017', value: 17, kind: 'england' }],
  },
  {
    id: 'FD2',
    name: 'Families referred to the front door per week',
    shortName: 'Front door demand',
    area: 'Front door',
    unit: 'number',
    polarity: 'neutral',
    priority: true,
  },
  {
    id: 'SUP1',
    name: 'Children’s cases with supervision within timescales',
    shortName: 'Case supervision',
    area: 'Quality of practice',
    unit: 'percent',
    polarity: 'up',
    priority: true,
    target: 90,
  },
  {
    id: 'CL1',
    name: 'Average caseload per social worker',
    shortName: 'Average caseload',
    area: 'Workforce',
    unit: 'number',
    polarity: 'down',
    priority: false,
    target: 15,
    amber: 18,
    breakdown: 'team',
  },
];

export const workstreams: Workstream[] = [
  { id: 'practice', name: 'Practice', sro: 'Director of Children’s Social Care' },
  { id: 'people-performance', name: 'People and Performance', sro: 'Executive Director (People)' },
];

export const events: DashboardEvent[] = [{ date: '2018-02-13', end: '2018-02-14', label: 'Ofsted monitoring visit' }];

// January, February, March, May 2018: April has no snapshot (a missing month).
export const snapshots: Snapshot[] = [
  {
    month: '2018-01',
    status: 'final',
    commentary: 'January was a difficult month.\n\nDemand at the front door peaked.',
    values: {
      CP5: { value: 32, numerator: 12, denominator: 37 },
      WF1: 43,
      FD2: 70,
      SUP1: 43,
      CL1: { value: 21.4, breakdown: { Assessment: 27, 'Care planning': 19 } },
    },
    workstreams: {
      practice: { rag: 'red', status: 'Behind plan', highlights: ['Practice model agreed'], risks: ['High caseloads'], actions: { due: 10, completed: 6, overdue: 4 } },
      'people-performance': { rag: 'amber', status: 'Some delay' },
    },
  },
  {
    month: '2018-02',
    status: 'final',
    values: {
      CP5: { value: 55, numerator: 22, denominator: 40 },
      WF1: 38,
      FD2: 64,
      SUP1: { value: null, note: 'Not reportable from the case system this month' },
      CL1: { value: 19.5, breakdown: { Assessment: 24, 'Care planning': 17 } },
    },
    workstreams: { practice: { rag: 'amber' }, 'people-performance': { rag: 'green' } },
    surveys: [
      {
        id: 'temperature-check-1',
        name: 'Temperature check',
        closed: '2018-02-20',
        invited: 400,
        started: 109,
        completed: 99,
        target: 40,
        byTeam: { Permanence: 15, 'Children with disabilities': 3 },
        statements: [{ text: 'I understand the wider improvement journey', responses: { Agree: 60, Disagree: 40 } }],
      },
    ],
  },
  {
    month: '2018-03',
    status: 'final',
    values: {
      CP5: { value: 71.4, numerator: 5, denominator: 7 },
      WF1: 24,
      FD2: 64,
      SUP1: 50,
      CL1: 18,
    },
    workstreams: { practice: { rag: 'green' }, 'people-performance': { rag: 'blue' } },
  },
  {
    month: '2018-05',
    status: 'final',
    commentary: 'May: vacancies rose again.',
    values: { CP5: 86, WF1: 30, FD2: 66, SUP1: 48, CL1: 16 },
    workstreams: { practice: { rag: 'green' } },
  },
];

// The council and five neighbours: in 2017-18 one neighbour's ICPC figure is suppressed, and in
// the workforce year a neighbour ties with the council; 2016-17 has ICPC figures only.
export const comparators: ComparatorsFile = {
  council: 'Testshire',
  source: 'DfE (test figures)',
  neighbours: ['Northshire', 'Southshire', 'Eastshire', 'Westshire', 'Midshire'],
  measures: [
    {
      indicator: 'CP5',
      period: '2016-17',
      england: 77,
      neighbourMean: 70,
      values: [
        { la: 'Testshire', value: 60, council: true },
        { la: 'Northshire', value: 75 },
        { la: 'Southshire', value: 65 },
        { la: 'Eastshire', value: 72 },
        { la: 'Westshire', value: 68 },
        { la: 'Midshire', value: 70 },
      ],
    },
    {
      indicator: 'CP5',
      period: '2017-18',
      england: 76.9,
      neighbourMean: 61.2,
      source: 'DfE, Characteristics of children in need (table C4)',
      values: [
        { la: 'Testshire', value: 52, council: true },
        { la: 'Northshire', value: 70 },
        { la: 'Southshire', value: 80 },
        { la: 'Eastshire', value: null, note: 'suppressed (c)' },
        { la: 'Westshire', value: 48.4 },
        { la: 'Midshire', value: 46.4 },
      ],
    },
    {
      indicator: 'WF1',
      period: 'at 30 Sep 2017',
      england: 17,
      neighbourMean: 23.5,
      values: [
        { la: 'Testshire', value: 25, council: true },
        { la: 'Northshire', value: 17 },
        { la: 'Southshire', value: 30 },
        { la: 'Eastshire', value: 22 },
        { la: 'Westshire', value: 25 },
        { la: 'Midshire', value: null, note: 'not available (x)' },
      ],
    },
  ],
};

/**
 * The same comparators as import-benchmarks writes them now (issue 28): the neighbour model named,
 * each neighbour mean's count, each DfE measure's next publication, and where Testshire stands
 * among every English council (invented fields: band B and 46th of 151 for ICPC timeliness in
 * 2017-18, band D and 122nd of 152 for the vacancy rate at 30 Sep 2017).
 */
export const nationalComparators: ComparatorsFile = {
  ...comparators,
  neighbourModel: { name: 'DfE statistical neighbour model, 2025', year: 2025 },
  measures: comparators.measures.map((measure) => (measure.period === '2016-17' ? measure : { ...measure, neighbourCount: 4 })),
  dfeMeasures: [
    { indicator: 'CP5', measure: 'ICPCs within 15 working days (%)', calculated: '100 × (A + B) / ICPC', nextPublication: '2018-11-01' },
    { indicator: 'WF1', measure: 'Vacancy rate, FTE (%)', definitionDifference: 'the DfE counts vacancies at 30 September, Testshire each month', nextPublication: '2018-02-28' },
  ],
  national: [
    { indicator: 'CP5', period: '2016-17', value: 60, of: 150, higher: 100, lower: 49, quartiles: [20, 70, 80, 88, 100] },
    { indicator: 'CP5', period: '2017-18', value: 52, of: 151, higher: 45, lower: 105, quartiles: [10, 40, 48, 55, 90] },
    { indicator: 'WF1', period: 'at 30 Sep 2017', value: 25, of: 152, higher: 30, lower: 121, quartiles: [0, 8, 14, 21, 56] },
  ],
};

/** The fixture folder as files: path within the data folder → content. */
export function fixtureFiles(overrides: Record<string, string | Uint8Array | null> = {}): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>([
    ['site.json', JSON.stringify(site)],
    ['indicators.json', JSON.stringify({ indicators })],
    ['workstreams.json', JSON.stringify({ workstreams })],
    ['events.json', JSON.stringify({ events })],
    ['comparators.json', JSON.stringify(comparators)],
    ...snapshots.map((snapshot): [string, string] => [`snapshots/${snapshot.month}.json`, JSON.stringify(snapshot, null, 2)]),
  ]);
  for (const [file, content] of Object.entries(overrides)) {
    if (content === null) files.delete(file);
    else files.set(file, content);
  }
  return files;
}
