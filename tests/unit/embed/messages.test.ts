// Unit tests of the postMessage API: parsing commands, their actions, events and the share snippets.
import countryList from 'virtual:atlas/countries';
import { describe, expect, it } from 'vitest';
import { indexCountries } from '../../../src/data/countries';
import {
  commandActions,
  envelope,
  parseCommand,
  preferredHeight,
  type CommandContext,
} from '../../../src/embed/messages';
import { isOrigin, parseUrl } from '../../../src/embed/url-params';
import { shareSnippets } from '../../../src/ui/share-dialog';
import { loadModel } from '../../fixtures/default-model';

function context(): CommandContext {
  const registry = indexCountries(countryList);
  return {
    isCountry: (code) => registry.has(code),
    steps: 18,
    timeRange: { start: '2024-03-20', end: '2025-03-20' },
  };
}

const message = (fields: Record<string, unknown>) => ({
  source: 'corridor-atlas',
  v: 1,
  ...fields,
});

describe('parseCommand', () => {
  it.each([
    [
      { type: 'selectCountry', country: 'sau' },
      { type: 'selectCountry', country: 'SAU' },
    ],
    [{ type: 'clearSelection' }, { type: 'clearSelection' }],
    [
      { type: 'goToStep', step: 5 },
      { type: 'goToStep', step: 5 },
    ],
    [
      { type: 'setLanguage', lang: 'fa' },
      { type: 'setLanguage', lang: 'fa' },
    ],
    [
      { type: 'setView', lon: 45, lat: 24, zoom: 4 },
      { type: 'setView', lon: 45, lat: 24, zoom: 4 },
    ],
    [{ type: 'play' }, { type: 'play' }],
    [{ type: 'pause', extra: 1 }, { type: 'pause' }],
    [
      { type: 'setTime', date: '2025-01-25' },
      { type: 'setTime', date: '2025-01-25' },
    ],
  ])('parseCommand reads %j', (fields, command) => {
    expect(parseCommand(message(fields), context())).toEqual({ kind: 'command', command });
  });

  it.each([
    [{ type: 'selectCountry' }, 'selectCountry needs country'],
    [{ type: 'selectCountry', country: 'XXX' }, 'selectCountry needs country'],
    [{ type: 'goToStep', step: 0 }, 'from 1 to 18'],
    [{ type: 'goToStep', step: 2.5 }, 'whole number'],
    [{ type: 'setLanguage', lang: 'de' }, '"fa" or "en"'],
    [{ type: 'setView', lon: 200, lat: 0, zoom: 3 }, 'setView needs lon'],
    [{ type: 'setTime', date: '2025-02-30' }, 'setTime needs date'],
    [{ type: 'fly' }, 'unknown message type "fly"'],
    [{ type: 'selectCountry', country: 'SAU', v: 2 }, 'unsupported message version 2'],
  ])('parseCommand reports %j as an error', (fields, words) => {
    const parsed = parseCommand(message(fields), context());
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toContain(words);
  });

  it("parseCommand takes setTime within the dataset's timeline and refuses it without one", () => {
    const other = { ...context(), timeRange: { start: '2019-03-21', end: '2022-03-20' } };
    expect(parseCommand(message({ type: 'setTime', date: '2020-06-01' }), other).kind).toBe(
      'command',
    );
    const outside = parseCommand(message({ type: 'setTime', date: '2025-01-25' }), other);
    expect(outside.kind === 'error' && outside.message).toContain('from 2019-03-21 to 2022-03-20');
    const none = parseCommand(message({ type: 'setTime', date: '2025-01-25' }), {
      ...context(),
      timeRange: null,
    });
    expect(none.kind === 'error' && none.message).toContain('no timeline');
  });

  it('parseCommand ignores what is not ours: other sources, strings, arrays, null', () => {
    for (const data of [{ type: 'selectCountry', country: 'SAU' }, 'selectCountry', [], null, 42]) {
      expect(parseCommand(data, context())).toEqual({ kind: 'ignore' });
    }
  });

  it('parseCommand keeps hostile values out of its sentences but short and inert', () => {
    const hostile = '<img src=x onerror=alert(1)>'.repeat(10);
    const parsed = parseCommand(message({ type: hostile }), context());
    expect(parsed.kind === 'error' && parsed.message.length).toBeLessThan(100);
  });

  it('parseCommand does not throw on objects with a hostile prototype or cycles', () => {
    const cyclic: Record<string, unknown> = { source: 'corridor-atlas', v: 1, type: 'setTime' };
    cyclic.date = cyclic;
    expect(parseCommand(cyclic, context()).kind).toBe('error');
    const proto = JSON.parse(
      '{"source":"corridor-atlas","v":1,"type":"clearSelection","__proto__":{"x":1}}',
    );
    expect(parseCommand(proto, context())).toEqual({
      kind: 'command',
      command: { type: 'clearSelection' },
    });
  });
});

