import { distDir } from './dist.ts';
import { startNginx } from './nginx.ts';

/**
 * Serves the built dist/ on loopback as it is published: Debian's nginx with the shipped
 * deploy/nginx.conf (tests/support/nginx.ts), over plain HTTP, which a browser trusts on
 * 127.0.0.1 as a secure context. It starts in milliseconds, where Astro's preview server
 * took a test file one to four seconds to import and start (2026-12-07).
 * @returns the origin and a function that stops the server
 */
export async function serveDist(port = 4321): Promise<{ origin: string; stop: () => Promise<void> }> {
  const { origin, stop } = await startNginx({ port, root: distDir });
  return { origin, stop };
}
