/** What the status board needs of an EventSource (a fake stands in for it in tests). */
export interface StatusSource {
  onopen: ((this: never, ev: Event) => unknown) | null;
  onerror: ((this: never, ev: Event) => unknown) | null;
  readonly readyState: number;
  addEventListener(type: 'task-changed', listener: () => void): void;
  close(): void;
}

const CLOSED = 2;

export interface LiveStatusOptions {
  /** The stream, or null where the browser has no EventSource. */
  open: () => StatusSource | null;
  refresh: () => void;
  setLive: (live: boolean) => void;
  pollMs: number;
  settleMs: number;
}

/**
 * Keeps the status board current: refreshes when the read side announces a task change (once a burst settles: one
 * action changes several projections, each announced), and polls while the stream is down. The browser reconnects a
 * dropped stream by itself (a proxy's idle timeout, a restarted server), so an error only starts the poll until the
 * stream is open again; a stream the browser gave up on (CLOSED, e.g. a session that ended) leaves the poll on.
 * Returns the clean-up for when the board goes away.
 */
export function watchStatus({ open, refresh, setLive, pollMs, settleMs }: LiveStatusOptions): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const poll = () => {
    if (timer === undefined) timer = setInterval(refresh, pollMs);
  };
  const stopPolling = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  const source = open();
  if (source) {
    source.onopen = () => {
      setLive(true);
      stopPolling();
      // Changes may have been missed while the stream was down.
      refresh();
    };
    // The server names its events (task-changed); onmessage would hear only unnamed ones.
    source.addEventListener('task-changed', () => {
      clearTimeout(pending);
      pending = setTimeout(refresh, settleMs);
    });
    source.onerror = () => {
      setLive(false);
      poll();
      if (source.readyState === CLOSED) source.close();
    };
  } else {
    poll();
  }
  return () => {
    source?.close();
    clearTimeout(pending);
    stopPolling();
  };
}
