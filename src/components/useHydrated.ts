import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React hydrates a page drawn at publication (and on the server), true after:
 * a chart drawn as plain SVG in the HTML stays until hydration has matched it, then the
 * interactive chart takes its place. A page drawn in the browser from the start is true at once.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
