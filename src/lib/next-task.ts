/**
 * A macrotask to await between chunks of work on the main thread, so that the browser can paint
 * and take input in between. Not `setTimeout(0)`: after five nested timers browsers wait at least
 * 4 ms per timer (HTML's timer clamping), so a search that pauses a dozen times would pay for
 * the pauses in waiting. A message to a port of our own is a task without that clamp (the way
 * scheduler libraries yield); without MessageChannel, a timer.
 */
export function taskYielder(): () => Promise<void> {
  if (typeof MessageChannel === 'undefined') {
    return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  // Node (the tests) keeps a listening port's process alive; browsers have no unref.
  (channel.port1 as { unref?: () => void }).unref?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
