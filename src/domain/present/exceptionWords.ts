// The exception rules (board/exceptions.ts) in words for the page that lists them.
export const EXCEPTION_RULES: readonly string[] = [
  'No figure this month: a priority indicator left blank in a month that has been reported.',
  'Newly red: red this month, and not red the month before.',
  'Red for a number of months: red this month and in the months just before it.',
  'Special cause concerning: the SPC chart shows a change for the worse that is unlikely to be chance.',
  'Will miss target: on the SPC chart, the target lies outside the process limits on the wrong side, so it will not be met without a change.',
  'Behind trajectory: worse than the improvement plan’s trajectory for the month.',
  'Poor quality: the officers who produce the figure say it cannot yet be relied on.',
];

/** "red for 3 months" -> "Red for 3 months". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An exception's reasons in one sentence, as the Overview lists them: "Red for 2 months; behind trajectory." */
export function exceptionReasonText(reasons: readonly string[]): string {
  return reasons.length === 0 ? '' : `${sentenceCase(reasons.join('; '))}.`;
}
