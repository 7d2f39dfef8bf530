// Survey answers in the order of their scale, agree first (a Likert scale reads from one end to
// the other, never alphabetically), and statement labels wrapped onto lines, never cut short.

const SCALE = [
  'strongly agree',
  'agree',
  'somewhat agree',
  'slightly agree',
  'neither agree nor disagree',
  'neutral',
  'slightly disagree',
  'somewhat disagree',
  'disagree',
  'strongly disagree',
  "don't know",
  'don’t know',
  'not applicable',
];

/** The answers in scale order; answers not on the scale keep their order, after it. */
export function orderAnswers(answers: readonly string[]): string[] {
  const rank = (answer: string) => {
    const index = SCALE.indexOf(answer.trim().toLowerCase());
    return index === -1 ? SCALE.length : index;
  };
  return answers.map((answer, index) => ({ answer, index })).sort((a, b) => rank(a.answer) - rank(b.answer) || a.index - b.index).map((entry) => entry.answer);
}

/** Where an answer sits on the scale: for its colour (agree blue, disagree red). */
export function answerSide(answer: string): 'agree' | 'neutral' | 'disagree' | 'other' {
  const text = answer.trim().toLowerCase();
  if (/neither|neutral/.test(text)) return 'neutral';
  if (/disagree/.test(text)) return 'disagree';
  if (/agree/.test(text)) return 'agree';
  return 'other';
}

/** Words onto lines of at most `width` characters; a longer word gets a line to itself, whole. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
