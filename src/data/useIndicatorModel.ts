// The Indicator page's model for the id in the address, and, for an id the catalogue does not
// have, the nearest one it does (contract/suggest.ts, as the checks suggest a nearest id).
import { useMemo } from 'react';
import { nearest } from '../domain/contract/suggest';
import { indicatorModel } from '../domain/present/pages/indicator';
import { useReadyDataset } from './datasetContext';
import { usePageModel } from './usePageModel';

export function useIndicatorModel(id: string, view: string | null, recalculate: string | null = null): ReturnType<typeof indicatorModel> {
  const { dataset } = useReadyDataset();
  const suggestion = useMemo(() => (dataset.indicators.some((indicator) => indicator.id === id) ? undefined : nearest(id, dataset.indicators.map((indicator) => indicator.id))), [dataset, id]);
  return usePageModel(indicatorModel, { id, view, ...(recalculate ? { recalculate } : {}), ...(suggestion ? { suggestion } : {}) });
}
