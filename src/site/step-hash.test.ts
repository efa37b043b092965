import { describe, expect, it } from 'vitest';
import { STEP_HASH, stepHash } from './step-hash';

describe('stepHash', () => {
  const step = { paper: 'Нажмите «Сохранить».', warnings: [] };

  it('is 8 hex digits and the same for the same text', () => {
    expect(stepHash(step)).toMatch(STEP_HASH);
    expect(stepHash({ ...step })).toBe(stepHash(step));
  });

  it('changes with the text and with a warning', () => {
    expect(stepHash({ ...step, paper: 'Нажмите «Отменить».' })).not.toBe(stepHash(step));
    const warned = {
      ...step,
      warnings: [
        { type: 'caution' as const, title: 'Без пробелов', text: 'Вставляйте без пробелов.' },
      ],
    };
    expect(stepHash(warned)).not.toBe(stepHash(step));
    expect(
      stepHash({ ...warned, warnings: [{ ...warned.warnings[0]!, type: 'danger' }] }),
    ).not.toBe(stepHash(warned));
  });
});
