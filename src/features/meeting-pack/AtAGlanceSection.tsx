// Every indicator on one page: the figure, target, RAG and change in words, England, and (when the
// folder uses the plan's fields) the trajectory and the year to date, as the Targets page has them.
import { DirectionText } from '../../components/DirectionText';
import { RagTag } from '../../components/RagTag';
import { TableScroll } from '../../components/TableScroll';
import type { IndicatorStatus } from '../../domain/board/status';
import { displayName } from '../../domain/names';
import { formatValue } from '../../domain/format';
import { formatMonth } from '../../domain/months';
import { changeWord } from '../../domain/present/changeWords';
import { trajectoryWords, yearToDateParts } from '../../domain/present/planWords';
import { ragLabel } from '../../domain/present/words';
import { PackSection, type SectionPlacing } from './PackSection';
import { PackText } from './PackText';

export const GLANCE_HEADING = 'pack-glance-heading';

export function AtAGlanceSection({ month, statuses, planInUse, source, reference, placing }: { month: string; statuses: readonly IndicatorStatus[]; planInUse: boolean; source: string; reference: string; placing: SectionPlacing }) {
  const counts = { red: 0, amber: 0, green: 0 };
  for (const status of statuses) if (status.rag) counts[status.rag]++;
  const unrated = statuses.length - counts.red - counts.amber - counts.green;
  const caption = `Every indicator at a glance, ${formatMonth(month)}`;
  return (
    <PackSection id="glance" labelledBy={GLANCE_HEADING} source={source} reference={reference} placing={placing}>
      <h2 id={GLANCE_HEADING} tabIndex={-1}>
        At a glance: every indicator
      </h2>
      <p className="at-a-glance">
        Of {statuses.length} indicators in {formatMonth(month)}: <strong>{counts.green} green</strong>, <strong>{counts.amber} amber</strong>, <strong>{counts.red} red</strong>
        {unrated > 0 && `, ${unrated} with no RAG`}. Priority indicators are marked ★ and have a page of their own.
      </p>
      <TableScroll label={caption} className="pack-table-scroll pack-glance-scroll">
        <table className="table pack-table pack-glance-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-indicator">
                Indicator
              </th>
              <th scope="col" className="numeric col-value" data-key-column="">
                Value
              </th>
              <th scope="col" className="col-rag" data-key-column="">
                RAG
              </th>
              <th scope="col" className="numeric col-target">
                Target
              </th>
              <th scope="col" className="col-change">
                Change
              </th>
              <th scope="col" className="pack-glance-figure col-england">
                England
              </th>
              {planInUse && (
                <th scope="col" className="col-trajectory">
                  Trajectory
                </th>
              )}
              {planInUse && (
                <th scope="col" className="pack-glance-figure col-ytd">
                  Year to date
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {statuses.map((status) => {
              const { indicator } = status;
              return (
                <tr key={indicator.id}>
                  <th scope="row">
                    <span className="pack-glance-ref">
                      {indicator.id}
                      {indicator.priority && (
                        <>
                          <span aria-hidden="true"> ★</span>
                          <span className="visually-hidden">, priority</span>
                        </>
                      )}
                    </span>{' '}
                    <PackText id={`glance:${indicator.id}`} text={displayName(indicator)} />
                  </th>
                  <td className="numeric">{formatValue(status.value, indicator)}</td>
                  <td>
                    <RagTag rag={status.rag} label={ragLabel(indicator.polarity, status.rag, status.value)} />
                  </td>
                  <td className="numeric">{status.threshold ? formatValue(status.threshold.target, indicator) : indicator.polarity === 'neutral' ? 'None' : '–'}</td>
                  <td>
                    <DirectionText travel={status.travel} currentValue={status.value} label={changeWord(status)} />
                  </td>
                  <td className="pack-glance-figure">
                    {status.england ? (
                      <>
                        {formatValue(status.england.value, indicator)} <span className="pack-glance-detail">({status.england.period})</span>
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                  {planInUse && <td>{trajectoryWords(status.plan.trajectory)}</td>}
                  {planInUse && <YearToDateCell status={status} />}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </PackSection>
  );
}

function YearToDateCell({ status }: { status: IndicatorStatus }) {
  const { value, detail } = yearToDateParts(status.plan.yearToDate, status.indicator);
  return (
    <td className="pack-glance-figure">
      {value}
      {detail && <span className="pack-glance-detail"> ({detail})</span>}
    </td>
  );
}
