/**
 * The model of readers' questions in the built site (search-vocabulary.json `asked`,
 * src/features/search/search-asked.ts): it holds every tuning question and no held-out one, and
 * every place it can open is a heading or term of the built page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { DIST } from '../helpers/paths';
import { encodeAsked, loadAsked, type AskedData } from '../../src/features/search/search-asked';
import { TRAINING, trainingExamples } from '../../src/features/search/questions/training';
import { HELD_OUT } from '../../src/features/search/questions/search-queries';
import { HELD_OUT_2 } from '../../src/features/search/questions/search-held-out-2';
import { HELD_OUT_3 } from '../../src/features/search/questions/search-held-out-3';
import * as corpora from '../../src/features/search/questions/corpora';

const data = (
  JSON.parse(readFileSync(path.join(DIST, 'search-vocabulary.json'), 'utf8')) as {
    asked: AskedData;
  }
).asked;

describe('readers’ questions in the built site', () => {
  it('every tuning question is learned, with its place, each reading once', () => {
    expect(loadAsked(data)?.examples.length).toBe(data.questions.length);
    const titleOf = (page: string, id?: string) => {
      const place = data.places.find(
        (p) => p.page === page && (id === undefined || p.anchor === id),
      );
      return id === undefined ? place?.title : place?.section;
    };
    // A question's reading with its place: «page#anchor kind stems».
    const reading = ({ places }: AskedData, q: string) => {
      const [at, ...rest] = q.split(' ');
      const place = places[Number(at)];
      return `${place?.page}#${place?.anchor ?? ''} ${rest.join(' ')}`;
    };
    const learned = new Set(data.questions.map((q) => reading(data, q)));
    // Every tuning question's reading is there, at its place…
    const missing = trainingExamples()
      .map(([q, place]) => encodeAsked([[q, place]], titleOf))
      .filter((one) => !one.questions[0] || !learned.has(reading(one, one.questions[0])));
    expect(missing).toEqual([]);
    // …once: readers who typed the same words for the same place count as one.
    expect(new Set(data.questions).size).toBe(data.questions.length);
    expect(data.questions.length).toBeLessThan(trainingExamples().length);
  });

  it('no held-out question is learned, unless a tuning set has it word for word', () => {
    const tuned = new Set(Object.values(TRAINING).flatMap((set) => set.map(([q]) => q)));
    const held = [
      ...HELD_OUT,
      ...HELD_OUT_2,
      ...HELD_OUT_3,
      ...Object.entries(corpora)
        .filter(([name]) => name.startsWith('HELD_OUT'))
        .flatMap(([, set]) => set),
    ];
    expect(held.length).toBeGreaterThan(900);
    const learned = new Set(trainingExamples().map(([q]) => q));
    expect(held.filter(([q]) => learned.has(q) && !tuned.has(q))).toEqual([]);
    // Every tuning corpus is in the training sets (by value: a set of keys, not a deep search of
    // every question for each one, which grew with the corpora past the test's time).
    const key = ([q, place]: readonly [string, string]) => `${q}\t${place}`;
    const trained = new Set(Object.values(TRAINING).flat().map(key));
    for (const [name, set] of Object.entries(corpora)) {
      if (name.startsWith('TUNING'))
        expect(set.filter((one) => !trained.has(key(one)))).toEqual([]);
    }
  });

  it('every place it opens is a heading or term of the built page', () => {
    const missing: string[] = [];
    for (const { page, anchor, title } of data.places) {
      const doc = parse(readFileSync(path.join(DIST, page, 'index.html'), 'utf8'));
      if (doc.querySelector('h1')?.textContent.replace(/\s+/g, ' ').trim() !== title) {
        missing.push(`${page}: ${title}`);
      }
      if (
        anchor &&
        !doc.querySelector(
          `h2[id="${anchor}"], h3[id="${anchor}"], h4[id="${anchor}"], dt[id="${anchor}"]`,
        )
      ) {
        missing.push(`${page}#${anchor}`);
      }
    }
    expect(data.places.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
