import { Link } from '../routing/routing';
import { formatMonthLong } from '../domain/months';

/** The previewed month's Overview and meeting pack; following a link first puts the preview in place. */
export function MonthPreviewLinks({ month, onFollow }: { month: string; onFollow: () => void }) {
  return (
    <ul>
      <li>
        <Link to={`/?month=${month}`} onClick={onFollow}>
          Overview for {formatMonthLong(month)}
        </Link>
      </li>
      <li>
        <Link to={`/meeting-pack/?month=${month}`} onClick={onFollow}>
          Meeting pack for {formatMonthLong(month)}
        </Link>
      </li>
    </ul>
  );
}
