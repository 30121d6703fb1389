/** Runs `task` when the page is idle (soon after, where the browser cannot tell). No imports: both the plain first layer and the Lit element use it. */
export function whenIdle(task: () => unknown): void {
  const idle = (globalThis as { requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number })
    .requestIdleCallback;
  if (idle) idle(() => void task(), { timeout: 2000 });
  else setTimeout(() => void task(), 200);
}
