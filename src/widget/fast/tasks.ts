/**
 * Breaking the first visit's work into tasks. Fetching the parts, validating the notice and
 * drawing the first layer are each a few milliseconds on a desktop and several times that on a
 * phone; run back to back in one task they block input as one long task. Between them the
 * browser gets a turn to paint and to answer the visitor.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task. `scheduler.yield()` where the browser has it (the continuation keeps
 * its place ahead of other tasks), otherwise a zero-delay timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
