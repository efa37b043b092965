import { describe, expect, it } from 'vitest';
import { cleanQuery, feedbackUrl } from './search-feedback';

describe('feedback beacon', () => {
  it('sends the query and the page, nothing else', () => {
    const url = new URL(feedbackUrl('/eis/', 'nothing', 'куда  звонить', '/eis/')!, 'http://x');
    expect(url.pathname).toBe('/eis/_feedback');
    expect([...url.searchParams.keys()]).toEqual(['k', 'q', 'p']);
    expect(url.searchParams.get('q')).toBe('куда звонить');
  });

  it('leaves out what looks like a token, password or identifier', () => {
    const guid = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
    expect(cleanQuery(`токен ${guid} не работает`)).not.toContain(guid);
    expect(feedbackUrl('/', 'nothing', guid, '/')).toBeUndefined();
  });

  it('caps the query', () => {
    expect(cleanQuery('пароль '.repeat(500)).length).toBeLessThanOrEqual(120);
  });
});
