/**
 * Debian's real nginx for tests, one way for all of them (tests/deploy/nginx.test.ts and the
 * feedback check, tests/helpers/search-feedback-nginx.ts): a server {} block, written by the
 * caller from a config of deploy/, is included in a minimal main config in a work folder (one
 * foreground process, no user switch, logs and temp files in that folder), checked with `nginx
 * -t`, started, and awaited on its loopback port.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** The nginx binary: $NGINX, Debian's path, or the one on PATH. */
function findNginx(): string | undefined {
  if (process.env['NGINX']) return process.env['NGINX'];
  if (existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : undefined;
}
export const NGINX = findNginx();
export const NO_NGINX = `nginx not found (NGINX=${process.env['NGINX'] ?? ''}, /usr/sbin/nginx, PATH): Debian: apt-get install -y nginx`;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const connects = (port: number) =>
  new Promise<boolean>((resolve) => {
    const sock = net.connect(port, '127.0.0.1', () => {
      sock.end();
      resolve(true);
    });
    sock.on('error', () => resolve(false));
  });

export interface NginxProcess {
  /** nginx's error log so far. */
  errorLog(): string;
  /** Stop nginx and wait for it to exit (the work folder stays: the caller owns it). */
  stop(): Promise<void>;
}

/**
 * Start nginx in `work` with `server` (the text of a server {} block and what goes beside it in
 * http {}) and wait until it listens on `port`. `accessLog`: where every other request is logged
 * (with its address, as a default server would), or off.
 */
export async function startNginx(o: {
  work: string;
  server: string;
  port: number;
  accessLog?: string;
}): Promise<NginxProcess> {
  if (!NGINX) throw new Error(NO_NGINX);
  const { work } = o;
  const logs = path.join(work, 'logs');
  const tmp = path.join(work, 'tmp');
  for (const dir of [logs, tmp]) mkdirSync(dir, { recursive: true });
  const serverFile = path.join(work, 'server.conf');
  writeFileSync(serverFile, o.server);
  const main = path.join(work, 'nginx.conf');
  const mime = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
  writeFileSync(
    main,
    [
      // One process in the foreground; no user switch, so it reads the build wherever it is.
      'daemon off;',
      'master_process off;',
      `pid ${path.join(work, 'nginx.pid')};`,
      `error_log ${path.join(logs, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  ${mime}`,
      '  default_type application/octet-stream;',
      o.accessLog ? `  access_log ${o.accessLog};` : '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t}_temp_path ${path.join(tmp, t)};`,
      ),
      `  include ${serverFile};`,
      '}',
      '',
    ].join('\n'),
  );
  const check = spawnSync(NGINX, ['-t', '-q', '-p', work, '-c', main], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child = spawn(NGINX, ['-p', work, '-c', main], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const errorLog = () => {
    const file = path.join(logs, 'error.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  };
  // Up once it accepts a connection; a refused one means not yet.
  const deadline = Date.now() + 10_000;
  while (!(await connects(o.port))) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${stderr}${errorLog()}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not listen on ${o.port} in 10 s:\n${stderr}${errorLog()}`);
    }
  }
  return { errorLog, stop };
}
