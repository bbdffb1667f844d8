import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { repoRoot } from './load-fixture.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

/**
 * Debian's nginx serving `root` with the shipped deploy/nginx.conf, on
 * 127.0.0.1:`port`. Only `listen`, `root` and `$base` are changed, the way the
 * file's own comments tell a webmaster to.
 */
export async function startNginx(options: { port: number; root: string; base?: string }): Promise<{ origin: string; stop: () => Promise<void> }> {
  if (!NGINX) throw new Error('nginx is missing: npm test installs it (scripts/system-deps.sh), or apt-get install nginx');
  const prefix = `${repoRoot}.tmp/nginx-${options.port}/`;
  mkdirSync(`${prefix}logs`, { recursive: true });
  const site = readFileSync(`${repoRoot}deploy/nginx.conf`, 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${options.port};`)
    .replace('root /var/www/12345;', `root ${options.root};`)
    .replace('set $base /;', `set $base ${options.base ?? '/'};`);
  writeFileSync(`${prefix}site.conf`, site);
  writeFileSync(
    `${prefix}nginx.conf`,
    `daemon off;
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
  // Stopping twice is harmless, so a test can both stop it on purpose and on finishing.
  return {
    origin: `http://127.0.0.1:${options.port}`,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
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
