// The Exceptions page's model: the indicators to look at first in a month, why (in words), the
// story behind each and who answers for it; then the questions for scrutiny, the officer's own
// and those suggested from the exceptions; then the rules that make an exception.
import { monthView, type MonthView } from '../../board/monthView';
import { displayName } from '../../names';
import { formatValue } from '../../format';
import { formatMonth } from '../../months';
import { sentenceCase } from '../exceptionWords';
import { suggestQuestions } from '../questions';
import { indicatorHref, ragTag, type Tag } from '../statusWords';
import { storyOf, type Story } from '../storyWords';
import { exceptionsSentence } from './monthParts';
import { monthFrame, type MonthFrame, type PageData } from './pageData';

/**
 * The exception rules (board/exceptions.ts) in words, as this page lists them. Here, not in
 * exceptionWords.ts, so that the Overview, which words exceptions' reasons, does not load them.
 */
export const EXCEPTION_RULES: readonly string[] = [
  'No figure this month: a priority indicator left blank in a month that has been reported.',
  'Newly red: red this month, and not red the month before.',
  'Red for a number of months: red this month and in the months just before it.',
  'Special cause concerning: the SPC chart shows a change for the worse that is unlikely to be chance.',
  'Will miss target: on the SPC chart, the target lies outside the process limits on the wrong side, so it will not be met without a change.',
  'Behind trajectory: worse than the improvement plan’s trajectory for the month.',
  'Poor quality: the officers who produce the figure say it cannot yet be relied on.',
];

export interface ExceptionItem {
  id: string;
  href: string;
  name: string;
  figure: string;
  tag: Tag;
  /** "Why ICPC timeliness is an exception": the list's name. */
  reasonsLabel: string;
  reasons: string[];
  note?: string;
  story: Story;
}

/** The officer's questions (each with the indicator it is about, by name) and the suggested ones. */
export interface QuestionsModel {
  officer: { indicator?: string; text: string }[];
  suggested: { key: string; text: string }[];
}

export interface ExceptionsModel extends MonthFrame {
  lead: string;
  /** "3 of 16 indicators are exceptions in Mar 2019." or "No indicator is an exception in Mar 2019." */
  sentence: string;
  items: ExceptionItem[];
  /** Each intro only with its questions; `noneSuggested` only when none is suggested. */
  questions: QuestionsModel & { officerIntro?: string; suggestedIntro?: string; noneSuggested?: string };
  rules: readonly string[];
}

/** The month's questions: the scrutiny officer's from the snapshot, then those suggested from the exceptions. */
export function questionsOf(view: MonthView): QuestionsModel {
  const names = new Map(view.indicators.map((status) => [status.indicator.id, displayName(status.indicator)]));
  return {
    officer: (view.snapshot?.questions ?? []).map((question) => ({ ...(question.indicator ? { indicator: names.get(question.indicator) ?? question.indicator } : {}), text: question.text })),
    suggested: suggestQuestions(view.exceptions).map((question) => ({ key: question.indicator, text: question.text })),
  };
}

export function exceptionsModel(data: PageData, month: string): ExceptionsModel {
  const view = monthView(data, month);
  const questions = questionsOf(view);
  return {
    ...monthFrame(data, month),
    lead: `The indicators to look at first in ${formatMonth(month)}, why, the story behind each and who answers for it.`,
    sentence: exceptionsSentence(view.exceptions.length, view.indicators.length, month),
    items: view.exceptions.map(({ indicator, reasons, status }) => {
      const name = displayName(status.indicator);
      return {
        id: indicator,
        href: indicatorHref(indicator, month),
        name,
        figure: formatValue(status.value, status.indicator),
        tag: ragTag(status),
        reasonsLabel: `Why ${name} is an exception`,
        reasons: reasons.map(sentenceCase),
        ...(status.point?.note ? { note: `Note: ${status.point.note}` } : {}),
        story: storyOf(status),
      };
    }),
    questions: {
      ...questions,
      ...(questions.officer.length > 0 ? { officerIntro: `Key lines of enquiry from the scrutiny officer for ${formatMonth(month)}:` } : {}),
      ...(questions.suggested.length > 0
        ? { suggestedIntro: 'Suggested from the exceptions above, in neutral words, for members to adapt or set aside.' }
        : { noneSuggested: `No questions are suggested for ${formatMonth(month)}.` }),
    },
    rules: EXCEPTION_RULES,
  };
}
