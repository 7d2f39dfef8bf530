// The plan's own fields on the Indicator page: the owner, the quality beside the figure, the
// trajectory and the year to date among the key facts, the month's narrative under the board's
// three questions, and the log of target changes. Each shows only when its field is given, so a
// folder without them shows the page as before.
import { formatValue } from '../../domain/format';
import { formatIsoDate, formatMonth } from '../../domain/months';
import type { IndicatorPlan } from '../../domain/board/indicatorPlan';
import { hasTargetRecord, targetChanges } from '../../domain/board/targetChanges';
import type { Indicator } from '../../domain/schema';
import { approvalWords, narrativeParts, QUALITY_WORDS, trajectoryWords, yearToDateWords } from '../../domain/present/planWords';
import { TableScroll } from '../../components/TableScroll';

/** "Quality: Use with caution", beside the figure; nothing when the file gives no quality. */
export function QualityNote({ plan }: { plan: IndicatorPlan }) {
  if (!plan.quality) return null;
  return <span className={`quality-tag quality-${plan.quality}`}>Quality: {QUALITY_WORDS[plan.quality]}</span>;
}

/** Owner, trajectory and year to date as key facts (dt/dd pairs inside the page's list). */
export function PlanFacts({ indicator, plan, month, planInUse }: { indicator: Indicator; plan: IndicatorPlan; month: string; planInUse: boolean }) {
  const ytd = plan.yearToDate && yearToDateWords(plan.yearToDate, indicator);
  return (
    <>
      {plan.owner && (
        <div>
          <dt>Owner</dt>
          <dd>{plan.owner}</dd>
        </div>
      )}
      {plan.trajectory && (
        <div>
          <dt>Trajectory in {formatMonth(month)}</dt>
          <dd>
            Planned {formatValue(plan.trajectory.planned, indicator)}: <strong>{trajectoryWords(plan.trajectory)}</strong>
          </dd>
        </div>
      )}
      {ytd && planInUse && (
        <div>
          <dt>Year to date</dt>
          <dd>
            <strong>{ytd.value}</strong>. {ytd.period}: {ytd.span}. {ytd.how}
          </dd>
        </div>
      )}
    </>
  );
}

/** The month's narrative under its three headings, with its owner. */
export function NarrativeSection({ plan, month }: { plan: IndicatorPlan; month: string }) {
  const parts = narrativeParts(plan.narrative);
  if (parts.length === 0 && !plan.narrative?.owner) return null;
  return (
    <section className="narrative" aria-labelledby="narrative-heading">
      <h2 id="narrative-heading">The story behind the figure, {formatMonth(month)}</h2>
      {parts.map((part) => (
        <div key={part.key}>
          <h3>{part.heading}</h3>
          <p>{part.text}</p>
        </div>
      ))}
      {plan.narrative?.owner && <p className="narrative-owner">Owner: {plan.narrative.owner}</p>}
    </section>
  );
}

/** The log of target changes: from, target, reason, approved by, date. */
export function TargetChangesSection({ indicator }: { indicator: Indicator }) {
  if (!hasTargetRecord(indicator)) return null;
  const changes = targetChanges(indicator);
  const caption = `${indicator.shortName ?? indicator.name}: target changes`;
  return (
    <section aria-labelledby="target-changes-heading">
      <h2 id="target-changes-heading">Target changes</h2>
      <TableScroll label={caption}>
        <table className="table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col" className="numeric">
                Target
              </th>
              <th scope="col">Replaced</th>
              <th scope="col">Reason</th>
              <th scope="col">Approved by</th>
              <th scope="col">Date approved</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.from}>
                <th scope="row">{formatMonth(change.from)}</th>
                <td className="numeric">
                  {formatValue(change.target, indicator)}
                  {change.amber !== undefined && ` (amber ${formatValue(change.amber, indicator)})`}
                </td>
                <td>{change.previous === undefined ? 'First target' : formatValue(change.previous, indicator)}</td>
                <td>{change.reason ?? 'Not recorded'}</td>
                <td>{change.approvedBy ?? approvalWords({})}</td>
                <td>{change.approved ? formatIsoDate(change.approved) : 'Not recorded'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
