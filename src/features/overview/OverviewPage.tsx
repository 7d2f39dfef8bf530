// The Overview: the month at a glance, laid out from its model (present/pages/overview.ts).
import { useEffect } from 'react';
import { Link } from '../../routing/routing';
import { Commentary } from '../../components/Commentary';
import { ExceptionSummary } from '../../components/ExceptionSummary';
import { MonthPicker } from '../../components/MonthPicker';
import { MonthSummaryLists } from '../../components/MonthSummaryLists';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { OffTrackStories, OverdueActionsList } from '../../components/PlanSummary';
import { RagCounts } from '../../components/RagCounts';
import { RagTag } from '../../components/RagTag';
import { SpcKey } from '../../components/SpcIcons';
import { useOverviewModel } from '../../data/useOverviewModel';
import { IndicatorCard } from './IndicatorCard';

export function OverviewPage() {
  const model = useOverviewModel();
  // "Fully drawn" for npm run bench: the cards and their sparklines are in the document. Set once
  // per page load, after the first render that has a month (and so every card) to show.
  useEffect(() => {
    if (model && model !== 'loading' && performance.getEntriesByName('overview-drawn', 'mark').length === 0) performance.mark('overview-drawn');
  }, [model]);

  if (model === 'loading') return <p className="loading" role="status">Loading the page…</p>;
  if (!model) return <NoData title="Overview" />;
  return (
    <Page title="Overview" month={model.month}>
      <MonthPicker months={model.months} month={model.month} />
      {model.provisional && (
        <p className="notice notice-warning">
          <strong>Provisional figures.</strong> These may change when the month is finalised.
        </p>
      )}
      <p className="at-a-glance" data-testid="at-a-glance">
        <RagCounts words={model.glance} />
      </p>

      <ExceptionSummary exceptions={model.exceptions} />
      {/* The story behind the figures (why, what we are doing) next to the exceptions it explains,
          not under every card: it began 3,471 px down at 1280 px and 6,202 px at 390 (issue 27). */}
      {model.offTrack && <OffTrackStories list={model.offTrack} idPrefix="overview" />}

      <section className="summary-grid" aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="visually-hidden">
          Summary of the month
        </h2>
        <MonthSummaryLists lists={model.summary} columnClassName="summary-column" />
      </section>

      <section aria-labelledby="priority-heading">
        <h2 id="priority-heading">Priority indicators</h2>
        <ul className="card-grid">
          {model.cards.map((card) => (
            <li key={card.id}>
              <IndicatorCard card={card} />
            </li>
          ))}
        </ul>
        <SpcKey />
      </section>

      {model.commentary && (
        <section aria-labelledby="commentary-heading">
          <h2 id="commentary-heading">Commentary</h2>
          <Commentary paragraphs={model.commentary} />
        </section>
      )}

      <section aria-labelledby="workstreams-heading">
        <h2 id="workstreams-heading">Improvement plan workstreams</h2>
        <ul className="workstream-list">
          {model.workstreams.items.map((workstream) => (
            <li key={workstream.id}>
              <span className="workstream-name">{workstream.name}</span>
              <RagTag tag={workstream.tag} />
              {workstream.status && <span className="workstream-status">{workstream.status}</span>}
            </li>
          ))}
        </ul>
        <p>
          <Link to={model.workstreams.link.href}>{model.workstreams.link.text}</Link>
        </p>
      </section>

      {model.overdue && <OverdueActionsList list={model.overdue} idPrefix="overview" />}
    </Page>
  );
}
