import { useEffect, useMemo } from 'react';
import { Link } from '../../routing/routing';
import { DirectionText } from '../../components/DirectionText';
import { MonthPicker } from '../../components/MonthPicker';
import { Page } from '../../components/Page';
import { RagTag } from '../../components/RagTag';
import { Sparkline } from '../../components/Sparkline';
import { AssuranceBadge, SpcKey, VariationBadge } from '../../components/SpcIcons';
import { Commentary } from '../../components/Commentary';
import { MonthSummaryLists } from '../../components/MonthSummaryLists';
import { NoData } from '../../components/NoData';
import { formatValue } from '../../domain/format';
import { formatMonth, lastMonthsUpTo } from '../../domain/months';
import { ragLabel } from '../../domain/present/words';
import type { IndicatorStatus } from '../../domain/board/status';
import { useMonthStatuses } from '../../data/useMonthStatuses';
import { displayName } from '../../domain/names';
import { offTrack } from '../../domain/board/offTrack';
import { OffTrackStories, OverdueActionsList } from '../../components/PlanSummary';
import { changeWord } from '../../domain/present/changeWords';
import { reconcilingSentence } from '../../domain/present/reconcile';
import { tooFewMonthsNote } from '../../domain/present/spcReport';
import { firstUses, type TermSegment } from '../../domain/present/glossary';
import { TermText } from '../../components/TermText';
import { ExceptionSummary } from '../../components/ExceptionSummary';
import { exceptionReasonText } from '../../domain/present/exceptionWords';
import { describeTarget, describeThreshold } from '../../domain/present/targetWords';

/** What a card says in words, in page order: title, SPC note, reconciling sentence, definition. */
function cardTexts(status: IndicatorStatus): string[] {
  return [displayName(status.indicator), tooFewMonthsNote(status.spc) ?? '', reconcilingSentence(status) ?? '', status.indicator.definition ?? ''];
}

export function OverviewPage() {
  const { dataset, months, month, view, statuses } = useMonthStatuses('priority');
  const summary = view?.summary;
  // The first use of each glossary term on the page is marked: the summary comes first, then the cards.
  // The exceptions come first, then the summary, then the cards.
  const exceptions = view?.exceptions;
  const terms = useMemo(() => {
    const exceptionTexts = (exceptions ?? []).flatMap(({ status, reasons }) => [displayName(status.indicator), exceptionReasonText(reasons)]);
    const strengths = summary?.strengths.map((item) => item.text) ?? [];
    const underperformance = summary?.underperformance.map((item) => item.text) ?? [];
    const all = firstUses([...exceptionTexts, ...strengths, ...underperformance, ...statuses.flatMap(cardTexts)]);
    const exceptionTerms = new Map<string, readonly [TermSegment[], TermSegment[]]>();
    (exceptions ?? []).forEach(({ indicator }, index) => exceptionTerms.set(indicator, [all[index * 2]!, all[index * 2 + 1]!]));
    const marked = all.slice(exceptionTexts.length);
    const cards = new Map<string, TermSegment[][]>();
    statuses.forEach((status, index) => {
      const from = strengths.length + underperformance.length + index * 4;
      cards.set(status.indicator.id, marked.slice(from, from + 4));
    });
    return { exceptions: exceptionTerms, strengths: marked.slice(0, strengths.length), underperformance: marked.slice(strengths.length, strengths.length + underperformance.length), cards };
  }, [exceptions, summary, statuses]);

  // "Fully drawn" for npm run bench: the cards and their sparklines are in the document. Set once
  // per page load, after the first render that has a month (and so every status) to show.
  useEffect(() => {
    if (month && performance.getEntriesByName('overview-drawn', 'mark').length === 0) performance.mark('overview-drawn');
  }, [month]);

  if (!month) return <NoData title="Overview" />;
  const snapshot = dataset.snapshots.find((candidate) => candidate.month === month)!;
  const counts = { red: 0, amber: 0, green: 0 };
  for (const status of statuses) if (status.rag) counts[status.rag]++;

  return (
    <Page title="Overview" month={month}>
      <MonthPicker months={months} month={month} />
      {snapshot.status === 'provisional' && (
        <p className="notice notice-warning">
          <strong>Provisional figures.</strong> These may change when the month is finalised.
        </p>
      )}
      <p className="at-a-glance" data-testid="at-a-glance">
        Of {statuses.length} priority indicators in {formatMonth(month)}: <strong>{counts.green} green</strong>,{' '}
        <strong>{counts.amber} amber</strong>, <strong>{counts.red} red</strong>
        {statuses.length - counts.green - counts.amber - counts.red > 0 && `, ${statuses.length - counts.green - counts.amber - counts.red} with no RAG`}.
      </p>

      {view && <ExceptionSummary exceptions={view.exceptions} month={month} total={view.indicators.length} terms={terms.exceptions} />}

      {summary && (
        <section className="summary-grid" aria-labelledby="summary-heading">
          <h2 id="summary-heading" className="visually-hidden">
            Summary of the month
          </h2>
          <MonthSummaryLists summary={summary} columnClassName="summary-column" terms={terms} />
        </section>
      )}

      <section aria-labelledby="priority-heading">
        <h2 id="priority-heading">Priority indicators</h2>
        <ul className="card-grid">
          {statuses.map((status) => (
            <li key={status.indicator.id}>
              <IndicatorCard status={status} terms={terms.cards.get(status.indicator.id) ?? []} />
            </li>
          ))}
        </ul>
        <SpcKey />
      </section>

      {view?.planInUse && <OffTrackStories statuses={offTrack(view.indicators)} month={month} idPrefix="overview" />}

      {snapshot.commentary && (
        <section aria-labelledby="commentary-heading">
          <h2 id="commentary-heading">Commentary</h2>
          <Commentary text={snapshot.commentary} />
        </section>
      )}

      <section aria-labelledby="workstreams-heading">
        <h2 id="workstreams-heading">Improvement plan workstreams</h2>
        <ul className="workstream-list">
          {dataset.workstreams.map((workstream) => {
            const report = snapshot.workstreams?.[workstream.id];
            return (
              <li key={workstream.id}>
                <span className="workstream-name">{workstream.name}</span>
                <RagTag rag={report?.rag} label={report ? undefined : 'Not reported'} />
                {report?.status && <span className="workstream-status">{report.status}</span>}
              </li>
            );
          })}
        </ul>
        <p>
          <Link to={`/workstreams/?month=${month}`}>Workstream highlights, risks and actions for {formatMonth(month)}</Link>
        </p>
      </section>

      {view?.planInUse && <OverdueActionsList overdue={view.actions.overdue} workstreams={dataset.workstreams} month={month} idPrefix="overview" />}
    </Page>
  );
}

