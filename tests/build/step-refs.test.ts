/**
 * Links to a guide's step say its number on paper (src/features/print/step-refs.ts): on every
 * built page, under both bases, each link into a step carries the number the site model gives
 * that step (and its guide when it is on another page); on the combined print page, the same
 * in its own words. The model is the source; the numbers are never read off the HTML.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_EIS } from '../helpers/paths';
import { listContentPages, mainContent, readPage } from '../helpers/pages';
import { siteModel } from '../helpers/guide-files';
import { linkedStep, stepPlacesOf, stepTail } from '../../src/features/print/step-refs';

const places = stepPlacesOf(siteModel());

describe.each([
  ['/', DIST],
  ['/eis/', DIST_EIS],
])('links to a step (base %s)', (base, dist) => {
  it('carry the step’s number, and its guide from another page', () => {
    expect(existsSync(dist), `${dist} is built`).toBe(true);
    let links = 0;
    const wrong: string[] = [];
    for (const page of listContentPages(dist).filter((p) => p !== '/print/')) {
      // The built files lie at the site's paths without the base; the links carry it.
      const from = page;
      for (const a of mainContent(readPage(dist, page)).querySelectorAll('a[href]')) {
        const place = linkedStep(a.getAttribute('href')!, places, from, base);
        if (!place) continue;
        links += 1;
        const tail = stepTail(place, from);
        const said =
          a.getAttribute('data-print-step') ?? `шаг ${a.getAttribute('data-print-step-tail')}`;
        if (said !== `шаг ${tail}`) wrong.push(`${page}: ${a.getAttribute('href')} → ${said}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(links).toBeGreaterThan(60);
  });

  it('on the print page: the number, and the section of another guide', () => {
    const doc = readPage(dist, '/print/');
    const steps = mainContent(doc)
      .querySelectorAll('a[href^="#"]')
      .filter((a) => /^#[^-]+(?:-[^-]+)*--/.test(a.getAttribute('href')!));
    let numbered = 0;
    for (const a of steps) {
      const [guide = '', id = ''] = a.getAttribute('href')!.slice(1).split('--');
      const page = siteModel().pages.find((p) => p.id.replace(/\//g, '-') === guide);
      const place = page && places.get(`${page.href}#${decodeURIComponent(id)}`);
      if (!place) continue;
      numbered += 1;
      const said = a.getAttribute('data-see') ?? a.getAttribute('data-see-tail') ?? '';
      expect(said, a.toString()).toMatch(
        new RegExp(`(?:^|шаг )${place.number}(?:$| \\(см\\. раздел)`),
      );
    }
    expect(numbered).toBeGreaterThan(60);
  });
});
