/**
 * The mobile menu where the Popover API is missing (Chrome/Edge < 114, Firefox < 125,
 * Safari < 17; our targets start at Chrome/Edge 109, Firefox 115, Safari 15).
 *
 * Since 0.42 Starlight opens its sidebar with `<button popovertarget>` and
 * `<sl-sidebar-pane popover>` only. Without the API the button does nothing and the pane, drawn
 * `position: fixed` over the page, is never hidden: the page title is covered on every guide.
 * MobileMenuToggle.astro hides the pane on narrow screens in those browsers (CSS, before the first
 * paint); this toggles `data-eis-open` on the pane instead, as the popover would:
 * - the button opens and closes it, with `aria-expanded` and `aria-controls` kept right;
 * - Escape, a click outside the pane, and widening the window to the desktop layout close it;
 * - while open, the page behind is `inert` and does not scroll (as upstream does); where `inert`
 *   is missing too (Safari 15.0–15.4), focus that reaches the page behind returns to the button;
 * - closing with focus inside the pane returns focus to the button.
 * Browsers with the Popover API keep Starlight's behaviour untouched: this returns at once.
 */

/** Starlight's desktop breakpoint (PageFrame's matchMedia): the pane is always shown from here. */
const DESKTOP = '(min-width: 50em)';

/** The page behind the open menu, as Starlight's own focus trap marks it. */
const BEHIND = '.main-frame, .sl-skip-link';

export const needsPopoverFallback = (): boolean => !('popover' in HTMLElement.prototype);

export function initMobileMenuFallback(doc: Document = document): void {
  if (!needsPopoverFallback()) return;
  const button = doc.querySelector<HTMLButtonElement>('button.sl-menu-button[popovertarget]');
  const id = button?.getAttribute('popovertarget');
  const pane = id ? doc.getElementById(id) : null;
  if (!button || !pane || button.hasAttribute('aria-expanded')) return; // absent, or wired already

  let open = false;
  button.setAttribute('aria-controls', pane.id);
  button.setAttribute('aria-expanded', 'false');

  const setOpen = (next: boolean): void => {
    if (next === open) return;
    open = next;
    const hadFocus = pane.contains(doc.activeElement);
    pane.toggleAttribute('data-eis-open', open);
    doc.documentElement.toggleAttribute('data-eis-menu-open', open);
    button.setAttribute('aria-expanded', String(open));
    doc.querySelectorAll(BEHIND).forEach((el) => el.toggleAttribute('inert', open));
    if (!open && hadFocus) button.focus();
  };

  button.addEventListener('click', () => setOpen(!open));
  doc.addEventListener('keydown', (event) => {
    if (!open || event.key !== 'Escape') return;
    event.preventDefault();
    setOpen(false);
    button.focus();
  });
  // Light dismiss, as a popover: a press outside the pane and the button closes the menu.
  doc.addEventListener('pointerdown', (event) => {
    const target = event.target as Node | null;
    if (open && target && !pane.contains(target) && !button.contains(target)) setOpen(false);
  });
  // Without `inert` (Safari 15.0–15.4) focus could reach the hidden-behind page.
  doc.addEventListener('focusin', (event) => {
    const target = event.target as Element | null;
    if (open && target?.closest?.(BEHIND)) button.focus();
  });
  const desktop = matchMedia(DESKTOP);
  const onWide = () => {
    if (desktop.matches) setOpen(false);
  };
  desktop.addEventListener('change', onWide);
}
