// Corridor Atlas embed script: turns <div data-corridor-atlas> into the map in an iframe, and talks to it.
/**
 * Corridor Atlas embed script. Plain JavaScript (ES2019), no dependencies, no build step; safe under a
 * strict Content-Security-Policy (no eval, no inline handlers or styles, no innerHTML).
 *
 * Load it from the atlas site (the folder it is served from is the map's address):
 *
 *     <div data-corridor-atlas data-lang="en" data-country="SAU"></div>
 *     <script src="https://atlas.example.org/embed.js" async></script>
 *
 * Every element with `data-corridor-atlas` becomes a responsive iframe (width 100%, no border, height
 * from `data-height` or 480 px until the map asks for its own). Data attributes become the map's URL
 * parameters: `data-lang` (fa|en), `data-country` (ISO alpha-3), `data-corridor`, `data-view`
 * (LON,LAT,ZOOM[,BEARING,PITCH]), `data-step` (1-based presenter step), `data-t` (YYYY-MM-DD),
 * `data-motion` ("off"), `data-data` (a dataset URL, as `?data=`); `data-title` sets the iframe's title, `data-height` its first height in px.
 *
 * JavaScript API, `window.CorridorAtlas`:
 *
 * - `CorridorAtlas.embed(element, options?)` embeds the map in `element` (or returns the instance
 *   already there) and returns an instance. `options`: `lang`, `country`, `corridor`, `view` (string
 *   or `[lon, lat, zoom]`), `step`, `t`, `motion` (`'off'` or `false`), `height`, `title`, and `base`
 *   (the atlas address; default: the folder this script came from). Options win over data attributes.
 * - An instance has `iframe` and the commands `selectCountry(code)`, `clearSelection()`,
 *   `goToStep(n)`, `setLanguage('fa' | 'en')`, `setView(lon, lat, zoom)`, `play()`, `pause()`,
 *   `setTime('YYYY-MM-DD')`. Commands given before the map is ready wait and are sent on `ready`.
 * - `on(type, fn)` calls `fn(event)` for each event of that type from the map (`'ready'`,
 *   `'countrySelected'`, `'stepChanged'`, `'height'`, `'error'`, or `'*'` for all) and returns the
 *   function that stops it. `on('ready', fn)` after the map is ready calls `fn` once, soon.
 * - `destroy()` removes the iframe and forgets every listener.
 *
 * Events are the map's messages as plain objects, e.g.
 * `{ source: 'corridor-atlas', v: 1, type: 'countrySelected', country: 'SAU' }`.
 *
 * @example
 * const atlas = CorridorAtlas.embed(document.getElementById('map'), { lang: 'en', motion: 'off' });
 * atlas.on('countrySelected', (event) => console.log('selected', event.country));
 * atlas.selectCountry('SAU'); // sent as soon as the map is ready
 */
