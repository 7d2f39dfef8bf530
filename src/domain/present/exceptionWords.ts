// Words for an exception's reasons, shared by the Overview, the Exceptions page and the pack.
/** "red for 3 months" -> "Red for 3 months". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An exception's reasons in one sentence, as the Overview lists them: "Red for 2 months; behind trajectory." */
export function exceptionReasonText(reasons: readonly string[]): string {
  return reasons.length === 0 ? '' : `${sentenceCase(reasons.join('; '))}.`;
}
