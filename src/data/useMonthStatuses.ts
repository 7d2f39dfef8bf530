// What every month page needs: the reporting months, the month chosen in the URL, and the month
// view (src/domain/board/monthView.ts) for it. The view's series are worked out once per dataset.
import { useMemo } from 'react';
import { useSelectedMonth } from './useSelectedMonth';
import type { PublishedDataset as Dataset } from '../domain/contract/publication';
import { monthView, snapshotMonths, type MonthView } from '../domain/board/monthView';
import type { IndicatorStatus } from '../domain/board/status';
import { useReadyDataset } from './datasetContext';

export function useMonthView(): { dataset: Dataset; months: string[]; month: string | undefined; view: MonthView | undefined } {
  const { dataset } = useReadyDataset();
  const months = useMemo(() => snapshotMonths(dataset.snapshots), [dataset]);
  const { month } = useSelectedMonth(months);
  const view = useMemo(() => (month ? monthView(dataset, month) : undefined), [dataset, month]);
  return { dataset, months, month, view };
}

export function useMonthStatuses(which: 'priority' | 'all'): { dataset: Dataset; months: string[]; month: string | undefined; view: MonthView | undefined; statuses: IndicatorStatus[] } {
  const { view, ...rest } = useMonthView();
  const statuses = view ? (which === 'priority' ? view.priority : view.indicators) : [];
  return { ...rest, view, statuses };
}
