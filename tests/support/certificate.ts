import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

/**
 * A self-signed certificate for 127.0.0.1, made with Debian's openssl (scripts/system-deps.sh
 * installs it) into `dir` unless it is already there: what the tests' nginx serves HTTPS with,
 * and the one certificate their clients trust.
 */
export function loopbackCertificate(dir: string): { cert: string; key: string } {
  const cert = `${dir}cert.pem`;
  const key = `${dir}key.pem`;
  if (existsSync(cert) && existsSync(key)) return { cert, key };
  mkdirSync(dir, { recursive: true });
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '30',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert],
    { encoding: 'utf8' },
  );
  if (made.error || made.status !== 0) {
    throw new Error(`openssl could not make a test certificate (${made.error?.message ?? made.stderr.trim()}): npm test installs it (scripts/system-deps.sh), or apt-get install openssl`);
  }
  return { cert, key };
}
