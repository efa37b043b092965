/**
 * The search feedback path on Debian's real nginx, self-contained (for the deploy tests to include):
 * deploy/nginx.conf as an operator fills it in, on a free loopback port, with its feedback log in
 * a temporary folder, started by the shared helper (tests/helpers/nginx.ts). A beacon (POST /_feedback?k=…&q=…&p=…) is answered 204 with no cookie; the
 * log has the query and the page and no IP address; scripts/report-feedback.mjs reads it back.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startNginx } from './nginx';

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
export async function runFeedbackOnNginx(paths: string[]): Promise<FeedbackRun> {
  const work = mkdtempSync(path.join(tmpdir(), 'eis-feedback-'));
  try {
    mkdirSync(path.join(work, 'root'));
    writeFileSync(path.join(work, 'root', 'index.html'), '<!doctype html><title>x</title>');
    const port = await freePort();
    const log = path.join(work, 'logs', 'feedback.log');
    const server = renderFeedbackConfig(readFileSync('deploy/nginx.conf', 'utf8'), {
      port,
      root: path.join(work, 'root'),
      log,
    });
    // Every other request is logged with its address: the feedback log must still have none.
    const nginx = await startNginx({
      work,
      server,
      port,
      accessLog: path.join(work, 'logs', 'access.log'),
    });
    try {
      let last: Reply = await request(`http://127.0.0.1:${port}/`, 'GET');
      for (const p of paths) last = await request(`http://127.0.0.1:${port}${p}`, 'POST');
      await nginx.stop();
      return { reply: last, log: existsSync(log) ? readFileSync(log, 'utf8') : '' };
    } finally {
      await nginx.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
