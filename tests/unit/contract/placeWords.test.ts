import { describe, expect, it } from 'vitest';
import { indicatorLabel, placeInWords, type PlaceNames } from '../../../src/domain/contract/placeWords';
import { checkDataset } from '../../../src/domain/contract/dataset';
import { describeProblem, formatProblem } from '../../../src/domain/contract/problems';
import { readDataFile } from '../../../src/domain/contract/readFile';

const names: PlaceNames = {
  indicators: new Map([['CP5', 'ICPC timeliness (CP5)']]),
  workstreams: new Map([['practice', 'Practice']]),
};
const APRIL = 'snapshots/2019-04.json';
const snapshot = {
  month: '2019-04',
  values: { CP5: { value: 88 } },
  workstreams: { practice: { rag: 'green', actionPlan: [{ id: 'PR-04', action: 'Recruit' }] } },
  surveys: [{ id: 't', name: 'Temperature check' }],
};
const place = (path: (string | number)[], file = APRIL, json: unknown = snapshot) => placeInWords(file, path, json, names);

describe('indicatorLabel', () => {
  it('is the short name and the id, or the name when there is no short one', () => {
    expect(indicatorLabel({ id: 'CP5', name: 'Initial child protection conferences…', shortName: 'ICPC timeliness' })).toBe('ICPC timeliness (CP5)');
    expect(indicatorLabel({ id: 'WF1', name: 'Agency social workers' })).toBe('Agency social workers (WF1)');
  });
});

describe('placeInWords in a month’s file', () => {
  it('a figure is the indicator in the month', () => {
    expect(place(['values', 'CP5', 'value'])).toBe('ICPC timeliness (CP5) in April 2019');
    expect(place(['values', 'CP5'])).toBe('ICPC timeliness (CP5) in April 2019');
  });
  it('its parts by name', () => {
    expect(place(['values', 'CP5', 'numerator'])).toBe('the numerator of ICPC timeliness (CP5) in April 2019');
    expect(place(['values', 'CP5', 'breakdown', 'Assessment'])).toBe('the Assessment figure of ICPC timeliness (CP5) in April 2019');
    expect(place(['values', 'CP5', 'narrative', 'why'])).toBe('"why" in the narrative of ICPC timeliness (CP5) in April 2019');
  });
  it('an id the catalogue does not have is quoted as written', () => {
    expect(place(['values', 'cp5'])).toBe('"cp5" in April 2019');
  });
  it('a key the contract does not know: the indicator it is in (the message names the key)', () => {
    expect(place(['values', 'CP5', 'valeu'])).toBe('ICPC timeliness (CP5) in April 2019');
  });
  it('workstreams, actions and surveys by name', () => {
    expect(place(['workstreams', 'practice', 'rag'])).toBe("the RAG of the Practice workstream's report for April 2019");
    expect(place(['workstreams', 'practice', 'actionPlan', 0, 'due'])).toBe("the due date of action 1 (PR-04) of the Practice workstream's report for April 2019");
    expect(place(['surveys', 0, 'completed'])).toBe('the number completed of the survey "Temperature check" in April 2019');
  });
  it('the month from the file’s name, or from inside it when the name is not a month', () => {
    expect(place(['commentary'])).toBe('the commentary for April 2019');
    expect(place(['values'], 'snapshots/april.json')).toBe('the figures of April 2019');
  });
  it('nothing for the file as a whole', () => expect(place([])).toBeUndefined());
});

describe('placeInWords in the catalogue and the other files', () => {
  const catalogue = { indicators: [{ id: 'CP5', name: 'ICPCs in 15 days', shortName: 'ICPC timeliness', targets: [{ from: '2018-04', target: 0.85 }], benchmarks: [{ label: 'England', period: '2016-17', value: 77 }] }] };
  it('a target by its month, a benchmark by its label and period', () => {
    expect(place(['indicators', 0, 'targets', 0, 'target'], 'indicators.json', catalogue)).toBe('the target from April 2018 of ICPC timeliness (CP5)');
    expect(place(['indicators', 0, 'targets', 0, 'amber'], 'indicators.json', catalogue)).toBe('the amber threshold of the target from April 2018 of ICPC timeliness (CP5)');
    expect(place(['indicators', 0, 'benchmarks', 0], 'indicators.json', catalogue)).toBe('the England 2016-17 benchmark of ICPC timeliness (CP5)');
    expect(place(['indicators', 0, 'unit'], 'indicators.json', catalogue)).toBe('the unit of ICPC timeliness (CP5)');
  });
  it('an indicator without an id yet is counted', () => {
    expect(place(['indicators', 2, 'id'], 'indicators.json', { indicators: [{}, {}, {}] })).toBe('indicator 3 of the catalogue');
  });
  it('workstreams and events by their names', () => {
    expect(place(['workstreams', 0, 'sro'], 'workstreams.json', { workstreams: [{ id: 'practice', name: 'Practice' }] })).toBe('the senior responsible owner of the Practice workstream');
    expect(place(['events', 0, 'end'], 'events.json', { events: [{ label: 'Ofsted visit' }] })).toBe('the end date of the event "Ofsted visit"');
  });
});

describe('through checkDataset: what an officer reads', () => {
  it('names the place in words; the JSON path stays on the problem for machines', () => {
    const files = [
      readDataFile('site.json', JSON.stringify({ organisation: 'E', title: 'D', board: 'B' })),
      readDataFile('indicators.json', JSON.stringify({ indicators: [{ id: 'CP5', name: 'ICPCs', shortName: 'ICPC timeliness', area: 'CP', unit: 'percent', polarity: 'up' }] })),
      readDataFile('workstreams.json', JSON.stringify({ workstreams: [{ id: 'practice', name: 'Practice', sro: 'D' }] })),
      readDataFile(APRIL, JSON.stringify({ month: '2019-04', values: { CP5: { value: 150 } } }, null, 2)),
    ];
    const [problem] = checkDataset(files, { today: new Date(2019, 5, 1) }).problems.filter((p) => p.code === 'percent-out-of-range');
    expect(problem).toMatchObject({ path: ['values', 'CP5', 'value'], place: 'ICPC timeliness (CP5) in April 2019' });
    expect(describeProblem(problem!)).toBe('CP5 is a percentage outside 0 to 100 (ICPC timeliness (CP5) in April 2019): expected a percentage from 0 to 100 (not a fraction), found 150');
    expect(formatProblem(problem!, 'data')).toMatch(/^data\/snapshots\/2019-04\.json:5:7: error: /);
    expect(formatProblem(problem!, 'data')).not.toContain('$.');
  });
});
