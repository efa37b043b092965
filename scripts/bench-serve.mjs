#!/usr/bin/env node
/**
 * `node scripts/bench-serve.mjs <dir>`: the loopback static server of harness/static-server.ts in
 * a process of its own; prints its origin on the first line of stdout and serves until killed.
 * `npm run bench` serves the pages Lighthouse audits from here (the site and the bare Starlight
 * page alike), so that a response never waits for Lighthouse's own work in the bench's event loop:
 * Lighthouse's simulation takes each origin's server response time from the observed timings.
 */
import { serveStatic } from '../harness/static-server.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/bench-serve.mjs <dir>');
  process.exit(2);
}
const server = await serveStatic(dir);
console.log(server.origin);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The bench ended without stopping this server (it crashed): do not outlive it.
process.stdin.on('end', stop);
process.stdin.resume();
