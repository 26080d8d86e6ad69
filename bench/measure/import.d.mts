// Types of import.mjs, for the TypeScript unit tests that import it (tests/unit/bench/import-case.test.ts).

export function generatedCableMap(options?: {
  lines?: number;
  targetBytes?: number;
  seed?: number;
}): string;
