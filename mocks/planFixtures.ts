// The fixture folder with the plan's own fields added (shared/data-contract.md, "The plan's own
// fields"), for tests of the pages that show them. fixtures.ts stays as it was: a folder without
// these fields, which must render exactly as before.
import { indicators, snapshots, fixtureFiles } from './fixtures';
import type { Indicator, Snapshot } from '../src/domain/schema';

export const planIndicators: Indicator[] = indicators.map((indicator): Indicator => {
  switch (indicator.id) {
    case 'CP5':
      return {
        ...indicator,
        owner: 'Head of Service, Child Protection',
        targets: [
          { from: '2018-01', target: 60, amber: 50 },
          { from: '2018-03', target: 85, amber: 75, reason: 'Year two of the plan', approvedBy: 'Improvement Board', approved: '2018-02-20' },
        ],
        // Planned: 40 in Jan, 60 in Mar (50 in Feb on the line), 80 from May on.
        trajectory: [{ month: '2018-01', value: 40 }, { month: '2018-03', value: 60 }, { month: '2018-05', value: 80 }],
        spc: { recalculateFrom: [{ month: '2018-03', reason: 'Daily conference slots' }] },
      };
    case 'WF1':
      return { ...indicator, owner: 'Head of Workforce', aggregate: 'latest', trajectory: [{ month: '2018-01', value: 40 }, { month: '2018-05', value: 20 }] };
    case 'SUP1':
      return { ...indicator, owner: 'Principal Social Worker' };
    default:
      return indicator;
  }
});

export const planSnapshots: Snapshot[] = snapshots.map((snapshot): Snapshot => {
  if (snapshot.month !== '2018-05') return snapshot;
  return {
    ...snapshot,
    values: {
      ...snapshot.values,
      CP5: { value: 86, numerator: 43, denominator: 50, quality: 'good' },
      WF1: {
        value: 30,
        quality: 'caution',
        note: 'Agency starters not yet on the HR system',
        narrative: { whatItShows: 'Vacancies rose again', why: 'Six leavers in the assessment service', whatWeAreDoing: 'A second recruitment campaign in June', owner: 'Head of Workforce' },
      },
      SUP1: {
        value: 48,
        quality: 'poor',
        narrative: { whatItShows: 'Supervision recorded in time is far below target', why: 'Supervision is held but not recorded on the case system', whatWeAreDoing: 'A new supervision form', owner: 'Principal Social Worker' },
      },
    },
    workstreams: {
      practice: {
        rag: 'green',
        actionPlan: [
          { id: 'PR-01', action: 'Daily conference slots with the police', owner: 'Head of Service, Child Protection', due: '2018-03-31', status: 'complete', completed: '2018-03-20', indicators: ['CP5'] },
          { id: 'PR-04', action: 'Recruit 20 permanent social workers', owner: 'Head of Workforce', due: '2018-03-31', revisedDue: '2018-04-30', status: 'at-risk', indicators: ['WF1'], note: 'Second campaign in June' },
          { id: 'PR-05', action: 'New supervision form on the case system', owner: 'Principal Social Worker', due: '2018-06-30', status: 'on-track', indicators: ['SUP1'] },
          { id: 'PR-06', action: 'Family group conferencing for children in need', owner: 'Head of Early Help', due: '2018-04-30', status: 'deferred' },
        ],
      },
    },
    questions: [{ indicator: 'SUP1', text: 'When will supervision be recorded reliably?' }],
  };
});

export function planFixtureFiles(): Map<string, string | Uint8Array> {
  return fixtureFiles({
    'indicators.json': JSON.stringify({ indicators: planIndicators }),
    ...Object.fromEntries(planSnapshots.map((snapshot) => [`snapshots/${snapshot.month}.json`, JSON.stringify(snapshot, null, 2)])),
  });
}
