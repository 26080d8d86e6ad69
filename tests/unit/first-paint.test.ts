// The entry's wait for the first contentful paint, with a fake clock and a fake PerformanceObserver.
import { describe, expect, it } from 'vitest';
import {
  afterFirstContentfulPaint,
  FIRST_PAINT_CAP_MS,
  type PaintClock,
} from '../../src/first-paint';

interface Fake {
  clock: PaintClock;
  /** Runs the timers due by `ms` (in order), as the event loop would. */
  advance(ms: number): void;
  frame(): void;
  paint(name: string): void;
  observed: string[];
  disconnected: () => boolean;
}

function fakeClock(options: { paintTiming: boolean; hidden?: boolean }): Fake {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const frames: FrameRequestCallback[] = [];
  let callback: ((list: { getEntries(): { name: string }[] }) => void) | null = null;
  let disconnected = false;
  const observed: string[] = [];
  class FakeObserver {
    static supportedEntryTypes = options.paintTiming ? ['paint', 'longtask'] : ['longtask'];
    constructor(cb: typeof callback) {
      callback = cb;
    }
    observe(init: { type: string; buffered: boolean }) {
      observed.push(`${init.type}${init.buffered ? ' buffered' : ''}`);
    }
    disconnect() {
      disconnected = true;
    }
  }
  const clock: PaintClock = {
    PerformanceObserver: FakeObserver as unknown as typeof PerformanceObserver,
    requestAnimationFrame: (cb) => frames.push(cb),
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id),
    document: { visibilityState: options.hidden ? 'hidden' : 'visible' },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...timers.entries()]
        .filter(([, t]) => t.at <= until)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = until;
  };
  return {
    clock,
    advance,
    frame: () => frames.splice(0).forEach((cb) => cb(now)),
    paint: (name) => callback?.({ getEntries: () => [{ name }] }),
    observed,
    disconnected: () => disconnected,
  };
}

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
}

describe('afterFirstContentfulPaint', () => {
  it('waits for the first-contentful-paint entry, not for first-paint, and stops observing', async () => {
    const fake = fakeClock({ paintTiming: true });
    const wait = afterFirstContentfulPaint(fake.clock);
    expect(fake.observed).toEqual(['paint buffered']);
    fake.frame();
    fake.advance(500);
    fake.paint('first-paint');
    expect(await settled(wait)).toBe(false);
    fake.paint('first-contentful-paint');
    expect(await settled(wait)).toBe(true);
    expect(fake.disconnected()).toBe(true);
  });

  it('boots anyway when no contentful paint comes', async () => {
    const fake = fakeClock({ paintTiming: true });
    const wait = afterFirstContentfulPaint(fake.clock);
    fake.advance(FIRST_PAINT_CAP_MS - 1);
    expect(await settled(wait)).toBe(false);
    fake.advance(1);
    expect(await settled(wait)).toBe(true);
  });

  it('without Paint Timing, resolves in the task after the first animation frame', async () => {
    const fake = fakeClock({ paintTiming: false });
    const wait = afterFirstContentfulPaint(fake.clock);
    expect(fake.observed).toEqual([]);
    fake.advance(50);
    expect(await settled(wait)).toBe(false);
    fake.frame();
    fake.advance(0);
    expect(await settled(wait)).toBe(true);
  });

  it('in a hidden tab, which paints nothing, resolves after 100 ms', async () => {
    const fake = fakeClock({ paintTiming: true, hidden: true });
    const wait = afterFirstContentfulPaint(fake.clock);
    fake.advance(99);
    expect(await settled(wait)).toBe(false);
    fake.advance(1);
    expect(await settled(wait)).toBe(true);
    expect(fake.observed).toEqual([]);
  });
});
