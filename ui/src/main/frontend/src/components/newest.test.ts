import { describe, expect, it } from 'vitest';
import { Newest } from './newest';

describe('Newest', () => {
  it('keeps the answer of the newest request, whichever answers last', () => {
    const requests = new Newest();
    const slowPast = requests.begin();
    const live = requests.begin();
    expect(live()).toBe(true);
    expect(slowPast()).toBe(false);
  });

  it('keeps a request current until another begins', () => {
    const requests = new Newest();
    const only = requests.begin();
    expect(only()).toBe(true);
    expect(only()).toBe(true);
    requests.begin();
    expect(only()).toBe(false);
  });

  it('drops every answer still to come once the view asks for nothing', () => {
    const requests = new Newest();
    const pending = requests.begin();
    requests.forget();
    expect(pending()).toBe(false);
  });
});
