/** Waits for the next frame (or a moment, where there are no frames). */
function frame(): Promise<void> {
  return new Promise((done) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => done()) : setTimeout(done, 16)));
}

/**
 * Waits until the graph view has drawn and laid out the graph the store holds: two frames for
 * React to hand it over (the view clears its ready mark when it starts), then until the view
 * marks it ready again (the `__zhituGraphReady` mark of tests/e2e/README.md). False after `limitMs`.
 */
export async function whenGraphDrawn(limitMs = 20_000): Promise<boolean> {
  await frame();
  await frame();
  const start = Date.now();
  const ready = () => (globalThis as { __zhituGraphReady?: boolean }).__zhituGraphReady === true;
  while (!ready()) {
    if (Date.now() - start > limitMs) return false;
    await frame();
  }
  return true;
}
