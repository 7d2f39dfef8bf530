// The Overview's model for the month in the address.
import { overviewModel, type OverviewModel } from '../domain/present/pages/overview';
import { useMonthModel } from './usePageModel';

export function useOverviewModel(): OverviewModel | undefined {
  return useMonthModel(overviewModel, undefined);
}
