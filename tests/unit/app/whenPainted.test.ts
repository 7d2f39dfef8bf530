// The app starts once the drawn page is painted: after the next animation frame, in a task of
// its own; in a hidden tab (no frames), after the fallback; never twice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenPainted } from '../../../src/app/whenPainted';

describe('whenPainted', () => {
  let frames: FrameRequestCallback[];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const paintFrame = () => frames.splice(0).forEach((callback) => callback(performance.now()));

  it('waits for a frame, then runs in a task after it, once', () => {
    const then = vi.fn();
    whenPainted(then);
    vi.advanceTimersByTime(0);
    expect(then).not.toHaveBeenCalled();
    paintFrame();
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback when no frame comes (a hidden tab), and not again when one does', () => {
    const then = vi.fn();
    whenPainted(then, 300);
    vi.advanceTimersByTime(299);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    paintFrame();
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
