/**
 * «No correct Russian word is transliterated or replaced» (issue 18), over every reader question
 * of every set, tuning and held-out (a property of the planner, not a ranking: no set is scored
 * here). Each question is planned as the dialog plans it (its first MAX_PLANNED words), both as
 * typed and as corrected after the query as typed found nothing; every word of three letters or
 * more that Hunspell's Russian dictionary has must be read as typed. The dictionary is the build's
 * own evidence for the list of real words it ships (src/build/search-russian.ts), read here whole.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import dictionary from 'dictionary-ru';
import { DIST } from '../helpers/paths';
import { expandForms } from '../../src/build/search-russian';
import { firstWords, MAX_PLANNED } from '../../src/features/search/search-engine';
import { loadVocabulary, planQuery } from '../../src/features/search/search-query';
import { loadLetters } from '../../src/features/search/search-russian';
import * as corpora from '../../src/features/search/questions/corpora';
import {
  HELD_OUT,
  QUERIES,
  TUNING_EXTRA,
} from '../../src/features/search/questions/search-queries';
import { HELD_OUT_2 } from '../../src/features/search/questions/search-held-out-2';
import { HELD_OUT_3 } from '../../src/features/search/questions/search-held-out-3';

describe('correct Russian left alone', () => {
  it('no word the Russian dictionary has is read in the other layout or «corrected»', () => {
    const text = new TextDecoder();
    const russianWords = new Set<string>();
    for (const form of expandForms(text.decode(dictionary.dic), text.decode(dictionary.aff))) {
      russianWords.add(form);
    }
    const json = JSON.parse(readFileSync(path.join(DIST, 'search-vocabulary.json'), 'utf8')) as {
      russian?: unknown;
    } & Parameters<typeof loadVocabulary>[0];
    const vocab = loadVocabulary(json);
    const russian = loadLetters(json.russian);
    expect(russian).toBeDefined();
    const questions = new Set<string>();
    for (const set of [
      QUERIES,
      TUNING_EXTRA,
      HELD_OUT,
      HELD_OUT_2,
      HELD_OUT_3,
      ...Object.values(corpora),
    ]) {
      for (const [q] of set) questions.add(q);
    }
    expect(questions.size).toBeGreaterThan(7000);
    const changed: string[] = [];
    for (const question of questions) {
      const planned = firstWords(question, MAX_PLANNED);
      const real = planned
        .toLowerCase()
        .replace(/ё/g, 'е')
        .split(/[^а-я-]+/)
        .filter((w) => w.length >= 3 && russianWords.has(w));
      for (const corrections of [false, true]) {
        const { understood } = planQuery(planned, vocab, { russian, corrections });
        const lost = real.filter((w) => !understood.includes(w));
        if (lost.length) changed.push(`«${question}» → «${understood}»: ${lost.join(', ')}`);
      }
    }
    expect(changed).toEqual([]);
  }, 120_000);
});
