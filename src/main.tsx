// The page's one script. A page drawn at publication is already readable: let the browser paint
// it before any of the app's code is fetched or run (the code would otherwise run first, and the
// figures wait for it), then start the app, which hydrates it. The empty shell starts at once.
import { whenPainted } from './app/whenPainted';
import './app/styles.css';

const startApp = () => import('./app/start').then(({ start }) => start());
const root = document.getElementById('root');
if (root?.hasChildNodes()) whenPainted(() => void startApp());
else void startApp();