describe('commandActions', () => {
  it('selectCountry frames the country; goToStep enters presenter mode at that step', () => {
    const model = loadModel();
    expect(commandActions({ type: 'selectCountry', country: 'SAU' }, model)).toEqual([
      { type: 'selectCountry', code: 'SAU', focus: true },
    ]);
    const [step] = commandActions({ type: 'goToStep', step: 5 }, model);
    expect(step?.type === 'goToStep' && step.step).toBe(5);
  });

  it('play and pause run the timeline; setView sets a flat camera', () => {
    const model = loadModel();
    expect(commandActions({ type: 'play' }, model)).toEqual([
      { type: 'setPlaying', playing: true },
    ]);
    expect(commandActions({ type: 'setView', lon: 45, lat: 24, zoom: 4 }, model)).toEqual([
      { type: 'setView', view: { longitude: 45, latitude: 24, zoom: 4, bearing: 0, pitch: 0 } },
    ]);
  });
});

describe('events and sizes', () => {
  it('envelope adds source and version', () => {
    expect(envelope({ type: 'stepChanged', step: 3 })).toEqual({
      source: 'corridor-atlas',
      v: 1,
      type: 'stepChanged',
      step: 3,
    });
  });

  it('preferredHeight is landscape on a desk, taller on a phone, within 360–720 px', () => {
    expect(preferredHeight(800)).toBe(496);
    expect(preferredHeight(320)).toBe(360);
    expect(preferredHeight(400)).toBe(440);
    expect(preferredHeight(3000)).toBe(720);
  });
});

describe('origin', () => {
  it('isOrigin accepts exactly scheme://host[:port]', () => {
    expect(isOrigin('https://briefing.example')).toBe(true);
    expect(isOrigin('http://127.0.0.1:5500')).toBe(true);
    expect(isOrigin('https://briefing.example/')).toBe(false);
    expect(isOrigin('https://briefing.example/page')).toBe(false);
    expect(isOrigin('javascript:alert(1)')).toBe(false);
    expect(isOrigin('briefing.example')).toBe(false);
  });

  it('parseUrl reads embed=1 and a valid origin, and warns about a bad one', () => {
    const ctx = { ...context(), isCorridor: () => true };
    expect(parseUrl('?embed=1&origin=https://b.example', ctx).request).toEqual({
      embed: true,
      origin: 'https://b.example',
    });
    expect(parseUrl('?origin=https://b.example/x', ctx).warnings[0]).toContain('parameter origin');
  });
});

describe('shareSnippets', () => {
  it('shareSnippets gives the link without window-private parameters, and embeds of the same view', () => {
    const snippets = shareSnippets(
      'https://atlas.example/app/?lang=fa&country=SAU&view=45,24,4&speaker=1&origin=https://x.example#top',
      'Corridor "Atlas"',
    );
    expect(snippets.link).toBe('https://atlas.example/app/?lang=fa&country=SAU&view=45,24,4');
    expect(snippets.iframe).toContain(
      'src="https://atlas.example/app/?lang=fa&amp;country=SAU&amp;view=45,24,4&amp;embed=1"',
    );
    expect(snippets.iframe).toContain('title="Corridor &quot;Atlas&quot;"');
    expect(snippets.script).toBe(
      '<div data-corridor-atlas data-lang="fa" data-country="SAU" data-view="45,24,4"></div>\n' +
        '<script src="https://atlas.example/app/embed.js" async></script>',
    );
  });
});
