/**
 * Build-time data islands get from their server-rendered markup (a JSON data attribute), such as
 * the guide table and the reminder kinds. Our own data, but a broken attribute still must not
 * throw: it reads as the fallback.
 */
export function readData<T>(el: HTMLElement, name: string, fallback: T): T {
  try {
    const raw = el.dataset[name];
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}
