// Survey answers told apart by texture as well as colour (WCAG 1.4.1): on a greyscale print or
// to a reader who does not see the blues and reds apart, six answers of a diverging scale are
// six near-identical greys (1.06:1 between two of them). Each answer's fill is its colour with
// its own white mark over it (none, stripes one way, dots, bars, stripes the other way, a
// cross-hatch...), defined once in the chart's SVG and used by the bars and by the key.
import { INK, WHITE } from './palette';

const SIZE = 8;

/** The marks (SVG path data, drawn white) in the order answers take them: the first answer solid. */
const MARKS: readonly (string | null)[] = [
  null,
  `M-2,2L2,-2M0,${SIZE}L${SIZE},0M${SIZE - 2},${SIZE + 2}L${SIZE + 2},${SIZE - 2}`,
  'M3.5,3.5h1v1h-1z',
  `M0,${SIZE / 2}H${SIZE}`,
  `M-2,${SIZE - 2}L2,${SIZE + 2}M0,0L${SIZE},${SIZE}M${SIZE - 2},-2L${SIZE + 2},2`,
  `M0,${SIZE / 2}H${SIZE}M${SIZE / 2},0V${SIZE}`,
  `M${SIZE / 2},0V${SIZE}`,
  `M0,0L${SIZE},${SIZE}M${SIZE},0L0,${SIZE}`,
];

/** A fill for url(): ids from React's useId, stripped to what a URL fragment takes plainly. */
export function answerFill(prefix: string, index: number): string {
  return `url(#${answerPatternId(prefix, index)})`;
}

function answerPatternId(prefix: string, index: number): string {
  return `answer-${prefix.replace(/[^a-zA-Z0-9]/g, '')}-${index}`;
}

/** The patterns, one per answer colour: put inside the chart's SVG (and so in its downloads). */
export function AnswerPatternDefs({ prefix, colours }: { prefix: string; colours: readonly string[] }) {
  return (
    <defs>
      {colours.map((colour, index) => (
        <pattern key={index} id={answerPatternId(prefix, index)} patternUnits="userSpaceOnUse" width={SIZE} height={SIZE}>
          <rect width={SIZE} height={SIZE} fill={colour} />
          {MARKS[index % MARKS.length] && <path d={MARKS[index % MARKS.length]!} fill={WHITE} stroke={WHITE} strokeWidth={2} />}
        </pattern>
      ))}
    </defs>
  );
}

/** The key to the answers in HTML, each with a swatch of its fill, in black text (4.5:1). */
export function AnswerKey({ prefix, answers }: { prefix: string; answers: readonly string[] }) {
  return (
    <ul className="line-key-list answer-key">
      {answers.map((answer, index) => (
        <li key={answer}>
          <svg className="answer-swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="27" height="15" fill={answerFill(prefix, index)} stroke={INK} />
          </svg>
          {answer}
        </li>
      ))}
    </ul>
  );
}
