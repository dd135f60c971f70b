/**
 * `astro dev` in a project copy, for tests of the preview: on a port the system
 * hands out, so copies of the project tested side by side never collide.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { astroBin, cleanEnv } from './projectCopy.ts';

/** A port no other process listens on, from the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface DevServer {
  /** The server's address, ending in `/`. */
  url: string;
  /** Everything the server printed so far. */
  log: () => string;
  stop: () => void;
}

/** Starts `astro dev` in `dir` and waits until `probe` (a path under the server) answers. */
export async function startDev(dir: string, probe: string): Promise<DevServer> {
  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: dir,
      env: cleanEnv(),
      // Astro's dev server stops when its standard input closes, so keep it open.
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let log = '';
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 60; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ok = await fetch(new URL(probe, url))
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return { url, log: () => log, stop: () => server.kill() };
  }
  server.kill();
  throw new Error(`astro dev did not answer ${probe}:\n${log}`);
}
