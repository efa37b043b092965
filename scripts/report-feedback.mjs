#!/usr/bin/env node
/**
 * `npm run report:feedback -- <log> [<log>…]`: the search feedback that deploy/nginx.conf writes
 * (`location = /_feedback`, log format eis_feedback: `<time> <query string>`), summed up: the
 * most frequent queries that found nothing, and the pages (with their queries) readers marked
 * «Нет» to «Нашли ответ?». Reads plain or .gz logs. Prints text; `--json` prints JSON.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

/** One log line → its feedback, or undefined for anything else. */
export function parseLine(line) {
  const m = /^(\S+) (\S*)$/.exec(line.trim());
  if (!m) return undefined;
  const params = new URLSearchParams(m[2] === '-' ? '' : m[2]);
  const kind = params.get('k');
  if (kind !== 'nothing' && kind !== 'unhelpful') return undefined;
  const query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return { time: m[1], kind, query, page: params.get('p') ?? '' };
}

/** Counts, most frequent first. */
export function summarize(lines, top = 20) {
  const missed = new Map();
  const pages = new Map();
  for (const line of lines) {
    const f = parseLine(line);
    if (!f) continue;
    if (f.kind === 'nothing' && f.query) missed.set(f.query, (missed.get(f.query) ?? 0) + 1);
    if (f.kind === 'unhelpful') {
      const entry = pages.get(f.page) ?? { count: 0, queries: new Map() };
      entry.count += 1;
      if (f.query) entry.queries.set(f.query, (entry.queries.get(f.query) ?? 0) + 1);
      pages.set(f.page, entry);
    }
  }
  const byCount = (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  return {
    missed: [...missed].sort(byCount).slice(0, top),
    unhelpful: [...pages]
      .map(([page, e]) => [page, e.count, [...e.queries].sort(byCount).slice(0, 5)])
      .sort((a, b) => b[1] - a[1])
      .slice(0, top),
  };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, top: { type: 'string', default: '20' } },
  });
  if (!positionals.length) {
    console.error('usage: npm run report:feedback -- <eis-feedback.log> [more logs] [--json]');
    process.exit(2);
  }
  const lines = positionals.flatMap((file) => {
    const raw = readFileSync(file);
    return (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n');
  });
  const report = summarize(lines, Number(values.top) || 20);
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log('Запросы без результатов:');
  for (const [q, n] of report.missed) console.log(`  ${String(n).padStart(5)}  ${q}`);
  if (!report.missed.length) console.log('  —');
  console.log('Страницы с ответом «Нет» на «Нашли ответ?»:');
  for (const [page, n, queries] of report.unhelpful) {
    console.log(`  ${String(n).padStart(5)}  ${page}`);
    for (const [q, k] of queries) console.log(`         ${k} × ${q}`);
  }
  if (!report.unhelpful.length) console.log('  —');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
