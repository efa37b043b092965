import { describe, expect, it } from 'vitest';
import { LAST_VISIT_KEY } from '../../lib/storage/keys';
import { SINCE_WORDS, VISIT_KEY } from './since-loader';
import { SINCE_TEXT } from './since-marks';

describe('since-loader', () => {
  it('reads the key the visit record writes and says what since-marks says', () => {
    expect(VISIT_KEY).toBe(LAST_VISIT_KEY);
    expect(SINCE_WORDS).toBe(SINCE_TEXT);
  });
});
