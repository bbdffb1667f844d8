import { preview } from 'astro';
import { repoRoot } from './load-fixture.ts';
import { testBuild } from './builds.ts';

/**
 * Serves the built dist/ with Astro's static preview server on loopback.
 * @returns the origin and a function that stops the server
 */
export async function serveDist(port = 4321): Promise<{ origin: string; stop: () => Promise<void> }> {
  testBuild('site', false);
  const server = await preview({ root: repoRoot, logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
