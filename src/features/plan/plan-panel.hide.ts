/** Remembers «Скрыть» on the plan panel for the plan with this code; «Показать мой план» forgets it. */
import { single } from '../../lib/storage/persist';
import { PLAN_PANEL_HIDDEN_KEY } from '../../lib/storage/keys';
import { defineRecord } from '../../lib/storage/record';
import { VERSION, isObject } from '../../lib/storage/stored';

/** The plan whose panel the reader hid («Скрыть»): {"v":1,"data":{"plan":code}}. */
export const PLAN_PANEL_HIDDEN = /* @__PURE__ */ defineRecord<string>({
  key: PLAN_PANEL_HIDDEN_KEY,
  version: VERSION,
  decode: (data) =>
    isObject(data) && typeof data['plan'] === 'string' ? { value: data['plan'] } : undefined,
  encode: (plan) => ({ plan }),
  maxLength: 256,
});

const hidden = single(PLAN_PANEL_HIDDEN, '');

export function hidePanel(code: string): void {
  if (code) hidden.set(code);
}

/** «Показать мой план» (on a guide or in «Мой прогресс»): the panel shows again. */
export function showPanel(): void {
  hidden.clear();
}

/** The code of the plan whose panel is hidden ('' when none). */
export const $hiddenPanel = hidden.$value;