function IndicatorCard({ status, terms }: { status: IndicatorStatus; terms: TermSegment[][] }) {
  const [title, note, reconcile, definition] = terms;
  const { indicator, month, value, rag, travel, threshold, smallDenominator, point } = status;
  const thresholdText = describeThreshold(indicator, threshold);
  const last12 = lastMonthsUpTo(status.series, month, 12);
  const reconciled = reconcilingSentence(status);
  const spcNote = tooFewMonthsNote(status.spc);
  const valued = last12.filter((candidate) => typeof candidate.value === 'number');
  const sparkLabel = valued.length
    ? `Last ${last12.length} months: from ${formatValue(valued[0]!.value, indicator)} in ${formatMonth(valued[0]!.month)} to ${formatValue(valued[valued.length - 1]!.value, indicator)} in ${formatMonth(valued[valued.length - 1]!.month)}.`
    : 'No figures in the last 12 months.';
  return (
    <article className={`card card-${rag ?? 'none'}`} aria-labelledby={`card-${indicator.id}`}>
      <h3 id={`card-${indicator.id}`} className="card-title">
        <Link to={`/indicator/${encodeURIComponent(indicator.id)}/?month=${month}`}>
          {title ? <TermText segments={title} linked={false} /> : displayName(indicator)}
        </Link>
      </h3>
      <p className="card-figure">
        <span className="figure">{formatValue(value, indicator)}</span>
        <RagTag rag={rag} label={ragLabel(indicator.polarity, rag, value)} />
      </p>
      <p className="spc-row">
        <VariationBadge icon={status.variation} />
        <AssuranceBadge icon={status.assurance} />
        {spcNote && <span className="spc-note">{note ? <TermText segments={note} /> : spcNote}</span>}
      </p>
      {reconciled && <p className="card-reconcile">{reconcile ? <TermText segments={reconcile} /> : reconciled}</p>}
      {smallDenominator && <p className="small-denominator">Small number: {smallDenominator}</p>}
      {point?.note && <p className="card-note">Note: {point.note}</p>}
      <dl className="card-facts">
        <div>
          <dt>Change</dt>
          <dd>
            <DirectionText travel={travel} currentValue={value} label={changeWord(status)} />
            {travel && (
              <span className="card-previous">
                {' '}
                from {formatValue(travel.previousValue, indicator)} in {formatMonth(travel.previousMonth)}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            {indicator.polarity === 'neutral' ? 'None: context only' : describeTarget(indicator, threshold)}
            {thresholdText && <span className="threshold-text">{thresholdText}</span>}
          </dd>
        </div>
      </dl>
      <Sparkline points={last12} label={sparkLabel} target={threshold?.target} />
      {indicator.definition && (
        <details className="card-definition">
          <summary>What this measures</summary>
          <p>{definition ? <TermText segments={definition} /> : indicator.definition}</p>
        </details>
      )}
    </article>
  );
}
