// A page's model (domain/present/pages/), worked out from the published dataset for the month the
// address asks for (or the latest) and the page's parameters, once per change of any of them.
// Pages lay the model out; every rule and every word is in the function that made it.
import { useMemo } from 'react';
import { snapshotMonths } from '../domain/board/monthView';
import type { PageData } from '../domain/present/pages/pageData';
import { useReadyDataset } from './datasetContext';
import { useSelectedMonth } from './useSelectedMonth';

/** The dataset, and the month in the address (the latest when it names none, or one with no figures). */
function useDatasetMonth(): { dataset: PageData; month: string | undefined } {
  const { dataset } = useReadyDataset();
  const months = useMemo(() => snapshotMonths(dataset.snapshots), [dataset]);
  return { dataset, month: useSelectedMonth(months).month };
}

/**
 * The model for the month in the address, or with none (a folder with no month yet). The
 * parameters count by value: a new object with the same values, each render's, is the same model.
 */
export function usePageModel<M, P>(build: (data: PageData, month: string | undefined, params: P) => M, params: P): M {
  const { dataset, month } = useDatasetMonth();
  const key = JSON.stringify(params ?? null);
  return useMemo(() => build(dataset, month, JSON.parse(key) as P), [build, dataset, month, key]);
}

/** A month page's model, or undefined when there is no month to show (an empty folder). */
export function useMonthModel<M, P>(build: (data: PageData, month: string, params: P) => M, params: P): M | undefined {
  const { dataset, month } = useDatasetMonth();
  const key = JSON.stringify(params ?? null);
  return useMemo(() => (month ? build(dataset, month, JSON.parse(key) as P) : undefined), [build, dataset, month, key]);
}
