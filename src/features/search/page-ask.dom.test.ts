/**
 * «Нашли ответ?» under a page (PageAsk.astro + page-ask.client.ts): hidden in the HTML (with
 * JavaScript off it never shows); once connected it shows; «Нет» sends one same-origin beacon
 * with this page's address and an empty query; «Да» sends nothing; a second answer sends nothing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import PageAsk from './PageAsk.astro';
import { mount, renderBare } from '../../../tests/dom/support/render';

let beacons: string[];
beforeEach(() => {
  beacons = [];
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: (url: string) => {
      beacons.push(url);
      return true;
    },
  });
  history.replaceState(null, '', '/services/token/');
});

const ask = () => document.querySelector<HTMLElement>('eis-page-ask')!;
const button = (name: string) =>
  [...ask().querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

describe('<eis-page-ask>', () => {
  it('is hidden in the server HTML, so it never shows without JavaScript', async () => {
    const html = await renderBare(PageAsk);
    const template = document.createElement('template');
    template.innerHTML = html;
    const el = template.content.querySelector<HTMLElement>('eis-page-ask')!;
    expect(el.hidden).toBe(true);
    expect(el.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('«Нет» sends this page once, with no query; then only thanks', async () => {
    await mount(await renderBare(PageAsk));
    await import('./page-ask.client');
    await vi.waitFor(() => expect(ask().hidden).toBe(false));
    button('Нет').click();
    button('Нет').click();
    button('Да').click();
    expect(beacons).toHaveLength(1);
    const url = new URL(beacons[0]!, 'https://eis.example.org');
    expect(url.pathname).toBe('/_feedback');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      k: 'unhelpful',
      q: '',
      p: '/services/token/',
    });
    expect(button('Нет').getAttribute('aria-pressed')).toBe('true');
    expect(ask().querySelector('[role="status"]')!.textContent).toMatch(/Адрес этой страницы/);
  });

  it('«Да» sends nothing', async () => {
    await mount(await renderBare(PageAsk));
    await import('./page-ask.client');
    await vi.waitFor(() => expect(ask().hidden).toBe(false));
    button('Да').click();
    expect(beacons).toEqual([]);
    expect(ask().querySelector('[role="status"]')!.textContent).toBe('Спасибо!');
  });
});
