// The words for a field in the error summary ("CP5 ICPC timeliness: numerator").
import type { Indicator, Workstream } from '../../domain/schema';

const VALUE_WORDS: Record<string, string> = {
  value: 'value',
  numerator: 'numerator',
  denominator: 'denominator',
  note: 'note',
  quality: 'quality',
  whatItShows: 'what it shows',
  why: 'why',
  whatWeAreDoing: 'what we are doing',
  owner: 'owner',
};
const WORKSTREAM_WORDS: Record<string, string> = {
  rag: 'RAG',
  status: 'status',
  highlights: 'highlights',
  risks: 'risks',
  actionsDue: 'actions due',
  actionsCompleted: 'actions completed',
  actionsOverdue: 'actions overdue',
};
export const ACTION_WORDS: Record<string, string> = {
  id: 'Reference',
  action: 'Action',
  owner: 'Owner',
  due: 'Due (YYYY-MM-DD)',
  revisedDue: 'Revised due date (YYYY-MM-DD)',
  status: 'Status',
  completed: 'Completed on (YYYY-MM-DD)',
  indicators: 'Indicators it serves',
  note: 'Note',
};

export function fieldLabel(field: string, indicators: readonly Indicator[], workstreams: readonly Workstream[]): string {
  const [top, id, name, index, sub] = field.split('.');
  if (top === 'month') return 'Month';
  if (top === 'status') return 'Status';
  if (top === 'commentary') return 'Commentary';
  if (top === 'values') {
    const indicator = indicators.find((candidate) => candidate.id === id);
    return `${id} ${indicator?.shortName ?? indicator?.name ?? ''}`.trim() + `: ${VALUE_WORDS[name ?? ''] ?? name}`;
  }
  if (top === 'workstreams') {
    const workstream = workstreams.find((candidate) => candidate.id === id)?.name ?? id;
    if (name === 'actionPlan') return `${workstream}: action ${Number(index) + 1}, ${(ACTION_WORDS[sub ?? ''] ?? sub ?? '').toLowerCase()}`;
    return `${workstream}: ${WORKSTREAM_WORDS[name ?? ''] ?? name}`;
  }
  if (top === 'questions') return `Question ${Number(id) + 1}${name === 'indicator' ? ', indicator' : ''}`;
  return field;
}
