// Questions for scrutiny suggested from the month's exceptions, in plain, neutral words (after the
// West Midlands data pack's "challenge questions" and the LGA's questions for scrutinising
// children's services): one question an exception indicator, from its most serious reason,
// always marked as suggested so nobody mistakes it for the officer's own.
import type { IndicatorException } from '../board/monthView';
import { displayName } from '../names';
import { formatValue } from '../format';

export interface SuggestedQuestion {
  indicator: string;
  text: string;
  suggested: true;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const inWords = (count: number) => NUMBER_WORDS[count] ?? String(count);

export function suggestQuestion({ indicator, reasons, status }: IndicatorException): SuggestedQuestion | undefined {
  const name = displayName(status.indicator);
  const target = status.threshold ? formatValue(status.threshold.target, status.indicator) : undefined;
  const value = formatValue(status.value, status.indicator);
  const ask = (text: string): SuggestedQuestion => ({ indicator, text, suggested: true });
  for (const reason of reasons) {
    const run = /^red for (\d+) months$/.exec(reason);
    if (run) return ask(`${name} has been red for ${inWords(Number(run[1]))} months: what is stopping it reaching its target${target ? ` of ${target}` : ''}, and when will it?`);
    if (reason === 'newly red') return ask(`${name} is red this month (${value}${target ? ` against a target of ${target}` : ''}): what changed, and what is being done about it?`);
    if (reason === 'special cause concerning') return ask(`${name} has changed for the worse by more than chance would explain: what has changed in how the work is done?`);
    if (reason === 'will miss target') return ask(`At its current level ${name} will not meet its target${target ? ` of ${target}` : ''} without a change: what will change, and by when?`);
    if (reason === 'behind trajectory') return ask(`${name} is behind the improvement plan’s trajectory: is the plan still realistic, and what would bring it back on track?`);
    if (reason === 'poor quality') return ask(`The figure for ${name} cannot yet be relied on: what is being done to improve the recording, and by when?`);
  }
  return undefined;
}

export function suggestQuestions(exceptions: readonly IndicatorException[]): SuggestedQuestion[] {
  return exceptions.flatMap((exception) => {
    const question = suggestQuestion(exception);
    return question ? [question] : [];
  });
}
