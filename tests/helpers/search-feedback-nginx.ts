/**
 * The search feedback path on Debian's real nginx, self-contained (for the deploy tests to include):
 * deploy/nginx.conf as an operator fills it in, on a free loopback port, with its feedback log in
 * a temporary folder. A beacon (POST /_feedback?k=…&q=…&p=…) is answered 204 with no cookie; the
 * log has the query and the page and no IP address; scripts/report-feedback.mjs reads it back.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const NGINX = process.env.NGINX || '/usr/sbin/nginx';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** deploy/nginx.conf with loopback `port`, `root`, one CSP, no TLS and the feedback log at `log`. */
export function renderFeedbackConfig(text: string, o: { port: number; root: string; log: string }) {
  const once = (re: RegExp, to: string) => {
    if ((text.match(new RegExp(re.source, `${re.flags.replace('g', '')}g`)) ?? []).length !== 1) {
      throw new Error(`deploy/nginx.conf: expected exactly one ${re}`);
    }
    text = text.replace(re, to);
  };
  // The per-page CSP map of a build is not needed here: one default policy.
  once(/^(\s*)include\s+\S+nginx-csp\.map;$/m, `$1default "default-src 'self'";`);
  // Plain HTTP on loopback: no certificate.
  once(/^\s*listen\s+443\s+ssl;\n/m, '');
  text = text.replace(/^\s*ssl_\w+\s+[^;]+;\n/gm, '');
  once(/^(\s*)listen\s+80;$/m, `$1listen 127.0.0.1:${o.port};`);
  once(/^(\s*)root\s+\S+;$/m, `$1root ${o.root};`);
  once(/\/var\/log\/nginx\/eis-feedback\.log/, o.log);
  return text;
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
}

function request(url: string, method: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: { 'content-length': '0' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

export interface FeedbackRun {
  reply: Reply;
  log: string;
}

/** Start nginx with deploy/nginx.conf, send `paths` as beacons, stop it, return the log. */
export async function runFeedbackOnNginx(paths: string[], nginx = NGINX): Promise<FeedbackRun> {
  if (!existsSync(nginx)) throw new Error(`nginx not found at ${nginx} (apt-get install -y nginx)`);
  const work = mkdtempSync(path.join(tmpdir(), 'eis-feedback-'));
  try {
    for (const sub of ['logs', 'tmp', 'root']) mkdirSync(path.join(work, sub));
    writeFileSync(path.join(work, 'root', 'index.html'), '<!doctype html><title>x</title>');
    const port = await freePort();
    const log = path.join(work, 'logs', 'feedback.log');
    const server = path.join(work, 'server.conf');
    writeFileSync(
      server,
      renderFeedbackConfig(readFileSync('deploy/nginx.conf', 'utf8'), {
        port,
        root: path.join(work, 'root'),
        log,
      }),
    );
    const main = path.join(work, 'nginx.conf');
    const tmp = path.join(work, 'tmp');
    writeFileSync(
      main,
      [
        'daemon off;',
        'master_process off;',
        `pid ${path.join(work, 'nginx.pid')};`,
        `error_log ${path.join(work, 'logs', 'error.log')} warn;`,
        'events { worker_connections 64; }',
        'http {',
        '  default_type application/octet-stream;',
        // Every other request is logged with its address, as a default server would: the
        // feedback log must still have none.
        `  access_log ${path.join(work, 'logs', 'access.log')};`,
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (t) => `  ${t}_temp_path ${path.join(tmp, t)};`,
        ),
        `  include ${server};`,
        '}',
        '',
      ].join('\n'),
    );
    const test = spawnSync(nginx, ['-t', '-q', '-p', work, '-c', main], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
    const child = spawn(nginx, ['-p', work, '-c', main], { stdio: 'ignore' });
    try {
      let reply: Reply | undefined;
      // nginx is up once it answers; a refused connection means not yet.
      for (let i = 0; i < 200 && !reply; i += 1) {
        reply = await request(`http://127.0.0.1:${port}/`, 'GET').catch(
          () => new Promise<undefined>((r) => setImmediate(() => r(undefined))),
        );
      }
      if (!reply) throw new Error('nginx did not start');
      let last: Reply = reply;
      for (const p of paths) last = await request(`http://127.0.0.1:${port}${p}`, 'POST');
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      return { reply: last, log: existsSync(log) ? readFileSync(log, 'utf8') : '' };
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
