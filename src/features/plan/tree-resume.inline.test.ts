import { describe, expect, it } from 'vitest';
import { opensOnResume } from './tree-resume.inline';

describe('opensOnResume (before the first paint)', () => {
  const saved = JSON.stringify({ v: 1, data: { needs: ['send'] } });

  it('opens on the resume block for a saved plan and no answers in the URL', () => {
    expect(opensOnResume(saved, '')).toBe(true);
    expect(opensOnResume(saved, '?pagefind-highlight=x')).toBe(true);
  });

  it('answers in the URL, no plan or an unreadable one: the questions', () => {
    expect(opensOnResume(saved, '?need=services')).toBe(false);
    expect(opensOnResume(null, '')).toBe(false);
    expect(opensOnResume('{"v":1,"data":{"needs":[]}}', '')).toBe(false);
    expect(opensOnResume('{"v":2,"data":{"needs":["send"]}}', '')).toBe(false);
    expect(opensOnResume('not json', '')).toBe(false);
  });
});
