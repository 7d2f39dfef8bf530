// A page's model (domain/present/pages/), worked out from the published dataset for the month the
// address asks for (or the latest) and the page's parameters, once per change of any of them.
// Pages lay the model out; every rule and every word is in the function that made it.
import { useMemo } from 'react';
import { snapshotMonths } from '../domain/board/monthView';
import type { PageData } from '../domain/present/pages/pageData';
import { useReadyDataset } from './datasetContext';
import { useSelectedMonth } from './useSelectedMonth';

/** The model of a month page, or undefined when there is no month to show (an empty folder). */
export function useMonthModel<M, P>(build: (data: PageData, month: string, params: P) => M, params: P): M | undefined {
  const { dataset } = useReadyDataset();
  const months = useMemo(() => snapshotMonths(dataset.snapshots), [dataset]);
  const { month } = useSelectedMonth(months);
  // The parameters by value: a new object with the same values (each render's) is the same model.
  const key = JSON.stringify(params ?? null);
  return useMemo(() => (month ? build(dataset, month, JSON.parse(key) as P) : undefined), [build, dataset, month, key]);
}
