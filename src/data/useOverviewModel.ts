// The Overview's model for the month in the address: the one written at publication when the
// layout loaded it (the first load of a published site: no rules in the browser), else worked
// out from the dataset by the rules, loaded lazily (src/data/overviewRules.ts).
import { useContext, useMemo } from 'react';
import type { OverviewModel } from '../domain/present/pages/overview';
import { useSearchParams } from '../routing/routing';
import { DatasetContext, PublishedModelContext } from './datasetContext';
import { useLazyModule } from './lazyModule';
import { modelRules } from './publishedModel';

/** The model; `undefined` with no month at all (an empty folder); `'loading'` while the rules load. */
export function useOverviewModel(): OverviewModel | undefined | 'loading' {
  const published = useContext(PublishedModelContext);
  const ready = useContext(DatasetContext);
  const [params] = useSearchParams();
  const asked = params.get('month');
  const rules = useLazyModule(modelRules.overview, published === undefined);
  const computed = useMemo(() => (published || !ready || !rules ? undefined : rules.overviewModelOf(ready.dataset, asked)), [published, ready, rules, asked]);
  if (published) return published.model as OverviewModel;
  return rules && ready ? computed : 'loading';
}
