/**
 * The mobile menu fallback for browsers without the Popover API (mobile-menu.client.ts), over
 * markup shaped as Starlight's PageFrame and MobileMenuToggle. happy-dom has the API, so each test
 * takes `popover` off HTMLElement.prototype first, as in Chrome/Edge 109–113, Firefox 115–124,
 * Safari 15–16. The real Chromium 110 check is tests/helpers/old-chromium.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initMobileMenuFallback } from './mobile-menu.client';

const MARKUP = `
  <a class="sl-skip-link" href="#_top">Skip</a>
  <header class="header"><a href="/">Home</a></header>
  <nav class="sidebar">
    <button popovertarget="starlight__sidebar" class="sl-menu-button">Menu</button>
    <sl-sidebar-pane popover id="starlight__sidebar"><a href="/a/">A</a></sl-sidebar-pane>
  </nav>
  <div class="main-frame"><h1>Title</h1><a class="in-page" href="#x">x</a></div>`;

const popover = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'popover');
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const state = () => ({
  open: $('#starlight__sidebar').hasAttribute('data-eis-open'),
  expanded: $('.sl-menu-button').getAttribute('aria-expanded'),
  inert: $('.main-frame').hasAttribute('inert'),
  locked: document.documentElement.hasAttribute('data-eis-menu-open'),
});
const closed = { open: false, expanded: 'false', inert: false, locked: false };
const opened = { open: true, expanded: 'true', inert: true, locked: true };

describe('mobile menu without the Popover API', () => {
  beforeEach(() => {
    Reflect.deleteProperty(HTMLElement.prototype, 'popover');
    document.body.innerHTML = MARKUP;
    initMobileMenuFallback();
  });
  afterEach(() => {
    if (popover) Object.defineProperty(HTMLElement.prototype, 'popover', popover);
    document.documentElement.removeAttribute('data-eis-menu-open');
  });

  it('starts closed, with aria-expanded and aria-controls', () => {
    expect(state()).toEqual(closed);
    expect($('.sl-menu-button').getAttribute('aria-controls')).toBe('starlight__sidebar');
  });

  it('opens and closes with the button', () => {
    $('.sl-menu-button').click();
    expect(state()).toEqual(opened);
    $('.sl-menu-button').click();
    expect(state()).toEqual(closed);
  });

  it('closes on Escape and returns focus to the button', () => {
    $('.sl-menu-button').click();
    $('#starlight__sidebar a').focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(state()).toEqual(closed);
    expect(document.activeElement).toBe($('.sl-menu-button'));
  });

  it('closes on a press outside the pane, not inside it', () => {
    $('.sl-menu-button').click();
    $('#starlight__sidebar a').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(state()).toEqual(opened);
    $('.header a').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(state()).toEqual(closed);
  });

  it('sends focus that reaches the page behind back to the button (no inert: Safari 15.0–15.4)', () => {
    $('.sl-menu-button').click();
    $('.main-frame .in-page').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(document.activeElement).toBe($('.sl-menu-button'));
  });

  it('wires a page once', () => {
    initMobileMenuFallback();
    $('.sl-menu-button').click();
    expect(state()).toEqual(opened);
  });
});

describe('mobile menu with the Popover API', () => {
  it("leaves Starlight's popover alone", () => {
    document.body.innerHTML = MARKUP;
    initMobileMenuFallback();
    $('.sl-menu-button').click();
    expect($('.sl-menu-button').hasAttribute('aria-expanded')).toBe(false);
    expect($('#starlight__sidebar').hasAttribute('data-eis-open')).toBe(false);
  });
});
