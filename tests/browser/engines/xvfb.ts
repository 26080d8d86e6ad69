// A virtual X display for the engines that need one to draw WebGL here (headless Firefox has none).
import { spawn, type ChildProcess } from 'node:child_process';

/** A running Xvfb: its `DISPLAY` value and how to stop it. */
export interface VirtualDisplay {
  display: string;
  stop(): void;
}

/**
 * Starts `Xvfb` (from Debian's `xvfb`, as `xvfb-run -a` would) on the first free display number and
 * waits until it accepts clients. Each engine gets its own, so nothing depends on the caller's `DISPLAY`.
 *
 * @example
 * const screen = await startXvfb();
 * spawn('/usr/bin/WebKitWebDriver', [], { env: { ...process.env, DISPLAY: screen.display } });
 * screen.stop();
 */
export async function startXvfb(): Promise<VirtualDisplay> {
  const child: ChildProcess = spawn(
    process.env.XVFB_PATH ?? 'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.once('error', (error) =>
      reject(new Error(`Xvfb did not start (apt-get install xvfb): ${error.message}`)),
    );
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr}`)));
  });
  return {
    display,
    stop: () => {
      child.kill();
    },
  };
}
