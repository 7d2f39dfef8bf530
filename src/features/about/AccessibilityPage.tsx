import { Link } from '../../routing/routing';
import { Page } from '../../components/Page';
import { useReadyDataset } from '../../data/datasetContext';

export function AccessibilityPage() {
  const { dataset } = useReadyDataset();
  const organisation = dataset.site?.organisation ?? 'The council';
  return (
    <Page title="Accessibility statement">
      <p className="lead">
        This statement applies to the Children’s Improvement Dashboard published by {organisation}. We want as many
        people as possible to be able to use it.
      </p>
      <h2>Using this dashboard</h2>
      <p>You should be able to:</p>
      <ul>
        <li>zoom in up to 400% without the text spilling off the screen, and read it on a phone 320 pixels wide;</li>
        <li>get around every page using just a keyboard, with the focus always visible;</li>
        <li>get around using a screen reader: every page has one main heading, landmarks and a skip link;</li>
        <li>read every chart as a sentence and as a table of the same numbers, with proper headings;</li>
        <li>understand every status without seeing colour: RAG is always written as Red, Amber or Green;</li>
        <li>turn off animation: charts do not animate when your device asks for reduced motion;</li>
        <li>download every table as CSV and every chart as SVG or PNG;</li>
        <li>print a month’s meeting pack on A4.</li>
      </ul>
      <h2>Compliance status</h2>
      <p>
        This website is designed to be fully compliant with the{' '}
        <a href="https://www.w3.org/TR/WCAG22/" rel="noreferrer">
          Web Content Accessibility Guidelines version 2.2
        </a>{' '}
        AA standard, as the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
        require.
      </p>
      <h2>How we tested it</h2>
      <p>Every change is tested automatically before it is published:</p>
      <ul>
        <li>
          axe-core checks every page for WCAG 2.0, 2.1 and 2.2 A and AA failures, in every state the tests visit: filters
          applied, a month with a red indicator, the data page showing errors, the SPC chart and the print view;
        </li>
        <li>a test walks the main journey by keyboard alone: choose a month, open an indicator, sort and filter the targets table, open the workstreams and the meeting pack;</li>
        <li>a test checks that nothing needs horizontal scrolling at 320 CSS pixels wide (400% zoom);</li>
        <li>Lighthouse’s accessibility audit is run on the overview, indicator and targets pages;</li>
        <li>text colours have a contrast of at least 4.5:1, and chart lines and points at least 3:1, against their backgrounds.</li>
      </ul>
      <p>
        Automated tests find many but not all problems. The dashboard has not yet been tested by disabled users or with
        every assistive technology; we will add the results here when it has.
      </p>
      <h2>Known limitations</h2>
      <ul>
        <li>
          Charts are images for screen readers: their content is given as a sentence and a table beside each chart, and
          the chart points can be reached with the arrow keys once the chart has focus.
        </li>
        <li>The text of the figures comes from the council’s data files; plain English depends on how officers write it.</li>
      </ul>
      <h2>Feedback and contact</h2>
      <p>
        If you find a problem or need the information in a different format, contact {organisation}’s children’s
        services performance team. If you are not happy with how we respond, contact the Equality Advisory and Support
        Service (EASS).
      </p>
      <p>
        <Link to="/">Back to the overview</Link>
      </p>
    </Page>
  );
}
