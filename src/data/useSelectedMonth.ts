import { useSearchParams } from '../routing/routing';
import { isMonth } from '../domain/months';

/** The month chosen in the URL (?month=YYYY-MM), or the latest month with data. */
export function useSelectedMonth(months: readonly string[]): { month: string | undefined; requested: string | null } {
  const [params] = useSearchParams();
  const requested = params.get('month');
  if (requested && isMonth(requested) && months.includes(requested)) return { month: requested, requested };
  return { month: months[months.length - 1], requested };
}
