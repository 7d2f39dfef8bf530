// The pack's page plan, from its own print layout (measurePack.ts, present/packLayout.ts): measured
// after each render of a new month or data, once the fonts have loaded, and again just before the
// browser prints (beforeprint), so the contents' page numbers are those on paper. Until it has
// measured (the page drawn at publication, before its script runs) there is no plan: the contents
// gives references without page numbers, the short parts flow on after the exceptions and the
// survey, and every indicator starts a sheet.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useHydrated } from '../../components/useHydrated';
import { A4_TEXT_HEIGHT_PX, planPack, type PackPlan } from '../../domain/present/packLayout';
import { measurePack } from './measurePack';

/** The space above a section that shares a page with the one before (meetingPack.css, .pack-shares). */
const SHARED_GAP_PX = 24;
/** Kept free at the foot of each page by the plan, for roundings in the browser's own layout. */
const SLACK_PX = 12;

const samePlan = (a: PackPlan | undefined, b: PackPlan | undefined) => JSON.stringify(a) === JSON.stringify(b);

export function usePackPlan(pack: RefObject<HTMLElement | null>, key: string): PackPlan | undefined {
  const [plan, setPlan] = useState<PackPlan>();
  const hydrated = useHydrated();
  useLayoutEffect(() => {
    let live = true;
    const measure = () => {
      if (!live || !pack.current) return;
      const sections = measurePack(pack.current);
      const next = sections && planPack(sections, A4_TEXT_HEIGHT_PX, { gap: SHARED_GAP_PX, slack: SLACK_PX });
      setPlan((previous) => (samePlan(previous, next) ? previous : next));
    };
    measure();
    void document.fonts?.ready.then(measure);
    // Content that settles later (recharts taking over from the plain SVG, a table's scroll cue)
    // changes the pack's size on screen too: measure again then. Measuring itself puts every
    // size back before the observer looks, so it does not set the observer off.
    let frame = 0;
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    if (pack.current) observer?.observe(pack.current);
    const beforePrint = () => flushSync(measure);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      observer?.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [pack, key, hydrated]);
  return plan;
}
