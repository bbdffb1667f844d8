import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { repoRoot } from './load-fixture.ts';
import { loopbackCertificate } from './certificate.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
/** Debian's libnginx-mod-http-brotli-static (scripts/system-deps.sh installs it): with it, the .br copies are served. */
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/**
 * Debian's nginx serving `root` with the shipped deploy/nginx.conf, on
 * 127.0.0.1. Only `listen`, the certificate, `root` and `$base` are changed,
 * the way the file's own comments tell a webmaster to (and a test of a shared
 * host may add another application's `locations`).
 *
 * With `tlsPort`, both servers run as shipped: the one that sends plain HTTP to
 * HTTPS on `port`, and the site over TLS on `tlsPort` with a certificate made for
 * 127.0.0.1 (`certificate`, for the client to trust). Without it the site's own
 * server answers plain HTTP on `port` and there is no redirect: the browser tests
 * use that, since a browser trusts http://127.0.0.1 as a secure context (the
 * service worker runs) but not a certificate it has never seen.
 *
 * Its brotli_static line is uncommented, as the file tells a webmaster with the module to do.
 */
export async function startNginx(options: {
  port: number;
  tlsPort?: number;
  root: string;
  base?: string;
  /** More locations for the site's server: another application on the same host, in a test of a shared host. */
  locations?: string;
}): Promise<{ origin: string; secureOrigin: string | null; certificate: string; stop: () => Promise<void> }> {
  if (!NGINX) throw new Error('nginx is missing: npm test installs it (scripts/system-deps.sh), or apt-get install nginx');
  if (!existsSync(BROTLI_STATIC)) throw new Error('nginx\'s brotli_static module is missing: npm test installs it, or apt-get install libnginx-mod-http-brotli-static');
  const prefix = `${repoRoot}.tmp/nginx-${options.port}/`;
  mkdirSync(`${prefix}logs`, { recursive: true });
  // nginx loads the certificate even when nothing listens with TLS.
  const { cert, key } = loopbackCertificate(`${prefix}tls/`);
  let site = edit(readFileSync(`${repoRoot}deploy/nginx.conf`, 'utf8'), [
    ['ssl_certificate /etc/ssl/12345/fullchain.pem;', `ssl_certificate ${cert};`],
    ['ssl_certificate_key /etc/ssl/12345/privkey.pem;', `ssl_certificate_key ${key};`],
    ['root /var/www/12345;', `root ${options.root};`],
    ['set $base /;', `set $base ${options.base ?? '/'};`],
    ['    location / {', `${options.locations ?? ''}    location / {`],
    ['    # brotli_static on;', '    brotli_static on;'],
  ]);
  site = options.tlsPort
    ? edit(site, [
        ['listen 80;', `listen 127.0.0.1:${options.port};`],
        ['listen 443 ssl http2;', `listen 127.0.0.1:${options.tlsPort} ssl http2;`],
      ])
    : edit(site, [
        [/\nserver \{\n {4}listen 80;[^}]*\}\n/, '\n'],
        ['listen 443 ssl http2;', `listen 127.0.0.1:${options.port};`],
      ]);
  writeFileSync(`${prefix}site.conf`, site);
  writeFileSync(
    `${prefix}nginx.conf`,
    `load_module ${BROTLI_STATIC};
daemon off;
master_process off;
pid ${prefix}nginx.pid;
error_log ${prefix}logs/error.log warn;
events { worker_connections 8192; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}body;
  proxy_temp_path ${prefix}proxy;
  fastcgi_temp_path ${prefix}fastcgi;
  uwsgi_temp_path ${prefix}uwsgi;
  scgi_temp_path ${prefix}scgi;
  include ${prefix}site.conf;
}
`,
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', `${prefix}nginx.conf`, '-e', `${prefix}logs/error.log`], { stdio: 'inherit' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(options.port, exited);
  if (options.tlsPort) await waitForPort(options.tlsPort, exited);
  // Stopping twice is harmless, so a test can both stop it on purpose and on finishing.
  return {
    origin: `http://127.0.0.1:${options.port}`,
    secureOrigin: options.tlsPort ? `https://127.0.0.1:${options.tlsPort}` : null,
    certificate: readFileSync(cert, 'utf8'),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
}

/** Each replacement in turn, failing loudly when deploy/nginx.conf no longer has what it replaces. */
function edit(text: string, replacements: [string | RegExp, string][]): string {
  return replacements.reduce((result, [from, to]) => {
    if (typeof from === 'string' ? !result.includes(from) : !from.test(result)) {
      throw new Error(`deploy/nginx.conf has no ${String(from)} any more: update tests/support/nginx.ts`);
    }
    return result.replace(from, to);
  }, text);
}

async function waitForPort(port: number, exited: Promise<void>): Promise<void> {
  let dead = false;
  void exited.then(() => (dead = true));
  for (let i = 0; i < 100 && !dead; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not start on 127.0.0.1:${port}: see .tmp/nginx-${port}/logs/error.log`);
}
