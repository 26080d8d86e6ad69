// Tests of `npm run validate`: the report, and exit codes 0 (warnings only), 1 (errors) and 2 (usage).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the command as `npm run validate -- …` does. */
function validate(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe('validate (command line)', { timeout: 60_000 }, () => {
  it('validate prints where, what and fix of each problem and a summary, and exits 1 on errors', () => {
    const { status, out } = validate('tests/fixtures/corpus/bad/unknown-country.geojson');
    expect(status).toBe(1);
    expect(out).toContain(
      'Error: Feature 2 · at /features/1/properties/country · line 19, column 9',
    );
    expect(out).toContain('  “XXX” is not a known country code.');
    expect(out).toContain('  → Check the code against ISO 3166-1 alpha-3');
    expect(out.trim().split('\n').at(-1)).toBe('Errors: 2, warnings: 1. Items kept: 2 of 4.');
  });

  it('validate --lang fa reports in Persian and exits 0 when there are only warnings', () => {
    const { status, out } = validate(
      'tests/fixtures/corpus/bad/unreadable-optional-property.geojson',
      '--lang',
      'fa',
    );
    expect(status).toBe(0);
    expect(out).toContain(
      'هشدار: عارضهٔ ۱ (شناسهٔ «kept-meeting»)، در /features/0/properties/topics/0',
    );
    expect(out).toContain(
      'ویژگی «topics» معتبر نیست: یک متن، یا شیئی با متن‌های en و fa لازم است.',
    );
    expect(out).not.toMatch(/[\u2066-\u2069]/);
    expect(out.trim().split('\n').at(-1)).toBe('خطا: ۰، هشدار: ۲. موردهای نگه‌داشته: ۱ از ۱.');
  });

  it('validate exits 2 on a usage error', () => {
    const { status, err } = validate('--lang', 'de', 'x.json');
    expect(status).toBe(2);
    expect(err).toContain('Usage: npm run validate -- FILE');
  });
});
