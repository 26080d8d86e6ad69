// The build-time plugin: plain-ESM validator code and the virtual modules it serves.
import { describe, expect, it } from 'vitest';
import { atlasData, esmOnly, VIRTUAL } from '../../../src/build/vite-plugin-atlas';

/** Calls the plugin's resolveId and load hooks as Vite would, for one virtual module. */
function loadVirtual(name: string): string {
  const plugin = atlasData({ schemaPath: 'data/atlas.schema.json' });
  const context = { addWatchFile: () => undefined };
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as unknown as (this: typeof context, id: string) => string | undefined;
  const id = resolveId(name);
  if (!id) throw new Error(`${name} did not resolve`);
  return load.call(context, id) ?? '';
}

describe('esmOnly', () => {
  it('esmOnly(code) turns Ajv runtime require() calls into imports', () => {
    const code = 'const func2 = require("ajv/dist/runtime/ucs2length").default;func2("x");';
    const out = esmOnly(code);
    expect(out).toContain('import func2_module from "ajv/dist/runtime/ucs2length.js";');
    expect(out).toContain('const func2 = func2_module.default ?? func2_module;');
    expect(out).not.toContain('require(');
  });

  it('esmOnly(code) refuses code with a require() it cannot turn into an import', () => {
    expect(() => esmOnly('const x = require("fs");')).toThrow(/require\(\) left/);
  });
});

describe('atlasData', () => {
  it('serves the dataset validator as ESM without require() or eval', () => {
    const code = loadVirtual(VIRTUAL.validator);
    expect(code).toMatch(/export default/);
    expect(code).not.toMatch(/\brequire\(|\beval\(|new Function/);
  });

  it('serves the country registry as a JSON module', () => {
    const code = loadVirtual(VIRTUAL.countries);
    expect(code.startsWith('export default JSON.parse(')).toBe(true);
    const json = JSON.parse(
      code.slice('export default JSON.parse('.length, -');'.length),
    ) as string;
    const registry = JSON.parse(json) as { code: string }[];
    expect(registry.map((c) => c.code)).toContain('SAU');
  });

  it('leaves other module ids alone', () => {
    const plugin = atlasData({ schemaPath: 'data/atlas.schema.json' });
    expect((plugin.resolveId as (id: string) => unknown)('./main.ts')).toBeUndefined();
  });
});
