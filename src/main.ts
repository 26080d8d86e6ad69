// The entry: the poster's styles and fonts, then, once the poster is on screen, the rest of the app.
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './styles.css';
import './print.css';
import { afterFirstContentfulPaint } from './first-paint';

// This file is all the script the first paint waits for: the boot code (the dataset, the URL
// reading), the country shapes, MapLibre and deck.gl are asked for only once the poster has been
// painted, so a slow phone's network gives the first paint the HTML, the styles and the fonts
// alone (issue 15; README "Performance").
document.documentElement.dataset.status = 'loading';

afterFirstContentfulPaint(window)
  .then(() => import('./boot'))
  .then(({ start }) => start())
  .catch((error: unknown) => {
    // The boot code itself did not arrive (a dropped connection): the poster stays, and says so.
    console.error(error);
    document.documentElement.dataset.status = 'error';
    const notice = document.createElement('p');
    notice.className = 'fatal';
    notice.setAttribute('role', 'alert');
    notice.textContent =
      document.documentElement.lang === 'fa'
        ? 'کد نقشه بارگیری نشد. صفحه را دوباره باز کنید.'
        : 'The map’s code could not be loaded. Reload the page to try again.';
    document.getElementById('app')?.append(notice);
  });
