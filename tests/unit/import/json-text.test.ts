// Unit tests of JSON as text: syntax errors with line and column, pointers, feature spans, repeated keys.
import { describe, expect, it } from 'vitest';
import {
  duplicateKeys,
  featureSpans,
  findJsonSyntaxError,
  LineIndex,
  offsetsOf,
  pointerAt,
} from '../../../src/data/import/json-text';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it('findJsonSyntaxError agrees with JSON.parse on what is valid', () => {
    const texts = [
      '{}',
      '[]',
      '0',
      '-0.5e+3',
      '"a\\u00e9\\n"',
      ' {"a": [1, true, null, {"b": "c"}]} ',
      '{"a":1,}',
      '[1,]',
      '[1 2]',
      '{"a" 1}',
      '{a:1}',
      "{'a':1}",
      '01',
      '1.',
      '.5',
      '1e',
      '+1',
      'NaN',
      '-Infinity',
      'tru',
      '"a\tb"',
      '"\\x"',
      '"\\u12"',
      '{"a":1}}',
      '{"a":1} x',
      '',
      '[',
      '{"a":',
      '/* c */ {}',
      '{"a":1} // c',
    ];
    for (const text of texts) {
      expect(findJsonSyntaxError(text) === null, JSON.stringify(text)).toBe(parses(text));
    }
  });

  it('findJsonSyntaxError names the kind of error and where it is', () => {
    expect(findJsonSyntaxError('{"a": 1,}')).toEqual({
      offset: 8,
      code: 'json.trailing-comma',
      found: '}',
    });
    expect(findJsonSyntaxError('[1, 2')).toEqual({
      offset: 5,
      code: 'json.unexpected-end',
      found: '',
    });
    expect(findJsonSyntaxError('{ // x\n}')?.code).toBe('json.comment');
    expect(findJsonSyntaxError('[01]')).toEqual({
      offset: 1,
      code: 'json.bad-number',
      found: '01]',
    });
    expect(findJsonSyntaxError('[NaN]')?.code).toBe('json.bad-number');
    expect(findJsonSyntaxError('"a\nb"')).toEqual({
      offset: 2,
      code: 'json.bad-string',
      found: '\\n',
    });
    expect(findJsonSyntaxError('{} []')).toEqual({
      offset: 3,
      code: 'json.trailing-data',
      found: '[]',
    });
    expect(findJsonSyntaxError("{'a': 1}")).toEqual({
      offset: 1,
      code: 'json.syntax',
      found: "'a': 1}",
    });
  });
});

describe('LineIndex', () => {
  it('LineIndex gives lines and columns from 1, in any order of asking', () => {
    const lines = new LineIndex('ab\ncd\r\nef');
    expect(lines.at(0)).toEqual({ line: 1, column: 1 });
    expect(lines.at(4)).toEqual({ line: 2, column: 2 });
    expect(lines.at(7)).toEqual({ line: 3, column: 1 });
    expect(lines.at(1)).toEqual({ line: 1, column: 2 });
  });
});

describe('pointers', () => {
  it('pointerAt gives the JSON Pointer of the value or member name at an offset', () => {
    const text = '{"a":[1,{"b~/":2}],"c":null}';
    expect(pointerAt(text, 0)).toBe('');
    expect(pointerAt(text, 6)).toBe('/a/0');
    expect(pointerAt(text, 9)).toBe('/a/1/b~0~1');
    expect(pointerAt(text, 15)).toBe('/a/1/b~0~1');
    expect(pointerAt(text, 23)).toBe('/c');
  });

  it('offsetsOf finds where pointers start, in one pass', () => {
    const text = '{"a":[1,{"b":2}],"c":null}';
    expect(offsetsOf(text, ['/a/1/b', '/c', '/a/0', '/missing'])).toEqual(
      new Map([
        ['/a/0', 6],
        ['/a/1/b', 9],
        ['/c', 17],
      ]),
    );
  });

  it('featureSpans finds the text of each feature, whatever the spacing and the members around', () => {
    const text = '{ "name": "x", "features" : [ {"a":[1]} , 5 ,"s" ], "type":"FeatureCollection" }';
    const spans = featureSpans(text);
    expect(spans?.features.map(([s, e]) => text.slice(s, e))).toEqual(['{"a":[1]}', '5', '"s"']);
    expect(text.slice(...(spans?.array ?? [0, 0]))).toBe('[ {"a":[1]} , 5 ,"s" ]');
    expect(featureSpans('{"type":"Feature"}')).toBeNull();
  });

  it('duplicateKeys finds every name repeated within one object, and only those', () => {
    expect(duplicateKeys('{"a":1,"b":{"a":2,"c":3,"c":4},"a":5}')).toEqual([
      { pointer: '/b/c', offset: 24 },
      { pointer: '/a', offset: 31 },
    ]);
    expect(duplicateKeys('[{"a":1},{"a":2}]')).toEqual([]);
  });
});
