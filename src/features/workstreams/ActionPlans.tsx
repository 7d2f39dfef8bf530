// Each workstream's action plan for the month (shared/data-contract.md, `actionPlan`): action,
// owner, due and revised due, status in words, overdue ones first and marked with the word
// "Overdue" (never colour alone), and links to the indicators each action is meant to move.
// Nothing shows for a month whose reports have no action plan.
import { Link } from '../../routing/routing';
import { actionsOverdueFirst } from '../../domain/board/actions';
import { displayName } from '../../domain/names';
import { formatMonth } from '../../domain/months';
import { actionCounts } from '../../domain/plan';
import type { Indicator, Snapshot, Workstream } from '../../domain/schema';
import { actionStatusWords, dueWords } from '../../domain/present/planWords';
import { TableScroll } from '../../components/TableScroll';

export function ActionPlans({ workstreams, snapshot, indicators }: { workstreams: readonly Workstream[]; snapshot: Snapshot; indicators: readonly Indicator[] }) {
  const withPlans = workstreams.filter((workstream) => snapshot.workstreams?.[workstream.id]?.actionPlan);
  if (withPlans.length === 0) return null;
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  return (
    <section aria-labelledby="action-plans-heading">
      <h2 id="action-plans-heading">Action plans, {formatMonth(snapshot.month)}</h2>
      <p>Overdue actions come first in each plan. An action is overdue when its date (the revised date, if it has one) has passed by the end of the month and it is neither complete nor deferred.</p>
      {withPlans.map((workstream) => {
        const plan = snapshot.workstreams![workstream.id]!.actionPlan!;
        const counts = actionCounts(plan, snapshot.month);
        const caption = `${workstream.name}: action plan, ${formatMonth(snapshot.month)}`;
        return (
          <div key={workstream.id} className="table-block">
            <h3>{workstream.name}</h3>
            <p>
              {plan.length} {plan.length === 1 ? 'action' : 'actions'} in the plan: {counts.due} due by the end of {formatMonth(snapshot.month)}, {counts.completed} of them complete, <strong>{counts.overdue} overdue</strong>.
            </p>
            <TableScroll label={caption}>
              <table className="table action-plan">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">Action</th>
                    <th scope="col">Owner</th>
                    <th scope="col">Due</th>
                    <th scope="col">Status</th>
                    <th scope="col">Indicators</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {actionsOverdueFirst(plan, snapshot.month).map(({ action, overdue }, index) => (
                    <tr key={action.id ?? index} className={overdue ? 'action-overdue' : undefined}>
                      <th scope="row">
                        {overdue && <span className="overdue-word">Overdue</span>}
                        {action.id && <span className="action-id">{action.id}: </span>}
                        {action.action}
                      </th>
                      <td>{action.owner ?? '–'}</td>
                      <td>{dueWords(action)}</td>
                      <td>{actionStatusWords(action.status)}</td>
                      <td>
                        {(action.indicators ?? []).length === 0
                          ? '–'
                          : (action.indicators ?? []).map((id, linkIndex) => {
                              const indicator = byId.get(id);
                              return (
                                <span key={id}>
                                  {linkIndex > 0 && ', '}
                                  <Link to={`/indicator/${encodeURIComponent(id)}/?month=${snapshot.month}`}>{indicator ? displayName(indicator) : id}</Link>
                                </span>
                              );
                            })}
                      </td>
                      <td>{action.note ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        );
      })}
    </section>
  );
}
