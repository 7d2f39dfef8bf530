import { useSearchParams } from '../routing/routing';
import { chooseMonth, type MonthChoice } from '../domain/board/monthChoice';

/** The month chosen in the URL (?month=YYYY-MM), or the latest month with data (board/monthChoice.ts). */
export function useSelectedMonth(months: readonly string[]): MonthChoice {
  const [params] = useSearchParams();
  return chooseMonth(months, params.get('month'));
}
