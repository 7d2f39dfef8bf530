// The help page "Build a month from Annex A" in words: every measure with its rule, the columns it
// reads and its source, and what to do with each kind of problem. From the counting's own tables
// (src/domain/records/measureNeeds.ts), so the help says what the code reads.
import { LIST_COLUMNS, LIST_NAMES, MEASURE_NEEDS, listsNeeded } from '../records/measureNeeds';
import { STAFF } from '../records/columns';
import { ANNEX_A_MEASURE_IDS, type AnnexAMeasureId } from '../schema';
import { ANNEX_A_MEASURE_WORDS } from './annexAWords';
import { tableOf, textCell, type TableModel } from './table';

/** The columns a measure reads, list by list: "List 5 (Section 47 enquiries and ICPCs): Strategy discussion …". */
export function measureColumns(measure: AnnexAMeasureId): string[] {
  const lines = listsNeeded(measure).map((list) => {
    const headers = LIST_COLUMNS[list] as Record<string, string>;
    const keys = (MEASURE_NEEDS[measure] as Record<number, readonly string[]>)[list]!;
    return `List ${list} (${LIST_NAMES[list]}): ${keys.map((key) => headers[key]).join('; ')}; Allocated Team for the teams`;
  });
  return measure === 'caseload' ? [...lines, `The staff list: ${Object.values(STAFF).join('; ')}`] : lines;
}

export function helpMeasuresTable(): TableModel {
  return tableOf(
    {
      caption: 'What is counted, from which columns',
      columns: [
        { key: 'measure', label: 'Measure', rowHeader: true, cell: (id) => textCell(`${ANNEX_A_MEASURE_WORDS[id].name} (${id})`) },
        { key: 'rule', label: 'Rule', cell: (id) => textCell(ANNEX_A_MEASURE_WORDS[id].rule) },
        // A list a line.
        { key: 'columns', label: 'Columns read', cell: (id) => textCell(measureColumns(id).join('; '), { items: measureColumns(id) }) },
        { key: 'source', label: 'Source', cell: (id) => textCell(ANNEX_A_MEASURE_WORDS[id].source) },
      ],
      key: (id) => id,
    },
    ANNEX_A_MEASURE_IDS,
  );
}

/** Each kind of problem the counting names, and what the officer does about it. */
export const PROBLEM_ADVICE: readonly { problem: string; whatToDo: string }[] = [
  { problem: 'A date that cannot be read (03/15/2021, 31/09/2022, 15.03.21)', whatToDo: 'Correct it in the case system: dates are day/month/year, YYYY-MM-DD or Excel dates.' },
  { problem: 'A date that is needed but empty (a contact, a referral, the start of an assessment, plan or episode, a strategy discussion)', whatToDo: 'Record it in the case system.' },
  { problem: 'A blank number of earlier referrals or previous plans', whatToDo: 'Record 0 for a first referral or a first plan.' },
  { problem: 'An event before its start (an assessment authorised before it started, a conference before its strategy discussion)', whatToDo: 'One of the two dates is wrong: correct it.' },
  { problem: 'A visit after the month’s end', whatToDo: 'The extract was taken after the month ended, so it cannot say whether the child was visited in time: take the extract on the month’s last day, or accept that these children are left out of the visit figure.' },
  { problem: 'Two open plans or episodes for one child', whatToDo: 'Close the old one in the case system; the one that started last is counted meanwhile.' },
  { problem: 'A record with no child ID', whatToDo: 'Children are counted once by their ID: give it one.' },
  { problem: 'A yes or no that is neither (“Unknown”, “Declined”)', whatToDo: 'Record yes or no.' },
  { problem: 'A worker not in the staff list, a worker listed twice, an FTE that is not over 0 and at most 1', whatToDo: 'Correct the staff list: their children are left out of the caseload until then.' },
  { problem: 'A list or a column missing', whatToDo: 'The measures that need it are not counted; the others are. Add the list, or rename the column as the message suggests.' },
];

export function problemAdviceTable(): TableModel {
  return tableOf(
    {
      caption: 'Each kind of problem, and what to do',
      columns: [
        { key: 'problem', label: 'Problem', rowHeader: true, cell: (advice) => textCell(advice.problem) },
        { key: 'whatToDo', label: 'What to do', cell: (advice) => textCell(advice.whatToDo) },
      ],
      key: (advice) => advice.problem,
    },
    PROBLEM_ADVICE,
  );
}
