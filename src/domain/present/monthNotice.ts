// What a month page says when it shows another month than its address asks for (issue 26: never
// another month without a word), with JavaScript and without it. The choice itself is
// board/monthChoice.ts'; these are its words.
import { chooseMonth } from '../board/monthChoice';
import { formatMonthLong, isMonth } from '../months';

/** An address's text is shown as written, cut short: it is anyone's to type. */
const MAX_SHOWN = 40;
const shown = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/**
 * "There are no figures for January 2030: the dashboard has figures from October 2017 to March
 * 2019. Showing March 2019, the latest month." Undefined when the month asked for is shown (or
 * none was asked for, or there is no month at all).
 */
export function unknownMonthNotice(months: readonly string[], asked: string | null | undefined): string | undefined {
  const choice = chooseMonth(months, asked);
  if (!choice.unknown || choice.month === undefined || choice.asked === undefined) return undefined;
  const first = months[0]!;
  const range = first === choice.month ? `only ${formatMonthLong(first)}` : `figures from ${formatMonthLong(first)} to ${formatMonthLong(choice.month)}`;
  const what = isMonth(choice.asked)
    ? `There are no figures for ${formatMonthLong(choice.asked)}`
    : `The address asks for the month “${shown(choice.asked)}”, which is not a month written YYYY-MM (such as ${choice.month})`;
  return `${what}: the dashboard has ${range}. Showing ${formatMonthLong(choice.month)}, the latest month.`;
}

/**
 * For a reader without JavaScript, on the page drawn at publication: it can only ever show the
 * latest month, whatever month its address (or a month link) asks for, and cannot tell which.
 */
export function noScriptMonthNotice(months: readonly string[]): string | undefined {
  const latest = months.at(-1);
  if (latest === undefined) return undefined;
  return `Without JavaScript this page shows ${formatMonthLong(latest)}, the latest month, whatever month its address asks for. To see another month, switch JavaScript on.`;
}
