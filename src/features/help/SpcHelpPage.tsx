import { Link } from '../../routing/routing';
import { Page } from '../../components/Page';
import { SpcKey } from '../../components/SpcIcons';

export function SpcHelpPage() {
  return (
    <Page title="How to read these charts">
      <p className="lead">A short guide for board members to the statistical process control (SPC) charts and icons.</p>
      <h2>Why not just compare with last month?</h2>
      <p>
        Every figure goes up and down a little from month to month for no particular reason. Reacting to every wobble
        wastes a meeting. NHS England’s <em>Making Data Count</em> guidance asks boards to “plot the dots” instead: to
        look at every month together and ask whether anything has really changed.
      </p>
      <h2>What the chart shows</h2>
      <ul>
        <li>
          <strong>The dots</strong> are each month’s figure. A month with no figure is left out, never counted as zero.
        </li>
        <li>
          <strong>The solid line</strong> is the mean (average) of the months.
        </li>
        <li>
          <strong>The dashed lines</strong> are the process limits: the mean plus and minus 2.66 times the average
          month-to-month change. Almost every month of a steady process falls between them.
        </li>
        <li>
          <strong>The dotted red line</strong> is the target.
        </li>
      </ul>
      <h2>When something has really changed</h2>
      <p>A month is marked as special cause (something has changed) when any of these happens:</p>
      <ol>
        <li>a point is outside a process limit;</li>
        <li>seven or more points in a row each go up, or each go down;</li>
        <li>two of three points in a row are close to a limit (in the outer third), on the same side;</li>
        <li>seven or more points in a row are on the same side of the mean.</li>
      </ol>
      <p>
        Special cause points are blue (diamond) when the change is an improvement and orange (triangle) when it is a
        concern. Grey dots are common cause: ordinary variation, nothing to react to.
      </p>
      <h2>Will we meet the target?</h2>
      <p>
        If the target is outside the process limits on the good side, the process will meet it month after month. If it
        is outside on the bad side, it will keep missing it until the process itself changes: working harder at the
        same process will not get there. If the target is between the limits, it will be hit and missed at random.
      </p>
      <h2>When the process has changed</h2>
      <p>
        Process limits describe the process they were calculated from. When the latest month is part of a run (seven in a
        row above or below the mean, or seven in a row rising or falling), the process has changed since then, and the
        limits no longer say whether the target will be met. Instead of an assurance icon the dashboard then says
        “Process changed”, and each card says in words where the process now runs against the target: “Since May 2018
        the figure has averaged 80.2%: below the 85% target”, or, while it is still rising or falling, where it has
        got to. The SPC view offers the limits recalculated from the month the run began (“Show limits recalculated
        from May 2018”); once the board accepts them, officers set that month as <code>spc.recalculateFrom</code> in{' '}
        <code>indicators.json</code>, and every page reads the SPC from them.
      </p>
      <h2>Is this month’s change real?</h2>
      <p>
        A card says “Improved” or “Worsened”, with an arrow and a colour, only when the SPC signals the move: the latest
        month is special cause on the side it moved to. Any other move is “No significant change”, with the two figures,
        in plain text: most month-to-month moves are common cause, and reading them as change leads to reacting to noise.
        Before there are 12 months for the SPC, a card says only which way the figure went, and that it is too soon to
        judge.
      </p>
      <h2>Be careful with few points</h2>
      <p>
        Limits calculated from fewer than 12 months are trial limits: they move with every new month. So the dashboard
        shows neither icon until the limits rest on 12 months, and says “too few months” instead; 15 or more are better.
        This follows NHSRplotthedots, the NHS’s reference implementation, which warns below 12 points.
      </p>
      <p>
        <Link to="/help/glossary/">Glossary of the terms used on the dashboard</Link>
      </p>
      <SpcKey />
      <p>
        <Link to="/">Back to the overview</Link>
      </p>
    </Page>
  );
}
