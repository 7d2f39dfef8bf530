import type { DirectionMark } from '../domain/present/table';

/** "↑ Improved": the arrow shows which way the figure moved; the word says whether that is good. */
export function DirectionText({ change }: { change: DirectionMark & { text: string } }) {
  return (
    <span className={`direction direction-${change.direction}`}>
      {change.arrow && <span aria-hidden="true">{change.arrow} </span>}
      {change.text}
    </span>
  );
}
