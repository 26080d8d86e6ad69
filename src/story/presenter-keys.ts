// What a key means in presenter mode: the keys presenters' hands and clickers know (pure).

/** A presenter command. `jump` goes to the step typed before Enter. */
export type PresenterCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'digit'; digit: string }
  | { kind: 'jump' }
  | { kind: 'fullscreen' }
  | { kind: 'blackout' }
  | { kind: 'speaker' }
  | { kind: 'exit' };

/** The parts of a keyboard event the mapping reads. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

const KEYS: Record<string, PresenterCommand> = {
  ArrowRight: { kind: 'next' },
  ArrowDown: { kind: 'next' },
  ' ': { kind: 'next' },
  PageDown: { kind: 'next' },
  ArrowLeft: { kind: 'previous' },
  ArrowUp: { kind: 'previous' },
  PageUp: { kind: 'previous' },
  Home: { kind: 'first' },
  End: { kind: 'last' },
  Enter: { kind: 'jump' },
  f: { kind: 'fullscreen' },
  F: { kind: 'fullscreen' },
  b: { kind: 'blackout' },
  B: { kind: 'blackout' },
  // Clickers send "." or "b" for their black-screen button, depending on the make.
  '.': { kind: 'blackout' },
  s: { kind: 'speaker' },
  S: { kind: 'speaker' },
  Escape: { kind: 'exit' },
};

/**
 * The command for a key, or null for keys presenter mode leaves alone (and for any key with Ctrl,
 * Alt or Meta, so browser shortcuts keep working). Arrow keys keep their reading order in Persian too:
 * clickers send →/PageDown for "next" whatever the page's direction.
 *
 * @example
 * presenterCommand({ key: 'PageDown' }); // { kind: 'next' }
 * presenterCommand({ key: '7' }); // { kind: 'digit', digit: '7' }
 */
export function presenterCommand(press: KeyPress): PresenterCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (/^[0-9]$/.test(press.key)) return { kind: 'digit', digit: press.key };
  // Persian keyboards send Persian digits.
  const persian = '۰۱۲۳۴۵۶۷۸۹'.indexOf(press.key);
  if (persian >= 0) return { kind: 'digit', digit: String(persian) };
  return KEYS[press.key] ?? null;
}

/**
 * The step a presenter lands on for a command: next/previous stay inside the story; a typed jump
 * is clamped. Null for commands that do not change the step.
 *
 * @example
 * targetStep({ kind: 'next' }, 3, 17, ''); // 4
 * targetStep({ kind: 'jump' }, 3, 17, '12'); // 12
 */
export function targetStep(
  command: PresenterCommand,
  step: number,
  steps: number,
  typed: string,
): number | null {
  const clamp = (n: number) => Math.min(Math.max(1, n), steps);
  switch (command.kind) {
    case 'next':
      return clamp(step + 1);
    case 'previous':
      return clamp(step - 1);
    case 'first':
      return 1;
    case 'last':
      return steps;
    case 'jump':
      return typed === '' ? null : clamp(Number(typed));
    default:
      return null;
  }
}
