// Unit tests of hostile input: prototype pollution changes nothing, strings stay literal, sizes are capped.
import { describe, expect, it } from 'vitest';
import { MAX_DATASET_BYTES, utf8ByteLength } from '../../../src/data/import/limits';
import { MAX_PROBLEMS } from '../../../src/data/import/problem';
import { collection, corpusText, importWithApp } from './import-helpers';

/** Every own property name and value of Object.prototype, to compare before and after. */
const prototypeSnapshot = () =>
  Object.getOwnPropertyNames(Object.prototype).map((name) => [
    name,
    Object.getOwnPropertyDescriptor(Object.prototype, name)?.value,
  ]);

/** Every object in a value, including nested ones. */
function objectsIn(value: unknown): object[] {
  const found: object[] = [];
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'object' && v !== null) {
      found.push(v);
      stack.push(...Object.values(v));
    }
  }
  return found;
}

describe('hostile data', () => {
  it('__proto__, constructor and prototype keys leave Object.prototype untouched', () => {
    const before = prototypeSnapshot();
    importWithApp(corpusText('bad/hostile-strings.geojson'));
    const atlas = JSON.parse(corpusText('good/minimal.json')) as Record<string, unknown>;
    const text = JSON.stringify(atlas).replace(
      '"id":"riyadh"',
      '"__proto__":{"polluted":"place"},"constructor":{"prototype":{"polluted":1}},"id":"riyadh"',
    );
    const result = importWithApp(text);
    expect(prototypeSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.problems.map((p) => [p.code, p.params.property])).toEqual([
      ['property.unknown', '__proto__'],
      ['property.unknown', 'constructor'],
    ]);
  });

  it('the imported dataset holds only plain objects and arrays, with no __proto__ of their own', () => {
    const { dataset } = importWithApp(corpusText('bad/hostile-strings.geojson'));
    const objects = objectsIn(dataset);
    expect(objects.length).toBeGreaterThan(10);
    for (const object of objects) {
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(object));
      expect(Object.prototype.hasOwnProperty.call(object, '__proto__')).toBe(false);
      expect(Object.prototype.hasOwnProperty.call(object, 'polluted')).toBe(false);
    }
  });

  it('an absent property named like a prototype member is absent, not Object.prototype.constructor', () => {
    const { dataset } = importWithApp(corpusText('bad/hostile-strings.geojson'));
    const corridor = dataset?.corridors.find((c) => c.id === 'constructor');
    expect(typeof corridor?.summary.en).toBe('string');
    expect(corridor?.event).toBe('proto');
  });

  it('markup, template syntax, script URLs and bidi controls in strings stay exactly as written', () => {
    const { dataset } = importWithApp(corpusText('bad/hostile-strings.geojson'));
    const event = dataset?.events.find((e) => e.id === 'proto');
    expect(event?.title).toEqual({
      en: '<img src=x onerror="alert(1)">',
      fa: '\u202eevil\u202c «دیدار»',
    });
    expect(event?.summary.en).toBe('javascript:alert(1)');
    expect(dataset?.places.find((p) => p.id === event?.place)?.name.en).toBe(
      "{{constructor.constructor('alert(1)')()}}",
    );
    expect(dataset?.corridors[0]?.name.en).toBe('</script><script>alert(1)</script>');
  });

  it('a text over the size limit is refused before it is parsed', () => {
    const result = importWithApp(`{"a":"${'x'.repeat(MAX_DATASET_BYTES)}"}`);
    expect(result.kind).toBeNull();
    expect(result.problems).toEqual([
      {
        severity: 'error',
        code: 'file.too-large',
        where: { path: '' },
        params: { bytes: MAX_DATASET_BYTES + 8, limit: MAX_DATASET_BYTES },
      },
    ]);
  });

  it('utf8ByteLength counts bytes as TextEncoder writes them', () => {
    for (const text of ['abc', 'تهران', '😀', '\ud800x', 'é€𝄞']) {
      expect(utf8ByteLength(text), text).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('deep nesting is a problem, not a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(importWithApp(deep).problems[0]?.code).toBe('json.not-object');
    const broken = `{"a":${'['.repeat(100_000)}`;
    expect(importWithApp(broken).problems[0]?.code).toBe('json.unexpected-end');
  });

  it('at most MAX_PROBLEMS problems are listed, then one saying how many more there were', () => {
    const features = Array.from({ length: MAX_PROBLEMS + 20 }, () => ({
      type: 'Feature',
      properties: { country: 'IRN', date: '2025-01-24', kind: 'visit' },
      geometry: { type: 'Point', coordinates: [51.389, 35.689] },
    }));
    const { problems } = importWithApp(collection(...features));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS]).toMatchObject({
      code: 'problems.truncated',
      params: { count: 20 },
    });
  });
});
