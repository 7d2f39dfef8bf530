/**
 * Run `then` once the browser has painted what is on screen: after the next animation frame, in
 * a task of its own. A hidden tab draws no frames, so it also runs after `fallbackMs` at the
 * latest. Runs `then` once.
 */
export function whenPainted(then: () => void, fallbackMs = 1000): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, fallbackMs);
}
