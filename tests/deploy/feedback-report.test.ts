/**
 * The feedback beacon's path on Debian's real nginx (deploy/nginx.conf): 204, no cookie, its own
 * log with the query and the page and without the IP address, and `npm run report:feedback`
 * reading that log back. Playwright project `deploy`, like nginx.test.ts: without nginx it is
 * skipped with the reason (`.ci/run` installs nginx and fails on any skip).
 */
import { expect, test } from '@playwright/test';
import { feedbackUrl } from '../../src/features/search/search-feedback';
import { NGINX, NO_NGINX } from '../helpers/nginx';
import { runFeedbackOnNginx } from '../helpers/search-feedback-nginx';
import { summarize } from '../../scripts/report-feedback.mjs';

test.describe('feedback beacon on nginx', () => {
  test.skip(!NGINX, NO_NGINX);

  test('answers 204, logs query and page only, and the report reads it', async () => {
    const guid = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
    const beacons = [
      feedbackUrl('/', 'nothing', 'куда жаловаться на еис', '/connect/')!,
      feedbackUrl('/', 'nothing', 'куда жаловаться на еис', '/')!,
      feedbackUrl('/', 'unhelpful', `токен ${guid} истёк`, '/services/token/')!,
    ];
    const { reply, log } = await runFeedbackOnNginx(beacons);
    expect(reply.status).toBe(204);
    expect(reply.headers['set-cookie']).toBeUndefined();
    const lines = log.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(log).not.toContain('127.0.0.1');
    expect(log).not.toContain(guid);
    const report = summarize(lines) as {
      missed: [string, number][];
      unhelpful: [string, number, [string, number][]][];
    };
    expect(report.missed).toEqual([['куда жаловаться на еис', 2]]);
    expect(report.unhelpful[0]?.[0]).toBe('/services/token/');
    expect(report.unhelpful[0]?.[2]).toEqual([['токен истёк', 1]]);
  });
});
