// A publication in the log, in words: the months it held and what it added, changed or removed.
import { formatMonth } from '../months';

/** "Oct 2017, Nov 2017" for up to three months; "18 months, Oct 2017 to Mar 2019" for more. */
function monthList(months: readonly string[]): string {
  if (months.length <= 3) return months.map(formatMonth).join(', ');
  return `${months.length} months, ${formatMonth(months[0]!)} to ${formatMonth(months[months.length - 1]!)}`;
}

/** "added May 2018; changed Feb 2018", or "" when the entry changed no month. */
export function publicationChangeWords(entry: { added: readonly string[]; changed: readonly string[]; removed: readonly string[] }): string {
  return [
    entry.added.length > 0 && `added ${monthList(entry.added)}`,
    entry.changed.length > 0 && `changed ${monthList(entry.changed)}`,
    entry.removed.length > 0 && `removed ${monthList(entry.removed)}`,
  ]
    .filter(Boolean)
    .join('; ');
}
