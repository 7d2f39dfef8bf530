import type { DirectionOfTravel } from '../domain/board/direction';
import { directionWord } from '../domain/present/changeWords';

/** "↑ Improved": the arrow shows which way the figure moved; the word says whether that is good. */
export function DirectionText({ travel, currentValue, label }: { travel: DirectionOfTravel | undefined; currentValue?: number | null; label?: string }) {
  if (!travel) return <span className="direction direction-none">No earlier figure</span>;
  const rose = typeof currentValue === 'number' && currentValue > travel.previousValue;
  const fell = typeof currentValue === 'number' && currentValue < travel.previousValue;
  const arrow = travel.direction === 'no-change' ? '→' : rose ? '↑' : fell ? '↓' : '→';
  return (
    <span className={`direction direction-${travel.direction}`}>
      <span aria-hidden="true">{arrow} </span>
      {label ?? directionWord(travel.direction)}
    </span>
  );
}