(function () {
  'use strict';

  if (window.CorridorAtlas && typeof window.CorridorAtlas.embed === 'function') {
    // Loaded twice: the first copy already owns the page's maps.
    return;
  }

  var SOURCE = 'corridor-atlas';
  var VERSION = 1;
  var DEFAULT_HEIGHT = 480;
  var MIN_HEIGHT = 240;
  var MAX_HEIGHT = 2000;
  var DEFAULT_TITLE = 'Corridor Atlas map';
  /** Options that become the map's URL parameters, and the parameter each one sets. */
  var URL_OPTIONS = ['lang', 'country', 'corridor', 'view', 'step', 't', 'motion', 'data'];
  /** Commands kept while the map loads; older ones go first when there are more. */
  var QUEUE_LIMIT = 100;

  /** The folder this script was loaded from: the atlas's address. Read now: currentScript is gone later. */
  var scriptBase = (function () {
    var script = document.currentScript;
    var src = script && script.src;
    if (!src) {
      var scripts = document.getElementsByTagName('script');
      for (var i = scripts.length - 1; i >= 0; i -= 1) {
        if (/\/embed\.js(?:[?#].*)?$/.test(scripts[i].src)) {
          src = scripts[i].src;
          break;
        }
      }
    }
    return src ? new URL('./', src).href : null;
  })();

  /** @type {WeakMap<Element, object>} */
  var instances = new WeakMap();
  /** @type {Array<{ iframe: HTMLIFrameElement, origin: string, receive: (data: object) => void }>} */
  var live = [];

  function isMessage(data) {
    return (
      typeof data === 'object' &&
      data !== null &&
      data.source === SOURCE &&
      data.v === VERSION &&
      typeof data.type === 'string'
    );
  }

  function clampHeight(px) {
    return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, px)));
  }

  function reportLater(error) {
    // A listener's exception must not stop the other listeners; it still reaches the console.
    setTimeout(function () {
      throw error;
    }, 0);
  }

  // One listener for every map on the page: a message counts only when it comes from one of our
  // iframes' windows, from the atlas's origin.
  window.addEventListener('message', function (event) {
    for (var i = 0; i < live.length; i += 1) {
      var entry = live[i];
      if (event.source === entry.iframe.contentWindow && event.origin === entry.origin) {
        if (isMessage(event.data)) entry.receive(event.data);
        return;
      }
    }
  });

  /** Options from the element's data attributes (`data-lang` → `lang`, …). */
  function optionsFromElement(element) {
    var data = element.dataset || {};
    var options = {};
    URL_OPTIONS.concat(['height', 'title', 'base']).forEach(function (name) {
      if (typeof data[name] === 'string' && data[name] !== '') options[name] = data[name];
    });
    return options;
  }

  function paramValue(name, value) {
    if (name === 'view' && Array.isArray(value)) return value.join(',');
    if (name === 'motion' && value === false) return 'off';
    return String(value);
  }

  function mapUrl(base, options) {
    var url = new URL(base);
    url.searchParams.set('embed', '1');
    url.searchParams.set('origin', window.location.origin);
    URL_OPTIONS.forEach(function (name) {
      var value = options[name];
      if (value !== undefined && value !== null && value !== '') {
        url.searchParams.set(name, paramValue(name, value));
      }
    });
    return url.href;
  }

  /**
   * Embeds the map in `element`, or returns the instance already there.
   *
   * @param {Element} element the container; the iframe is appended to it
   * @param {object} [options] see the comment at the top of this file
   */
  function embed(element, options) {
    if (!element || element.nodeType !== 1) {
      throw new TypeError('CorridorAtlas.embed needs an element');
    }
    var existing = instances.get(element);
    if (existing) return existing;

    var settings = Object.assign(optionsFromElement(element), options || {});
    var base = settings.base ? new URL(settings.base, document.baseURI).href : scriptBase;
    if (!base) {
      throw new Error('CorridorAtlas: cannot tell where the atlas is; pass options.base');
    }
    if (window.location.origin === 'null') {
      console.warn(
        'CorridorAtlas: this page has no origin (opened from a file?): the map cannot answer it. Serve it over http(s).',
      );
    }
    var origin = new URL(base).origin;
    var initialHeight = Number(settings.height);
    if (!(initialHeight > 0)) initialHeight = DEFAULT_HEIGHT;

    var iframe = document.createElement('iframe');
    iframe.src = mapUrl(base, settings);
    iframe.title = settings.title || DEFAULT_TITLE;
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('allow', 'fullscreen');
    // CSSOM properties, not a style attribute: a strict style-src allows these.
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = clampHeight(initialHeight) + 'px';

    var ready = false;
    var readyEvent = null;
    var queue = [];
    var listeners = [];

    function send(type, fields) {
      var message = Object.assign({}, fields || {}, { source: SOURCE, v: VERSION, type: type });
      if (!ready) {
        if (queue.length >= QUEUE_LIMIT) queue.shift();
        queue.push(message);
        return;
      }
      if (iframe.contentWindow) iframe.contentWindow.postMessage(message, origin);
    }

    function emit(data) {
      listeners.slice().forEach(function (listener) {
        if (listener.type !== '*' && listener.type !== data.type) return;
        try {
          listener.fn(Object.assign({}, data));
        } catch (error) {
          reportLater(error);
        }
      });
    }

    var entry = {
      iframe: iframe,
      origin: origin,
      receive: function (data) {
        if (data.type === 'height') {
          if (typeof data.px === 'number' && isFinite(data.px)) {
            iframe.style.height = clampHeight(data.px) + 'px';
          }
        } else if (data.type === 'ready') {
          ready = true;
          readyEvent = data;
          var waiting = queue;
          queue = [];
          waiting.forEach(function (message) {
            if (iframe.contentWindow) iframe.contentWindow.postMessage(message, origin);
          });
        }
        emit(data);
      },
    };

    var instance = {
      iframe: iframe,
      selectCountry: function (code) {
        send('selectCountry', { country: typeof code === 'string' ? code.toUpperCase() : code });
      },
      clearSelection: function () {
        send('clearSelection');
      },
      goToStep: function (step) {
        send('goToStep', { step: step });
      },
      setLanguage: function (lang) {
        send('setLanguage', { lang: lang });
      },
      setView: function (lon, lat, zoom) {
        send('setView', { lon: lon, lat: lat, zoom: zoom });
      },
      play: function () {
        send('play');
      },
      pause: function () {
        send('pause');
      },
      setTime: function (date) {
        send('setTime', { date: date });
      },
      on: function (type, fn) {
        if (typeof type !== 'string' || typeof fn !== 'function') {
          throw new TypeError('CorridorAtlas: on(type, fn) needs an event type and a function');
        }
        var listener = { type: type, fn: fn };
        listeners.push(listener);
        if (type === 'ready' && ready) {
          // Registered after the fact: still tell it, but asynchronously, like a real event.
          var event = readyEvent;
          setTimeout(function () {
            if (listeners.indexOf(listener) < 0) return;
            try {
              fn(Object.assign({}, event));
            } catch (error) {
              reportLater(error);
            }
          }, 0);
        }
        return function () {
          var index = listeners.indexOf(listener);
          if (index >= 0) listeners.splice(index, 1);
        };
      },
      destroy: function () {
        var index = live.indexOf(entry);
        if (index >= 0) live.splice(index, 1);
        listeners = [];
        queue = [];
        instances.delete(element);
        if (iframe.parentNode) iframe.parentNode.removeChild(iframe);
      },
    };

    live.push(entry);
    instances.set(element, instance);
    element.appendChild(iframe);
    return instance;
  }

  function embedAll() {
    var elements = document.querySelectorAll('[data-corridor-atlas]');
    for (var i = 0; i < elements.length; i += 1) {
      try {
        embed(elements[i]);
      } catch (error) {
        reportLater(error);
      }
    }
  }

  window.CorridorAtlas = { embed: embed };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', embedAll);
  } else {
    embedAll();
  }
})();
