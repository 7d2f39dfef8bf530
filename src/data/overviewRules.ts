// The Overview's model worked out in the browser, from the dataset: loaded only when no model was
// written at publication for what the address asks (the dev server, a preview, an earlier
// publication's permalink), so the rules stay out of the Overview's first load.
import { chooseMonth } from '../domain/board/monthChoice';
import { snapshotMonths } from '../domain/board/monthView';
import type { PageData } from '../domain/present/pages/pageData';
import { overviewModel, type OverviewModel } from '../domain/present/pages/overview';

/** The model for the month the address asks for (`asked`, the `month` parameter), or the latest; undefined with no month at all. */
export function overviewModelOf(data: PageData, asked: string | null): OverviewModel | undefined {
  const { month } = chooseMonth(snapshotMonths(data.snapshots), asked);
  return month ? overviewModel(data, month) : undefined;
}
