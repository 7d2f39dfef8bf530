// What the Overview, Targets and meeting pack pages all need: the reporting months, the month
// chosen in the URL, and each indicator's status that month. Every indicator's series is worked
// out once per dataset, not once per page.
import { useMemo } from 'react';
import { useSelectedMonth } from './useSelectedMonth';
import type { PublishedDataset as Dataset } from '../domain/contract/publication';
import type { SeriesPoint } from '../domain/board/series';
import { allSeries, indicatorStatus, type IndicatorStatus } from '../domain/board/status';
import { useReadyDataset } from './datasetContext';

const seriesCache = new WeakMap<Dataset, Map<string, SeriesPoint[]>>();

export function seriesByIndicator(dataset: Dataset): Map<string, SeriesPoint[]> {
  let series = seriesCache.get(dataset);
  if (!series) {
    series = allSeries(dataset.indicators, dataset.snapshots);
    seriesCache.set(dataset, series);
  }
  return series;
}

export function useMonthStatuses(which: 'priority' | 'all'): { dataset: Dataset; months: string[]; month: string | undefined; statuses: IndicatorStatus[] } {
  const { dataset } = useReadyDataset();
  const months = useMemo(() => dataset.snapshots.map((snapshot) => snapshot.month), [dataset]);
  const { month } = useSelectedMonth(months);
  const statuses = useMemo(() => {
    if (!month) return [];
    const series = seriesByIndicator(dataset);
    const indicators = which === 'priority' ? dataset.indicators.filter((indicator) => indicator.priority) : dataset.indicators;
    return indicators.map((indicator) => indicatorStatus(indicator, series.get(indicator.id) ?? [], month));
  }, [dataset, month, which]);
  return { dataset, months, month, statuses };
}
