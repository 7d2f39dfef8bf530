// The DfE's time_period as the dashboard writes it, and the first year imported by default.

export const PERIOD_TYPES = ['year-to-31-march', 'at-30-september'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** The DfE's time_period as the dashboard writes it: 2018 → "2017-18" or "at 30 Sep 2018". */
export function periodLabel(year: number, type: PeriodType): string {
  if (type === 'at-30-september') return `at 30 Sep ${year}`;
  return `${year - 1}-${String(year % 100).padStart(2, '0')}`;
}

export const DEFAULT_FROM_YEAR: Readonly<Record<PeriodType, number>> = {
  'year-to-31-march': 2018,
  'at-30-september': 2017,
};
