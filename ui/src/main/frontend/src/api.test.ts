import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from './api';

// How the app talks to the API: the session's CSRF token on every change, and problem details as errors that keep
// the server's own words.

const assign = vi.fn();
let calls: { path: string; init: RequestInit }[] = [];

function answer(status: number, body: unknown) {
  vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
    calls.push({ path, init });
    return { status, ok: status < 400, statusText: 'status', text: async () => (body === undefined ? '' : JSON.stringify(body)) };
  });
}

beforeEach(() => {
  calls = [];
  vi.stubGlobal('document', { cookie: 'JSESSIONID=x; XSRF-TOKEN=a%2Bb' });
  vi.stubGlobal('window', { location: { assign } });
});

afterEach(() => {
  vi.unstubAllGlobals();
  assign.mockReset();
});

describe('api', () => {
  it('sends a change with the token of the XSRF-TOKEN cookie and a JSON body', async () => {
    answer(201, { id: '42' });
    expect(await api('/api/task-lists', { method: 'POST', body: { title: '督交' } })).toEqual({ id: '42' });
    const headers = calls[0].init.headers as Record<string, string>;
    expect(headers['X-XSRF-TOKEN']).toBe('a+b');
    expect(headers['Content-Type']).toBe('application/json');
    expect(calls[0].init.body).toBe('{"title":"督交"}');
  });

  it('sends no token with a read', async () => {
    answer(200, []);
    await api('/api/tasks');
    expect((calls[0].init.headers as Record<string, string>)['X-XSRF-TOKEN']).toBeUndefined();
  });

  it('turns a problem into an error with its detail and fields', async () => {
    answer(400, { title: 'Bad Request', status: 400, detail: '输入有误', errors: [{ field: 'score', message: '不能大于100' }] });
    const error = await api('/api/work-queue/1/complete', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, detail: '输入有误', errors: [{ field: 'score', message: '不能大于100' }] });
  });

  it('sends the browser to the login page when the session has ended', async () => {
    answer(401, { title: 'Unauthorized', status: 401 });
    await expect(api('/api/me')).rejects.toBeInstanceOf(ApiError);
    expect(assign).toHaveBeenCalledWith('/login');
  });
});
