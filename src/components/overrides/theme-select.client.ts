import { getLocalStorage, safeGet, safeSet } from '../../lib/storage/safe-storage';
import { defineIsland } from '../../lib/island';

type Theme = 'auto' | 'dark' | 'light';
const KEY = 'starlight-theme';

const parseTheme = (value: unknown): Theme =>
  value === 'dark' || value === 'light' || value === 'auto' ? value : 'auto';

const systemTheme = (): 'dark' | 'light' =>
  matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';

declare global {
  interface Window {
    StarlightThemeProvider?: { updatePickers(theme?: Theme): void };
  }
}

function applyTheme(theme: Theme): void {
  window.StarlightThemeProvider?.updatePickers(theme);
  document.documentElement.dataset.theme = theme === 'auto' ? systemTheme() : theme;
  safeSet(getLocalStorage(), KEY, theme === 'auto' ? '' : theme);
}

/** Define <starlight-theme-select>; storage failures leave the choice in memory only. */
export function initThemeSelect(): void {
  if (customElements.get('starlight-theme-select')) return;
  let current = parseTheme(safeGet(getLocalStorage(), KEY));
  matchMedia('(prefers-color-scheme: light)').addEventListener('change', () => {
    if (current === 'auto') applyTheme('auto');
  });
  defineIsland('starlight-theme-select', {
    connect(el, { signal }) {
      applyTheme(current);
      el.querySelector('select')?.addEventListener(
        'change',
        (event) => {
          if (event.currentTarget instanceof HTMLSelectElement) {
            current = parseTheme(event.currentTarget.value);
            applyTheme(current);
          }
        },
        { signal },
      );
    },
  });
}
