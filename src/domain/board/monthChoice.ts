// Which month a month page shows: the one its address asks for (`?month=YYYY-MM`) when the
// dashboard has figures for it, else the latest. A page never shows another month than the one
// asked for without saying so (issue 26): `unknown` tells it the address asked for one it cannot show.
import { isMonth } from '../months';

export interface MonthChoice {
  /** The month shown: undefined only when there is no month at all (an empty data folder). */
  month: string | undefined;
  /** What the address asked for, as written (undefined when it asks for none). */
  asked?: string;
  /** The address asked for a month the dashboard has no figures for, or for something that is not a month. */
  unknown: boolean;
}

/** `months`: every month with figures, oldest first; `asked`: the address's `month` parameter, if any. */
export function chooseMonth(months: readonly string[], asked: string | null | undefined): MonthChoice {
  const latest = months.at(-1);
  // `?month=` with nothing after it asks for nothing.
  if (asked === null || asked === undefined || asked.trim() === '') return { month: latest, unknown: false };
  if (isMonth(asked) && months.includes(asked)) return { month: asked, asked, unknown: false };
  return { month: latest, asked, unknown: latest !== undefined };
}
