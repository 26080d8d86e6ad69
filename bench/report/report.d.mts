// Types of report.mjs's import section, for the TypeScript unit tests that import it.

/** One file's medians in the import case. */
export interface ImportFigures {
  runs: number;
  failed: number;
  errors: string[];
  importMs: number | null;
  longTaskCount: number | null;
  longTaskMaxMs: number | null;
  blockingMs: number | null;
  timerLagMaxMs: number | null;
  inputDelayMaxMs: number | null;
  keyRoundTripMaxMs: number | null;
  keyRoundTripMedianMs: number | null;
}

export function importSection(results: {
  import: {
    file: { bytes: number; lines: number; parts: number; points: number };
    defaultStartupMs: number | null;
    cables: ImportFigures;
    default: ImportFigures;
  } | null;
}): string[];
