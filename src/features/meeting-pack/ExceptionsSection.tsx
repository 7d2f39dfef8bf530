// The month's exceptions (board/exceptions.ts, through the month view) with their reasons in
// words, as the Exceptions page gives them, and each one's story: what the figure shows, why,
// what is being done and who answers for it (the snapshot's narrative), as the Overview tells it.
import { RagTag } from '../../components/RagTag';
import type { IndicatorException } from '../../domain/board/monthView';
import { displayName } from '../../domain/names';
import { formatValue } from '../../domain/format';
import { formatMonth } from '../../domain/months';
import { sentenceCase } from '../../domain/present/exceptionWords';
import { narrativeParts } from '../../domain/present/planWords';
import { ragLabel } from '../../domain/present/words';
import { PackSection, type SectionPlacing } from './PackSection';
import { PackText } from './PackText';

export const EXCEPTIONS_HEADING = 'pack-exceptions-heading';

export function ExceptionsSection({ month, exceptions, indicatorCount, planInUse, source, reference, placing }: { month: string; exceptions: readonly IndicatorException[]; indicatorCount: number; planInUse: boolean; source: string; reference: string; placing: SectionPlacing }) {
  return (
    <PackSection id="exceptions" labelledBy={EXCEPTIONS_HEADING} source={source} reference={reference} placing={placing}>
      <h2 id={EXCEPTIONS_HEADING} tabIndex={-1}>
        Exceptions: the indicators to look at first
      </h2>
      {exceptions.length === 0 ? (
        <p>No indicator is an exception in {formatMonth(month)}.</p>
      ) : (
        <>
          <p>
            {exceptions.length} of {indicatorCount} indicators {exceptions.length === 1 ? 'is an exception' : 'are exceptions'} in {formatMonth(month)}, in the catalogue’s order.
          </p>
          <ol className="pack-exception-list">
            {exceptions.map(({ indicator: id, reasons, status }) => {
              const { indicator, plan } = status;
              const name = displayName(indicator);
              const parts = narrativeParts(plan.narrative);
              const owner = plan.narrative?.owner ?? plan.owner;
              return (
                <li key={id} className="pack-exception">
                  <h3 className="pack-exception-name">
                    {id} <PackText id={`exception:${id}`} text={name} />: {formatValue(status.value, indicator)} <RagTag rag={status.rag} label={ragLabel(indicator.polarity, status.rag, status.value)} />
                  </h3>
                  <p className="pack-exception-reasons">
                    <strong>Why it is here: </strong>
                    <PackText id={`exception-reasons:${id}`} text={`${reasons.map(sentenceCase).join('; ')}.`} />
                  </p>
                  {status.point?.note && <p className="pack-note">Note: {status.point.note}</p>}
                  {parts.length > 0 ? (
                    <dl className="story pack-story">
                      {parts.map((part) => (
                        <div key={part.key}>
                          <dt>{part.heading}</dt>
                          <dd>
                            <PackText id={`narrative:${id}:${part.key}`} text={part.text} />
                          </dd>
                        </div>
                      ))}
                    </dl>
                  ) : (
                    planInUse && <p>No narrative was given for {formatMonth(month)}.</p>
                  )}
                  {owner && <p className="narrative-owner">Owner: {owner}</p>}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </PackSection>
  );
}

/** The texts this section marks glossary terms in, in its order (for markPackTerms). */
export function exceptionTexts(exceptions: readonly IndicatorException[]): [string, string][] {
  return exceptions.flatMap(({ indicator: id, reasons, status }) => [
    [`exception:${id}`, displayName(status.indicator)] as [string, string],
    [`exception-reasons:${id}`, `${reasons.map(sentenceCase).join('; ')}.`] as [string, string],
    ...narrativeParts(status.plan.narrative).map((part) => [`narrative:${id}:${part.key}`, part.text] as [string, string]),
  ]);
}
