// The first pages of the pack: the cover (who, what, which month, the meeting and agenda item, the
// author and contact, when the figures were produced, and the contents with page numbers) and
// the month's summary in sentences.
import { Commentary } from '../../components/Commentary';
import { MonthSummaryLists } from '../../components/MonthSummaryLists';
import { formatIsoDate, formatIsoTime, formatMonth, formatMonthLong } from '../../domain/months';
import type { Site, Snapshot } from '../../domain/schema';
import type { MonthSummary } from '../../domain/board/summary';
import type { IndicatorStatus } from '../../domain/board/status';
import { PackText } from './PackText';
import { PackLink } from './PackLink';
import { PackSection, type SectionPlacing } from './PackSection';

export interface ContentsEntry {
  /** The id of the section's heading: the contents links to it on screen. */
  target: string;
  reference: string;
  title: string;
  /** The printed page it starts on, once the pack has measured itself (usePackPlan). */
  page?: number;
}

export function CoverSection({ site, snapshot, publication, contents, href, source, reference, placing }: { site: Site | undefined; snapshot: Snapshot; publication: { id: string; published: string; current: boolean }; contents: ContentsEntry[]; href: (id: string) => string; source: string; reference: string; placing: SectionPlacing }) {
  const month = snapshot.month;
  const pack = site?.pack;
  const numbered = contents.some((entry) => entry.page !== undefined);
  return (
    <PackSection id="cover" labelledBy="pack-title" source={source} reference={reference} placing={placing} className="pack-cover">
      <p className="pack-organisation">{site?.organisation ?? 'Council not named'}</p>
      {site?.board && <p className="pack-board">{site.board}</p>}
      {pack?.meeting && <p className="pack-meeting">{pack.meeting}</p>}
      <h1 id="pack-title" className="pack-title">
        Performance report: {formatMonthLong(month)}
      </h1>
      <dl className="pack-cover-facts">
        {pack?.agendaItem && (
          <div>
            <dt>Agenda item</dt>
            <dd>{pack.agendaItem}</dd>
          </div>
        )}
        <div>
          <dt>Month reported</dt>
          <dd>{formatMonthLong(month)}</dd>
        </div>
        <div>
          <dt>Figures produced</dt>
          <dd data-testid="pack-produced">{snapshot.produced ? formatIsoDate(snapshot.produced) : 'Date not given'}</dd>
        </div>
        <div>
          <dt>Publication</dt>
          <dd data-testid="pack-publication">
            {publication.id}, published {formatIsoTime(publication.published)}
            {publication.current ? '' : '. An earlier publication: figures published since may revise these'}
          </dd>
        </div>
        <div>
          <dt>Status of the figures</dt>
          <dd>{snapshot.status === 'provisional' ? 'Provisional: they may change when the month is finalised' : 'Final'}</dd>
        </div>
        {pack?.author && (
          <div>
            <dt>Report author</dt>
            <dd>{pack.author}</dd>
          </div>
        )}
        {pack?.contact && (
          <div>
            <dt>Contact</dt>
            <dd>{pack.contact}</dd>
          </div>
        )}
      </dl>
      {site?.sampleData && (
        <p className="notice notice-sample pack-sample">
          <strong>Sample data.</strong> The figures in this pack are illustrative, except where a source is named.
        </p>
      )}
      <h2 className="pack-contents-heading" id="pack-contents-heading">
        Contents
      </h2>
      <table className="pack-contents" aria-labelledby="pack-contents-heading">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Section</th>
            <th scope="col">Page</th>
          </tr>
        </thead>
        <tbody>
          {contents.map((entry) => (
            <tr key={entry.target}>
              <td className="pack-contents-ref">{entry.reference}</td>
              <td className="pack-contents-title">
                <PackLink to={entry.target} href={href} text={entry.title} />
              </td>
              <td className="pack-contents-page" data-testid={`pack-page-${entry.target}`}>
                {entry.page ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pack-cover-note">
        {numbered ? 'Page numbers are those printed at the foot of each page. ' : ''}Each part carries its reference at the top. The main parts start on a new page; a short part follows the one before
        where it fits whole, and two priority indicators share a page where both fit. RAG (red, amber, green) is given in words as well as colour. Figures are the council’s own monthly figures from its case-management and HR systems; England and other comparators are the Department for Education’s published statistics.
      </p>
    </PackSection>
  );
}

export function SummarySection({ month, priority, summary, commentary, source, reference, placing }: { month: string; priority: readonly IndicatorStatus[]; summary: MonthSummary; commentary: string | undefined; source: string; reference: string; placing: SectionPlacing }) {
  const counts = { red: 0, amber: 0, green: 0 };
  for (const status of priority) if (status.rag) counts[status.rag]++;
  const unrated = priority.length - counts.red - counts.amber - counts.green;
  return (
    <PackSection id="summary" labelledBy="pack-summary-heading" source={source} reference={reference} placing={placing}>
      <h2 id="pack-summary-heading" tabIndex={-1}>
        Summary of {formatMonthLong(month)}
      </h2>
      <p className="at-a-glance">
        Of {priority.length} priority indicators in {formatMonth(month)}: <strong>{counts.green} green</strong>, <strong>{counts.amber} amber</strong>,{' '}
        <strong>{counts.red} red</strong>
        {unrated > 0 && `, ${unrated} with no RAG`}.
      </p>
      <div className="pack-summary">
        <MonthSummaryLists summary={summary} columnClassName="pack-summary-column" renderText={(list, index, text) => <PackText id={`${list}:${index}`} text={text} />} />
      </div>
      <h3>Officers’ commentary</h3>
      {commentary ? <Commentary text={commentary} /> : <p>No commentary was given for {formatMonthLong(month)}.</p>}
    </PackSection>
  );
}
