// AbortSignal.any arrived in Chrome 116 / Firefox 124; a hand-rolled join keeps older builds and test
// runtimes on one code path.

export interface TimedSignal {
  signal: AbortSignal;
  /** True once our own timer fired (as opposed to the caller aborting). */
  timedOut(): boolean;
  dispose(): void;
}

export function timedSignal(parent: AbortSignal | undefined, timeoutMs: number): TimedSignal {
  const controller = new AbortController();
  let fired = false;
  const onAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) controller.abort(parent.reason);
  else parent?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    fired = true;
    controller.abort(new DOMException('timed out', 'TimeoutError'));
  }, timeoutMs);
  return {
    signal: controller.signal,
    timedOut: () => fired,
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onAbort);
    },
  };
}

/** The caller's own cancellation passes through untouched, so the pipeline can tell it from failures. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('aborted', 'AbortError');
}
