import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchStatus, type StatusSource } from './liveStatus';

class FakeSource implements StatusSource {
  onopen: StatusSource['onopen'] = null;
  onerror: StatusSource['onerror'] = null;
  readyState = 0;
  closed = false;
  private listeners: (() => void)[] = [];
  addEventListener(_type: 'task-changed', listener: () => void) {
    this.listeners.push(listener);
  }
  close() {
    this.closed = true;
  }
  opened() {
    this.readyState = 1;
    this.onopen?.call(undefined as never, new Event('open'));
  }
  changed() {
    this.listeners.forEach((l) => l());
  }
  failed(readyState: number) {
    this.readyState = readyState;
    this.onerror?.call(undefined as never, new Event('error'));
  }
}

describe('the status board stays current', () => {
  let source: FakeSource;
  let refresh: ReturnType<typeof vi.fn>;
  let live: boolean[];
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    source = new FakeSource();
    refresh = vi.fn();
    live = [];
    stop = watchStatus({ open: () => source, refresh, setLive: (l) => live.push(l), pollMs: 30_000, settleMs: 300 });
    source.opened();
    refresh.mockClear();
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('refreshes once after a burst of changes settles', () => {
    source.changed();
    source.changed();
    source.changed();
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(live).toEqual([true]);
  });

  it('polls while the stream is down and stops when the browser has reconnected it', () => {
    source.failed(0);
    expect(live).toEqual([true, false]);
    expect(source.closed).toBe(false);
    vi.advanceTimersByTime(30_000);
    expect(refresh).toHaveBeenCalledTimes(1);

    source.opened();
    expect(live).toEqual([true, false, true]);
    expect(refresh).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(90_000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('keeps polling when the browser gave the stream up', () => {
    source.failed(2);
    expect(source.closed).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('polls where there is no EventSource at all', () => {
    const polled = vi.fn();
    const end = watchStatus({ open: () => null, refresh: polled, setLive: () => {}, pollMs: 30_000, settleMs: 300 });
    vi.advanceTimersByTime(60_000);
    expect(polled).toHaveBeenCalledTimes(2);
    end();
  });
});
