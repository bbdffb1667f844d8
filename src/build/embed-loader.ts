import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** One released loader: its address below the site's base and the hash a partner pins it by. */
export interface ReleasedLoader {
  version: number;
  /** e.g. embed/v1/embed.js */
  path: string;
  /** Subresource Integrity, e.g. sha384-…; the snippet's integrity="…". */
  integrity: string;
}

/**
 * Every released loader, oldest first: public/embed/v{n}/embed.js, kept byte for byte once
 * released (Astro copies public/ into the build), because partners pin each by its hash.
 * The newest is the one /embed/ offers; tests/build/embed-loader.test.ts fails when
 * src/embed/loader.ts no longer builds to it, until the change is released as the next version.
 * @example releasedLoaders().at(-1) // { version: 1, path: 'embed/v1/embed.js', integrity: 'sha384-…' }
 */
export function releasedLoaders(root = process.cwd()): ReleasedLoader[] {
  return readdirSync(`${root}/public/embed/`)
    .flatMap((name) => {
      const version = /^v(\d+)$/.exec(name)?.[1];
      const path = `embed/${name}/embed.js`;
      if (!version || !existsSync(`${root}/public/${path}`)) return [];
      const integrity = `sha384-${createHash('sha384').update(readFileSync(`${root}/public/${path}`)).digest('base64')}`;
      return [{ version: Number(version), path, integrity }];
    })
    .sort((a, b) => a.version - b.version);
}
