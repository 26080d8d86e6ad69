// Serves the production build on 127.0.0.1 for the browser tests, as users get it.
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('No production build in dist/: run `npm run build` first (npm test does).');
  }
  server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4310, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  project.provide('baseUrl', url);
}

export async function teardown() {
  await server?.close();
}
