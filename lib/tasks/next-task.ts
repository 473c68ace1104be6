/**
 * Yields to the event loop with a macrotask, so rendering, input and other messages get their turn,
 * without the ≥ 4 ms a browser adds to a `setTimeout(0)` nested in timers: reading a large file
 * yields hundreds of times, and those waits added seconds (issue #15). Every long step yields with it:
 * reading the stored data in pages, preparing the saved analysis and its fingerprint, imports,
 * backups and restores, and the capture of a long table on the page.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      channel.port2.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
