// Unit tests of the tooltip's text for each kind of hover target, in both languages.
import { describe, expect, it } from 'vitest';
import type { AtlasModel } from '../../../src/data/atlas-model';
import { tooltipLines } from '../../../src/ui/tooltip-text';
import { loadModel } from '../../fixtures/default-model';

function title(model: AtlasModel, eventId: string, lang: 'en' | 'fa'): string {
  const event = model.events.get(eventId);
  if (!event) throw new Error(`no event ${eventId}`);
  return event.title[lang];
}

describe('tooltipLines for a corridor leg', () => {
  it('names the corridor, marked as our name, then the leg with its length in km (iran-saudi: 1,436 km)', () => {
    const model = loadModel();
    const corridor = model.corridors.get('south-west');
    const leg = corridor?.legs.find((l) => l.id === 'iran-saudi');
    expect(
      tooltipLines(
        model,
        { kind: 'corridor', corridorId: 'south-west', legId: 'iran-saudi' },
        'en',
      ),
    ).toEqual([`${corridor?.name.en} (our name)`, `${leg?.name.en} · 1,436 km (schematic)`]);
  });

  it('gives the length of a branch leg alone, not from the origin (africa: 1,145 km)', () => {
    const lines = tooltipLines(
      loadModel(),
      { kind: 'corridor', corridorId: 'south-west', legId: 'africa' },
      'en',
    );
    expect(lines[1]).toContain('· 1,145 km (schematic)');
  });

  it('writes the km in Persian digits and words in fa', () => {
    const model = loadModel();
    const leg = model.corridors.get('south-west')?.legs.find((l) => l.id === 'iran-saudi');
    const lines = tooltipLines(
      model,
      { kind: 'corridor', corridorId: 'south-west', legId: 'iran-saudi' },
      'fa',
    );
    expect(lines[0]).toBe(`${model.corridors.get('south-west')?.name.fa} (نام‌گذاری ما)`);
    expect(lines[1]).toBe(`${leg?.name.fa}، ۱٬۴۳۶ کیلومتر (طرح‌واره)`);
  });

  it('is empty for an unknown corridor', () => {
    expect(
      tooltipLines(loadModel(), { kind: 'corridor', corridorId: 'nope', legId: 'africa' }, 'en'),
    ).toEqual([]);
  });

  it('is empty for a leg id the corridor does not have', () => {
    expect(
      tooltipLines(
        loadModel(),
        { kind: 'corridor', corridorId: 'south-west', legId: 'caucasus' },
        'en',
      ),
    ).toEqual([]);
  });
});

describe('tooltipLines for a meeting place', () => {
  it('marks a leg whose name claims an order the article does not give as ours', () => {
    const lines = tooltipLines(
      loadModel(),
      { kind: 'corridor', corridorId: 'north-east', legId: 'central-asia' },
      'en',
    );
    expect(lines[1]).toMatch(/^Afghanistan → Central Asia \(our name\) · /);
  });

  it('does not mark a place the article names (Tehran)', () => {
    expect(tooltipLines(loadModel(), { kind: 'meeting', placeId: 'tehran' }, 'en')[0]).toBe(
      'Tehran',
    );
  });

  it('marks an inferred venue in Persian too (Havana)', () => {
    expect(tooltipLines(loadModel(), { kind: 'meeting', placeId: 'havana' }, 'fa')[0]).toBe(
      'هاوانا (استنباطی)',
    );
  });

  it("names the place, then counts and lists its meetings' titles (Astana: 1, the Kyrgyz meeting has no place)", () => {
    const model = loadModel();
    expect(tooltipLines(model, { kind: 'meeting', placeId: 'astana' }, 'en')).toEqual([
      'Astana (inferred)',
      `1 meeting: ${title(model, 'kaz', 'en')}`,
    ]);
  });

  it('lists the four meetings held in Tehran, in article order, with Persian commas in fa', () => {
    const model = loadModel();
    const titles = ['arm', 'irq', 'sau', 'kor'].map((id) => title(model, id, 'fa')).join('، ');
    expect(tooltipLines(model, { kind: 'meeting', placeId: 'tehran' }, 'fa')).toEqual([
      'تهران',
      `۴ دیدار: ${titles}`,
    ]);
  });

  it('is empty for a place where no meeting was held (a waypoint)', () => {
    expect(tooltipLines(loadModel(), { kind: 'meeting', placeId: 'kashgar' }, 'en')).toEqual([]);
  });

  it('is empty for an unknown place', () => {
    expect(tooltipLines(loadModel(), { kind: 'meeting', placeId: 'atlantis' }, 'en')).toEqual([]);
  });

  it('shows a hostile title as the same text, unchanged', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const model = loadModel((d) => {
      const event = d.events.find((e) => e.id === 'ven');
      if (event) event.title.en = hostile;
    });
    expect(tooltipLines(model, { kind: 'meeting', placeId: 'caracas' }, 'en')[1]).toContain(
      hostile,
    );
  });

  // Regression test (found by review).
  it('says "1 meeting", in the singular, for a place with one meeting', () => {
    const model = loadModel();
    expect(tooltipLines(model, { kind: 'meeting', placeId: 'caracas' }, 'en')[1]).toBe(
      `1 meeting: ${title(model, 'ven', 'en')}`,
    );
  });
});

describe('tooltipLines for a trip', () => {
  it("gives the trip's title", () => {
    const model = loadModel();
    expect(tooltipLines(model, { kind: 'trip', eventId: 'ven' }, 'en')).toEqual([
      `Trip: ${title(model, 'ven', 'en')}`,
    ]);
  });

  it('is empty for an unknown event', () => {
    expect(tooltipLines(loadModel(), { kind: 'trip', eventId: 'nope' }, 'en')).toEqual([]);
  });
});

describe('tooltipLines for a country', () => {
  it('names a described country, its roles and the click hint (SAU)', () => {
    expect(tooltipLines(loadModel(), { kind: 'country', code: 'SAU' }, 'en')).toEqual([
      'Saudi Arabia',
      'Meeting (counterpart or venue) · Corridor transit',
      'Click for details',
    ]);
  });

  it('names a described country in fa (IRN)', () => {
    expect(tooltipLines(loadModel(), { kind: 'country', code: 'IRN' }, 'fa')).toEqual([
      'ایران',
      'ایران',
      'برای جزئیات کلیک کنید',
    ]);
  });

  it('gives only the name of a country the dataset does not describe (FRA)', () => {
    expect(tooltipLines(loadModel(), { kind: 'country', code: 'FRA' }, 'en')).toEqual(['France']);
  });
});
