/**
 * The plan panel on a guide («Ваш план: шаг 2 из 4»): which plans hold the guide and where, worked
 * out at build time for every complete set of answers. The decision a reader's browser makes
 * before the first paint is in plan-panel.decide.ts (a unit test checks it against planFor for
 * every complete set of answers).
 */
import { planKeys } from './plans';
import { allCompleteAnswers } from './questions';
import { planCode } from './plan-panel.decide';

export { panelDecide, planCode, type PanelPlace, type PanelPlaces } from './plan-panel.decide';

/** For guide `key`: its place in every plan that holds it, grouped by place. */
export function panelPlaces(key: string): Record<string, string> {
  const places: Record<string, string[]> = {};
  for (const answers of allCompleteAnswers()) {
    const keys: string[] = planKeys(answers);
    const i = keys.indexOf(key);
    if (i === -1) continue;
    const place = [i + 1, keys.length, keys[i - 1] ?? '', keys[i + 1] ?? ''].join();
    (places[place] ??= []).push(planCode(answers));
  }
  return Object.fromEntries(Object.entries(places).map(([p, codes]) => [p, codes.join(' ')]));
}
