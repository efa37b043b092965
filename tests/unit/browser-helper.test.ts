/** The browser tests' Chromium lookup: CHROME_PATH first, then usual paths, else a clear failure. */
import { describe, expect, it } from 'vitest';
import { findChromium } from '../helpers/browser';

describe('findChromium', () => {
  it('prefers CHROME_PATH when it exists', () => {
    expect(findChromium({ CHROME_PATH: process.execPath }, [])).toBe(process.execPath);
  });
  it('fails when CHROME_PATH points nowhere, instead of silently skipping', () => {
    expect(() => findChromium({ CHROME_PATH: '/nonexistent/chromium' }, [])).toThrow(
      /does not exist/,
    );
  });
  it('falls back to the usual paths, in order', () => {
    expect(findChromium({}, ['/nonexistent/a', process.execPath])).toBe(process.execPath);
  });
  it('says how to install a browser when none is found', () => {
    expect(() => findChromium({}, ['/nonexistent/a'])).toThrow(/apt-get install -y chromium/);
  });
});
