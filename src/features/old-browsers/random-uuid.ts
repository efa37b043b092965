/**
 * `crypto.randomUUID()` where it is missing: Safari 15.0–15.3, and every browser on a page served
 * over plain http from a host other than localhost (it exists in secure contexts only).
 * ical-generator calls it for each event's default id before taking ours (../reminders/ics.ts),
 * so without it «Добавить в календарь» throws. Built on `crypto.getRandomValues`, which every
 * target has in any context. A version 4 UUID, as the native one.
 */
type Uuid = `${string}-${string}-${string}-${string}-${string}`;

export function ensureRandomUUID(c: Crypto | undefined = globalThis.crypto): void {
  if (!c || typeof c.randomUUID === 'function') return;
  const randomUUID = (): Uuid => {
    const b = c.getRandomValues(new Uint8Array(16));
    b[6] = (b[6]! & 0x0f) | 0x40; // version 4
    b[8] = (b[8]! & 0x3f) | 0x80; // variant 10
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  Object.defineProperty(c, 'randomUUID', { value: randomUUID, configurable: true, writable: true });
}
