// The accessibility statement in the form of GOV.UK's model statement (Public Sector Bodies
// (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018): what a disabled
// reader can do, what does not work yet, how to ask for another format or report a problem, the
// enforcement procedure, the compliance status with the content that fails, criterion by
// criterion, and how and when it was tested, naming the tests that back each claim. Keep it true:
// a claim here is a test in tests/, and a failure fixed is a line taken out.
import { Link } from '../../routing/routing';
import { Page } from '../../components/Page';
import { useReadyDataset } from '../../data/datasetContext';
import { statementContact } from '../../domain/present/accessibilityStatement';

export function AccessibilityPage() {
  const { dataset } = useReadyDataset();
  const { organisation, contact, reply, prepared, reviewed } = statementContact(dataset.site);
  const askUs = contact ? <>contact {organisation}: {contact}.</> : <>contact {organisation}’s children’s services performance team.</>;
  return (
    <Page title="Accessibility statement">
      <p className="lead">This accessibility statement applies to the Children’s Improvement Dashboard: every page of this website, the files it lets you download, and the meeting pack it prints.</p>
      <p>
        This website is run by {organisation}. We want as many people as possible to be able to use it. For example, that means you should be able to:
      </p>
      <ul>
        <li>zoom in up to 400% without the text spilling off the screen, and read every page on a screen 320 pixels wide, the meeting pack included (wide tables scroll on their own, in a box you can reach with the keyboard);</li>
        <li>get around every page using just a keyboard, with the focus always visible;</li>
        <li>use a Windows high-contrast theme or any forced colours: chart lines, words and the edges of points and bars take the theme’s colours;</li>
        <li>read every chart as a sentence and as a table of the same numbers; a chart you reach with the keyboard is named by its heading;</li>
        <li>understand every status without seeing colour: a RAG status is written as Red, Amber or Green, chart points have shapes, lines have dash patterns and survey answers have textures;</li>
        <li>see a month’s figures on a chart by clicking or tapping it, or with the arrow keys, in a box that stays until you press Escape, so you can move the pointer onto it and zoom in to read it;</li>
        <li>download every table as CSV and every chart as SVG or PNG;</li>
        <li>print a month’s meeting pack on A4 and save it as a tagged PDF, with its headings and tables marked for screen readers.</li>
      </ul>
      <p>
        <a href="https://mcmw.abilitynet.org.uk/" rel="noreferrer">AbilityNet</a> has advice on making your device easier to use if you have a disability.
      </p>

      <h2>How accessible this website is</h2>
      <p>We know some parts of this website are not fully accessible:</p>
      <ul>
        <li>in a high-contrast theme the coloured edge of each indicator’s card and the colours of the RAG tags are not shown; the status is still written in words.</li>
      </ul>

      <h2>Feedback and contact information</h2>
      <p>
        If you need information on this website in a different format, such as large print, easy read, a spreadsheet or a document your screen reader reads well, {askUs}
        {reply && <> {reply}</>}
      </p>
      <p>Every table on the dashboard can also be downloaded as a CSV file, which opens in a spreadsheet or a screen reader’s own table view.</p>

      <h2>Reporting accessibility problems with this website</h2>
      <p>
        We are always looking to improve the accessibility of this website. If you find any problems not listed on this page or think we are not meeting accessibility requirements, {askUs}
      </p>

      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the
        ‘accessibility regulations’). If you are not happy with how we respond to your complaint,{' '}
        <a href="https://www.equalityadvisoryservice.com/" rel="noreferrer">contact the Equality Advisory and Support Service (EASS)</a>.
      </p>

      <h2>Technical information about this website’s accessibility</h2>
      <p>{organisation} is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.</p>
      <h3>Compliance status</h3>
      <p>
        This website is partially compliant with the <a href="https://www.w3.org/TR/WCAG22/" rel="noreferrer">Web Content Accessibility Guidelines version 2.2</a> AA standard. We
        know of no content that fails it, but it has been tested only by the automated tests named below and by reading Chromium’s accessibility tree: not audited by a specialist, and
        not tried by people who use screen readers or other assistive technology. Until it has been, we do not claim that it is fully compliant.
      </p>

      <h2>Non-accessible content</h2>
      <h3>Non-compliance with the accessibility regulations</h3>
      <p>We know of no content that fails the WCAG 2.2 AA success criteria. If you find any, {askUs}</p>
      <h3>Disproportionate burden</h3>
      <p>We are not claiming that any fix would be a disproportionate burden.</p>
      <h3>Content that’s not within the scope of the accessibility regulations</h3>
      <p>
        The words in the commentary, stories and actions are written by the council’s officers in their monthly files, and are shown as they wrote them. A PDF of the meeting pack made by a
        printer other than Chrome’s or Edge’s “Save as PDF” (for example “Microsoft Print to PDF”) has no tags: the pack says how to make a tagged one.
      </p>

      <h2>What we’re doing to improve accessibility</h2>
      <p>
        We plan to have the dashboard audited and to test it with disabled people and with screen readers (JAWS, NVDA and VoiceOver), which has not been done yet. We will add
        what we find to this page.
      </p>

      <h2>Preparation of this accessibility statement</h2>
      <p>
        {prepared} {reviewed}
      </p>
      <p>
        The dashboard is tested automatically, in a real Chromium browser, every time its code changes, on every page it has and on the meeting pack on screen and as printed. These are the
        tests, in the dashboard’s code, that back each claim on this page:
      </p>
      <ul>
        <li>
          <code>tests/e2e/accessibility.e2e.ts</code>: axe-core finds no failure of WCAG 2.0, 2.1 or 2.2 at A or AA on any page, in every state the tests visit (a month with red indicators,
          filters applied, the Data page showing errors, the SPC view, the print view and the meeting pack).
        </li>
        <li>
          <code>tests/e2e/beyondAxe.e2e.ts</code>: what axe cannot see. In an emulated dark high-contrast theme, chart lines, axis text and the current page and chart view stand out from the
          background; every chart you can reach with the keyboard has a name; no page, the meeting pack included, scrolls sideways at 320 pixels; the focused key’s summary and the survey key’s
          words have a contrast of 4.5:1 or more, and a focused chart is ringed, not filled; survey answers differ by texture; the two charts’ download buttons on the Surveys page have
          different names; the Data page’s file table scrolls in a labelled box you can reach with the keyboard; the check’s result is announced in a status message that is there from the
          start; and the printed pack, saved as a tagged PDF, starts with its first-level heading.
        </li>
        <li>
          <code>tests/e2e/accessibleNames.e2e.ts</code>: on every page as first published, once its script has run, the name a screen reader gives each heading, link, cell and control
          has the spaces its text has (“Targets Mar 2019”, not “TargetsMar 2019”).
        </li>
        <li>
          <code>tests/e2e/keyboard.e2e.ts</code>: the board’s journey by keyboard alone: choose a month, open an indicator, sort and filter the targets, open the workstreams and the meeting
          pack.
        </li>
        <li>
          <code>tests/unit/contrast.test.ts</code>: every text colour has a contrast of at least 4.5:1 and every chart line, point and edge at least 3:1 against its background, and no colour is
          written outside the two files it checks.
        </li>
        <li>
          <code>tests/e2e/meetingPack.e2e.ts</code>: the meeting pack printed to A4 by Chromium: its pages, text and links.
        </li>
      </ul>
      <p>
        Automated tests find many but not all problems. The screen-reader claims were checked by reading Chromium’s accessibility tree, not with a screen reader by a person who uses one.
      </p>
      <p>
        <Link to="/">Back to the overview</Link>
      </p>
    </Page>
  );
}
