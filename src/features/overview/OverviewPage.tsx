import { useEffect } from 'react';
import { Link } from 'react-router';
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
import { displayName } from '../../domain/board/summary';
import { describeTarget } from '../../domain/board/targets';

export function OverviewPage() {
  const { dataset, months, month, view, statuses } = useMonthStatuses('priority');
  const summary = view?.summary;

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

      {summary && (
        <section className="summary-grid" aria-labelledby="summary-heading">
          <h2 id="summary-heading" className="visually-hidden">
            Summary of the month
          </h2>
          <MonthSummaryLists summary={summary} columnClassName="summary-column" />
        </section>
      )}

      <section aria-labelledby="priority-heading">
        <h2 id="priority-heading">Priority indicators</h2>
        <ul className="card-grid">
          {statuses.map((status) => (
            <li key={status.indicator.id}>
              <IndicatorCard status={status} />
            </li>
          ))}
        </ul>
        <SpcKey />
      </section>

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
    </Page>
  );
}

function IndicatorCard({ status }: { status: IndicatorStatus }) {
  const { indicator, month, value, rag, travel, threshold, thresholdText, smallDenominator, point } = status;
  const last12 = lastMonthsUpTo(status.series, month, 12);
  const valued = last12.filter((candidate) => typeof candidate.value === 'number');
  const sparkLabel = valued.length
    ? `Last ${last12.length} months: from ${formatValue(valued[0]!.value, indicator)} in ${formatMonth(valued[0]!.month)} to ${formatValue(valued[valued.length - 1]!.value, indicator)} in ${formatMonth(valued[valued.length - 1]!.month)}.`
    : 'No figures in the last 12 months.';
  return (
    <article className={`card card-${rag ?? 'none'}`} aria-labelledby={`card-${indicator.id}`}>
      <h3 id={`card-${indicator.id}`} className="card-title">
        <Link to={`/indicator/${encodeURIComponent(indicator.id)}/?month=${month}`}>{displayName(indicator)}</Link>
      </h3>
      <p className="card-figure">
        <span className="figure">{formatValue(value, indicator)}</span>
        <RagTag rag={rag} label={ragLabel(indicator.polarity, rag, value)} />
      </p>
      <p className="spc-row">
        <VariationBadge icon={status.variation} />
        <AssuranceBadge icon={status.assurance} />
      </p>
      {smallDenominator && <p className="small-denominator">Small number: {smallDenominator}</p>}
      {point?.note && <p className="card-note">Note: {point.note}</p>}
      <dl className="card-facts">
        <div>
          <dt>Change</dt>
          <dd>
            <DirectionText travel={travel} currentValue={value} />
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
    </article>
  );
}
