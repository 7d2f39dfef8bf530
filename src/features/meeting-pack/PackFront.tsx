// The first pages of the pack: the cover (who, what, which month, the meeting and agenda item, the
// author and contact, when the figures were produced, and the contents with page numbers) and
// the month's summary in sentences.
import { Commentary } from '../../components/Commentary';
import { MonthSummaryLists } from '../../components/MonthSummaryLists';
import { RagCounts } from '../../components/RagCounts';
import type { MeetingPackModel } from '../../domain/present/pages/meetingPack';
import type { PackPlacement } from '../../domain/present/packPlacement';
import { PackLink } from './PackLink';
import { PackSection, type PartProps } from './PackSection';
import { PackContext, PackTerms } from './PackText';
import { useContext } from 'react';

export function CoverSection({ cover, contents, numbered, ...part }: PartProps & { cover: MeetingPackModel['cover']; contents: PackPlacement['contents']; numbered: boolean }) {
  const { href } = useContext(PackContext);
  return (
    <PackSection id="cover" labelledBy="pack-title" {...part} className="pack-cover">
      <p className="pack-organisation">{cover.organisation}</p>
      {cover.board && <p className="pack-board">{cover.board}</p>}
      {cover.meeting && <p className="pack-meeting">{cover.meeting}</p>}
      <h1 id="pack-title" className="pack-title">
        {cover.title}
      </h1>
      <dl className="pack-cover-facts">
        {cover.facts.map((fact) => (
          <div key={fact.term}>
            <dt>{fact.term}</dt>
            <dd data-testid={fact.testId}>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {cover.sample && (
        <p className="notice notice-sample pack-sample">
          <strong>Sample data.</strong> {cover.sample}
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

export function SummarySection({ summary, ...part }: PartProps & { summary: MeetingPackModel['summary'] }) {
  return (
    <PackSection id="summary" labelledBy="pack-summary-heading" {...part}>
      <h2 id="pack-summary-heading" tabIndex={-1}>
        {summary.heading}
      </h2>
      <p className="at-a-glance">
        <RagCounts words={summary.counts} />
      </p>
      <div className="pack-summary">
        <MonthSummaryLists lists={summary.lists} columnClassName="pack-summary-column" terms={(segments) => <PackTerms segments={segments} />} />
      </div>
      <h3>{summary.commentaryHeading}</h3>
      {summary.noCommentary ? <p>{summary.commentary[0]}</p> : <Commentary paragraphs={summary.commentary} />}
    </PackSection>
  );
}
