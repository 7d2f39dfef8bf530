// A module loaded only when a page needs it, once, and then at hand synchronously: a page drawn
// with it loaded (hydration after start.tsx preloaded it) draws with no wait.
import { useEffect, useState } from 'react';

export interface LazyModule<M> {
  load: () => Promise<M>;
  /** The module once loaded. */
  loaded: () => M | undefined;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    load: () =>
      (loading ??= importer().then(
        (value) => (module = value),
        (error: unknown) => {
          loading = undefined; // A chunk that failed to load (offline) is tried again next time.
          throw error;
        },
      )),
    loaded: () => module,
  };
}

/** The module, loading it when `wanted`; undefined until it is loaded. A chunk that cannot load is thrown to the page's error boundary. */
export function useLazyModule<M>(lazy: LazyModule<M>, wanted: boolean): M | undefined {
  const [, setLoaded] = useState<M | undefined>(lazy.loaded);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    if (wanted && !lazy.loaded()) lazy.load().then(setLoaded, setError);
  }, [lazy, wanted]);
  if (error !== undefined) throw error;
  return lazy.loaded();
}
