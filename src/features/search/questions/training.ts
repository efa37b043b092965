/**
 * What the search learns from (search-asked.ts): the tuning sets, by corpus, so that the quality
 * test can score each corpus with a model that has not learned it. Held-out halves are never here
 * (tests/build/search-asked.test.ts). Places are relative to the site's base
 * («connect/https-credentials/#кто-может-это-сделать»).
 */
import { QUERIES, TUNING_EXTRA, type Query } from './search-queries';
import { TUNING_SECTIONS } from './search-tuning-sections';
import * as c from './corpora';

export const TRAINING: Readonly<Record<string, readonly Query[]>> = {
  base: [...QUERIES.map(([q, e]): Query => [q, e]), ...TUNING_EXTRA, ...TUNING_SECTIONS],
  '4': [...c.TUNING_4a, ...c.TUNING_4b],
  '5': [...c.TUNING_5a, ...c.TUNING_5b],
  '6': [...c.TUNING_6a, ...c.TUNING_6b],
  '7': [...c.TUNING_7a, ...c.TUNING_7b],
  '8': [...c.TUNING_8a, ...c.TUNING_8b],
  '9': [...c.TUNING_9a, ...c.TUNING_9b],
  '10': [...c.TUNING_10a, ...c.TUNING_10b],
  '11': [...c.TUNING_11a, ...c.TUNING_11b],
  '12': [...c.TUNING_12a, ...c.TUNING_12b],
  '13': [...c.TUNING_13a, ...c.TUNING_13b],
  '14': [...c.TUNING_14a, ...c.TUNING_14b],
  '15': [...c.TUNING_15a, ...c.TUNING_15b],
  '16': [...c.TUNING_16a, ...c.TUNING_16b],
  '17': [...c.TUNING_17a, ...c.TUNING_17b],
  '18': [...c.TUNING_18a, ...c.TUNING_18b],
  '19': [...c.TUNING_19a, ...c.TUNING_19b],
  '20': [...c.TUNING_20a, ...c.TUNING_20b],
  '23': [...c.TUNING_23a, ...c.TUNING_23b],
  '24': [...c.TUNING_24a, ...c.TUNING_24b],
  '27': [...c.TUNING_27a, ...c.TUNING_27b],
  '28': [...c.TUNING_28a, ...c.TUNING_28b],
  '33': [...c.TUNING_33a, ...c.TUNING_33b],
  '34': [...c.TUNING_34a, ...c.TUNING_34b],
  '39': [...c.TUNING_39a, ...c.TUNING_39b],
  '40': [...c.TUNING_40a, ...c.TUNING_40b],
  '58': [...c.TUNING_58a, ...c.TUNING_58b],
  '59': [...c.TUNING_59a, ...c.TUNING_59b],
  '63': [...c.TUNING_63a, ...c.TUNING_63b],
  '64': [...c.TUNING_64a, ...c.TUNING_64b],
  '66': [...c.TUNING_66a, ...c.TUNING_66b],
  '68': c.TUNING_68,
  '70': c.TUNING_70,
};

/** The questions of every tuning set but those named, with places relative to the base. */
export function trainingExamples(without: readonly string[] = []): [string, string][] {
  return Object.entries(TRAINING)
    .filter(([name]) => !without.includes(name))
    .flatMap(([, set]) =>
      set.map(([q, place]): [string, string] => [q, decodeURIComponent(place).replace(/^\//, '')]),
    );
}
