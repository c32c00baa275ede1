import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, apiPage, upload } from './api';

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

  it('uploads a file as the multipart part "file" with the token, and keeps a refusal\'s own words', async () => {
    answer(201, { storageKey: 'k1', name: '现场照片.png', type: 'image/png', size: 3, digestAlgorithm: 'SHA-256', digest: 'x' });
    const file = new File([new Uint8Array([1, 2, 3])], '现场照片.png', { type: 'image/png' });
    expect(await upload('/api/tasks/t1/evidence', file)).toMatchObject({ storageKey: 'k1' });
    const headers = calls[0].init.headers as Record<string, string>;
    expect(headers['X-XSRF-TOKEN']).toBe('a+b');
    expect(headers['Content-Type']).toBeUndefined(); // the browser sets the multipart boundary
    expect((calls[0].init.body as FormData).get('file')).toMatchObject({ name: '现场照片.png', size: 3 });

    answer(415, { title: 'Unsupported Media Type', status: 415, detail: '不支持的文件类型：application/zip' });
    const error = await upload('/api/tasks/t1/evidence', file).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 415, detail: '不支持的文件类型：application/zip' });
  });
});

describe('apiPage', () => {
  it("answers one page's rows with the whole list's length from X-Total-Count", async () => {
    vi.stubGlobal('fetch', async () => ({
      status: 200,
      ok: true,
      statusText: 'OK',
      headers: new Headers({ 'X-Total-Count': '57' }),
      text: async () => JSON.stringify([{ code: 'jieshou' }]),
    }));
    expect(await apiPage('/api/organizations?page=2&size=20')).toEqual({ rows: [{ code: 'jieshou' }], total: 57 });
  });
});
