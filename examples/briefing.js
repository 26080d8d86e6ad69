// The example briefing page: loads embed.js from the atlas, wires the host controls, logs the map's events.
(function () {
  'use strict';

  /** Where `npm run preview` serves the map; `?atlas=URL` chooses another. */
  const DEFAULT_ATLAS = 'http://127.0.0.1:4173/';
  /** The map's URL parameters this page passes on from its own query string. */
  const FORWARDED = ['lang', 'country', 'corridor', 'view', 'step', 't', 'motion'];
  /** Log entries kept on screen. */
  const LOG_LIMIT = 200;

  const params = new URLSearchParams(window.location.search);
  const container = document.getElementById('atlas-map');
  const status = document.getElementById('map-status');
  const log = document.getElementById('event-log');
  const buttons = Array.from(document.querySelectorAll('#host-controls button[data-command]'));

  /** The atlas's address as a folder URL (with a trailing slash), or null when it is not http(s). */
  function atlasBase(value) {
    let url;
    try {
      url = new URL(value, window.location.href);
    } catch {
      return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url;
  }

  function setStatus(text) {
    status.textContent = text;
  }

  function time() {
    return new Date().toLocaleTimeString('en-GB', { hour12: false });
  }

  /** One line per event, newest first; text only. */
  function record(event) {
    const fields = {};
    for (const [key, value] of Object.entries(event)) {
      if (key !== 'source' && key !== 'v' && key !== 'type') fields[key] = value;
    }
    const item = document.createElement('li');
    item.dataset.type = String(event.type);
    const when = document.createElement('time');
    when.textContent = time();
    const type = document.createElement('strong');
    type.textContent = String(event.type);
    item.append(when, ' ', type);
    if (Object.keys(fields).length > 0) {
      const details = document.createElement('code');
      details.textContent = JSON.stringify(fields);
      item.append(' ', details);
    }
    log.prepend(item);
    while (log.children.length > LOG_LIMIT) log.lastElementChild.remove();
  }

  function connect(atlas) {
    atlas.on('*', (event) => {
      record(event);
      if (event.type === 'ready') setStatus('Map ready.');
    });
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const command = button.dataset.command;
        const arg = button.dataset.arg;
        if (command === 'goToStep') atlas.goToStep(Number(arg));
        else if (command === 'selectCountry' || command === 'setLanguage') atlas[command](arg);
        else atlas[command]();
      });
      button.disabled = false;
    }
  }

  const base = atlasBase(params.get('atlas') || DEFAULT_ATLAS);
  if (!base) {
    setStatus('The ?atlas= parameter must be an http(s) address.');
    return;
  }
  for (const name of FORWARDED) {
    const value = params.get(name);
    if (value !== null) container.dataset[name] = value;
  }
  const script = document.createElement('script');
  script.src = new URL('embed.js', base).href;
  script.async = true;
  script.addEventListener('load', () => {
    if (!window.CorridorAtlas) {
      setStatus(`${script.src} did not define CorridorAtlas.`);
      return;
    }
    // embed.js has already turned the container into the map: this returns that same instance.
    connect(window.CorridorAtlas.embed(container));
  });
  script.addEventListener('error', () => {
    setStatus(`Could not load ${script.src}: is the atlas running there?`);
  });
  document.head.append(script);
})();
