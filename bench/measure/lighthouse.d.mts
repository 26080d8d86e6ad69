// Types of lighthouse.mjs, for the TypeScript unit tests that import it (tests/unit/bench/lighthouse.test.ts).
import type { LighthouseRun } from '../stats.mjs';

export const LIGHTHOUSE_AUDITS: Record<string, string>;
export function figuresOf(lhr: unknown): Required<LighthouseRun> & { warnings: string[] };
export function lighthouseRuns(
  pages: Record<string, string>,
  runs: number,
): Promise<Record<string, LighthouseRun[]>>;
