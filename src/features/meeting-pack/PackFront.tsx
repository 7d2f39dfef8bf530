// The first pages of the pack: the cover (who, what, which month, when the figures were
// produced, what is inside) and the month's summary in sentences.
import type { ReactNode } from 'react';
import { Commentary } from '../../components/Commentary';
import { DirectionText } from '../../components/DirectionText';
import { RagTag } from '../../components/RagTag';
import { formatValue } from '../../domain/format';
import { formatIsoDate, formatMonth, formatMonthLong } from '../../domain/months';
import type { Site, Snapshot } from '../../domain/schema';
import type { IndicatorStatus } from '../../domain/board/status';
import { displayName, type MonthSummary } from '../../domain/board/summary';
import { describeTarget } from '../../domain/board/targets';
import { packReference } from './packReference';
import { RunningHead } from './RunningHead';
import { MonthSummaryLists } from '../../components/MonthSummaryLists';
import { TableScroll } from '../../components/TableScroll';
import { ragLabel } from '../../domain/present/words';
import { changeWord } from '../../domain/present/changeWords';

export interface ContentsEntry {
  reference: string;
  title: string;
}

export function CoverSection({ site, snapshot, contents, source, pageName }: { site: Site | undefined; snapshot: Snapshot; contents: ContentsEntry[]; source: string; pageName: string }) {
  const month = snapshot.month;
  return (
    <section style={{ page: pageName }} className="pack-section pack-cover" aria-labelledby="pack-title">
      <RunningHead source={source} reference={packReference('Cover', month)} />
      <p className="pack-organisation">{site?.organisation ?? 'Council not named'}</p>
      {site?.board && <p className="pack-board">{site.board}</p>}
      <h2 id="pack-title" className="pack-title">
        Performance report: {formatMonthLong(month)}
      </h2>
      <dl className="pack-cover-facts">
        <div>
          <dt>Month reported</dt>
          <dd>{formatMonthLong(month)}</dd>
        </div>
        <div>
          <dt>Figures produced</dt>
          <dd data-testid="pack-produced">{snapshot.produced ? formatIsoDate(snapshot.produced) : 'Date not given'}</dd>
        </div>
        <div>
          <dt>Status of the figures</dt>
          <dd>{snapshot.status === 'provisional' ? 'Provisional: they may change when the month is finalised' : 'Final'}</dd>
        </div>
      </dl>
      {site?.sampleData && (
        <p className="notice notice-sample pack-sample">
          <strong>Sample data.</strong> The figures in this pack are illustrative, except where a source is named.
        </p>
      )}
      <h3 className="pack-contents-heading">Contents</h3>
      <ol className="pack-contents">
        {contents.map((entry) => (
          <li key={entry.reference}>
            <span className="pack-contents-ref">{entry.reference}</span>
            <span className="pack-contents-title">{entry.title}</span>
          </li>
        ))}
      </ol>
      <p className="pack-cover-note">
        Each section starts on a new page and carries its reference at the top. RAG (red, amber, green) is given in words
        as well as colour. Figures are the council’s own monthly figures from its case-management and HR systems; England
        and other comparators are the Department for Education’s published statistics.
      </p>
    </section>
  );
}

export function SummarySection({ month, statuses, summary, commentary, source, pageName, children }: { month: string; statuses: IndicatorStatus[]; summary: MonthSummary; commentary: string | undefined; source: string; pageName: string; children?: ReactNode }) {
  const counts = { red: 0, amber: 0, green: 0 };
  for (const status of statuses) if (status.rag) counts[status.rag]++;
  const unrated = statuses.length - counts.red - counts.amber - counts.green;
  return (
    <section style={{ page: pageName }} className="pack-section" aria-labelledby="pack-summary-heading">
      <RunningHead source={source} reference={packReference('Summary', month)} />
      <h2 id="pack-summary-heading">Summary of {formatMonthLong(month)}</h2>
      <p className="at-a-glance">
        Of {statuses.length} priority indicators in {formatMonth(month)}: <strong>{counts.green} green</strong>, <strong>{counts.amber} amber</strong>,{' '}
        <strong>{counts.red} red</strong>
        {unrated > 0 && `, ${unrated} with no RAG`}.
      </p>
      <TableScroll label={`Priority indicators at a glance, ${formatMonth(month)}`}>
        <table className="table pack-table pack-glance-table">
          <caption>Priority indicators at a glance, {formatMonth(month)}</caption>
          <thead>
            <tr>
              <th scope="col">Ref.</th>
              <th scope="col">Indicator</th>
              <th scope="col" className="numeric">
                Value
              </th>
              <th scope="col" className="numeric">
                Target
              </th>
              <th scope="col">RAG</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {statuses.map((status) => (
              <tr key={status.indicator.id}>
                <td>{status.indicator.id}</td>
                <th scope="row">{displayName(status.indicator)}</th>
                <td className="numeric">{formatValue(status.value, status.indicator)}</td>
                <td className="numeric">{status.indicator.polarity === 'neutral' ? 'None' : describeTarget(status.indicator, status.threshold)}</td>
                <td>
                  <RagTag rag={status.rag} label={ragLabel(status.indicator.polarity, status.rag, status.value)} />
                </td>
                <td>
                  <DirectionText travel={status.travel} currentValue={status.value} label={changeWord(status)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="pack-summary">
        <MonthSummaryLists summary={summary} columnClassName="pack-summary-column" />
      </div>
      <h3>Officers’ commentary</h3>
      {commentary ? <Commentary text={commentary} /> : <p>No commentary was given for {formatMonthLong(month)}.</p>}
      {children}
    </section>
  );
}
