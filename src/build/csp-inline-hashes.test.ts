import { describe, expect, it } from 'vitest';
import { nginxCspMap } from './csp-inline-hashes';

describe('nginxCspMap', () => {
  it('maps each address to its policy, quoted for nginx, with the site-wide default', () => {
    const map = nginxCspMap(
      [
        ['/eis/', "script-src 'self' 'sha256-a+b/c='"],
        ['/eis/x "y"\\', "default-src 'self'"],
      ],
      "default-src 'self'; script-src 'self'",
    );
    const lines = map.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual([
      `default "default-src 'self'; script-src 'self'";`,
      `"/eis/" "script-src 'self' 'sha256-a+b/c='";`,
      `"/eis/x \\"y\\"\\\\" "default-src 'self'";`,
    ]);
    expect(map.endsWith('\n')).toBe(true);
  });
});
