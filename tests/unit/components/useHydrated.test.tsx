/** @vitest-environment jsdom */
// useHydrated: false on the server and while a drawn page hydrates, true once hydration has
// matched it (the interactive chart then replaces the drawn SVG); true at once in a page drawn
// in the browser from the start.
import { act } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useHydrated } from '../../../src/components/useHydrated';

const seen: boolean[] = [];
function Probe() {
  const hydrated = useHydrated();
  seen.push(hydrated);
  return <p>{hydrated ? 'interactive' : 'drawn'}</p>;
}

afterEach(() => {
  seen.length = 0;
  document.body.replaceChildren();
});

describe('useHydrated', () => {
  it('is false on the server', () => {
    expect(renderToString(<Probe />)).toBe('<p>drawn</p>');
  });

  it('is false while hydrating, with no mismatch, then true', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Probe />);
    document.body.append(container);
    seen.length = 0;
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, <Probe />, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
    expect(container.textContent).toBe('interactive');
  });

  it('is true from the first render of a page drawn in the browser', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    await act(async () => {
      createRoot(container).render(<Probe />);
    });
    expect(seen).toEqual([true]);
    expect(container.textContent).toBe('interactive');
  });
});
