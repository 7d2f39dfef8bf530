// The page's one script. A page drawn at publication is already readable: let the browser paint
// it before any of the app's code is fetched or run (the code would otherwise run first, and the
// figures wait for it), then fetch the page's own chunks and the app together, and start the
// app, which hydrates it. Tables that scroll sideways at this width get their cue first, so
// nothing moves when the app arrives. The empty shell, and a drawn page that is not the one
// the address asks for, start at once.
import { drawnPageAnswers, PRERENDER_MARKS, readPrerenderedPage } from './app/prerendered';
import { preloadModules } from './app/preloadModules';
import { siteBasename } from './routing/sitePaths';
import { whenPainted } from './app/whenPainted';
import { markScrollingTables } from './components/tableScrollMarks';
import './app/styles.css';
import './app/forcedColors.css';

const startApp = () => import('./app/start').then(({ start }) => start());
const root = document.getElementById('root');
if (root?.hasChildNodes() && drawnPageAnswers(readPrerenderedPage(root), location, siteBasename())) {
  markScrollingTables(root);
  whenPainted(() => {
    preloadModules(root.getAttribute(PRERENDER_MARKS.modules));
    void startApp();
  });
} else {
  // A page drawn for another address (a month asked for, an old #/ link): its figures are not
  // the ones asked for, so they go before they can be painted; the app draws the right ones.
  root?.replaceChildren();
  void startApp();
}
