import { describe, expect, it } from 'vitest';
import {
  duration,
  faultCount,
  faultKind,
  faultKinds,
  figure,
  firstFault,
  loginKinds,
  loginMethods,
  loginQuery,
  loginReason,
  shortHash,
  verifyBody,
  type Fault,
  type Verification,
} from './audit';
import type { Translate } from './i18n';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';

/** The provider's translation, over one dictionary. */
function translate(dictionary: Record<string, string>): Translate {
  return (key, vars) => {
    let text = dictionary[key] ?? key;
    for (const [name, value] of Object.entries(vars ?? {})) text = text.split(`{${name}}`).join(String(value));
    return text;
  };
}

const t = translate(zh);

function verification(faults: Fault[]): Verification {
  return {
    scope: 'store',
    taskId: null,
    intact: faults.length === 0,
    eventsChecked: 12_345,
    streamsChecked: 40,
    checkpointsChecked: 3,
    millis: 1_234,
    eventsPerSecond: 10_004.2,
    lastCheckpoint: { id: 3, position: 12_000, signedAt: '2018-06-01T08:00:00Z' },
    eventsAfterLastCheckpoint: 345,
    faults,
  };
}

const changed: Fault = { kind: 'CHANGED', position: 812, aggregate: 'Task 3f2a9c', sequence: 4, message: '哈希值与内容不符' };

describe('a verification in words', () => {
  it('asks for the whole store, or for one task by its trimmed id', () => {
    expect(verifyBody()).toEqual({});
    expect(verifyBody('   ')).toEqual({});
    expect(verifyBody(' 3f2a9c ')).toEqual({ taskId: '3f2a9c' });
  });

  it('names the first fault with its kind, place and the server’s message', () => {
    const v = verification([changed, { ...changed, kind: 'CHAIN_BROKEN', position: 813, sequence: 5 }]);
    expect(firstFault(v, t)).toBe('第一个出问题的事件：内容被改（全局序号 812，聚合 Task 3f2a9c，流内序号 4）。 哈希值与内容不符');
    expect(firstFault(v, translate(en))).toBe(
      'First event at fault: Content changed (position 812, aggregate Task 3f2a9c, sequence 4). 哈希值与内容不符',
    );
    expect(faultCount(v, t)).toBe('共发现 2 处问题。');
  });

  it('names only the place the server knows', () => {
    const signature: Fault = { kind: 'BAD_SIGNATURE', position: null, aggregate: null, sequence: null, message: '' };
    expect(firstFault(verification([signature]), t)).toBe('第一个出问题的事件：签名无效。');
    const missing: Fault = { kind: 'MISSING', position: 77, aggregate: null, sequence: null, message: '' };
    expect(firstFault(verification([missing]), t)).toBe('第一个出问题的事件：事件缺失（全局序号 77）。');
  });

  it('has nothing to name when nothing is at fault', () => {
    expect(firstFault(verification([]), t)).toBeUndefined();
  });

  it('says that a hundred faults listed may be more', () => {
    const many = verification(Array.from({ length: 100 }, (_, i) => ({ ...changed, position: i })));
    expect(faultCount(many, t)).toBe('发现至少 100 处问题，只列出前 100 处。');
  });

  it('names every kind of fault in Chinese, and an unknown one as it came', () => {
    expect(Object.keys(faultKinds).map((k) => faultKind(k, t))).toEqual([
      '内容被改',
      '事件缺失',
      '未入链的事件',
      '顺序被改',
      '链断裂',
      '检查点不符',
      '签名无效',
    ]);
    expect(faultKind('SOMETHING_NEW', t)).toBe('SOMETHING_NEW');
  });
});

describe('figures', () => {
  it('reads durations as people do', () => {
    expect(duration(850, t)).toBe('850 毫秒');
    expect(duration(1_234, t)).toBe('1.2 秒');
    expect(duration(2_000, t)).toBe('2 秒');
    expect(duration(125_000, t)).toBe('2 分 5 秒');
    expect(duration(125_000, translate(en))).toBe('2 min 5 s');
  });

  it('groups thousands in whole numbers', () => {
    expect(figure(0)).toBe('0');
    expect(figure(999)).toBe('999');
    expect(figure(10_004.2)).toBe('10,004');
    expect(figure(1_234_567)).toBe('1,234,567');
  });

  it('shortens a hash for the table', () => {
    const hash = 'a3f1c2d4e5b6978812345678';
    expect(shortHash(hash)).toBe('a3f1c2d4e5b6…');
    expect(shortHash('abc')).toBe('abc');
  });
});

describe('login records', () => {
  it('name kinds, methods and reasons in Chinese', () => {
    expect(Object.values(loginKinds).map((k) => t(k.label))).toEqual(['登录', '登录失败', '退出', '账户锁定']);
    expect(Object.values(loginMethods).map((m) => t(m))).toEqual(['登录页', 'HTTP Basic', '统一身份认证', '令牌']);
    expect(['BAD_CREDENTIALS', 'LOCKED', 'DISABLED', 'UNKNOWN_USER'].map((r) => loginReason(r, t))).toEqual([
      '密码错误',
      '账户已锁定',
      '账户已停用',
      '用户不存在',
    ]);
    expect(loginReason(null, t)).toBe('');
    expect(loginReason('EXPIRED', t)).toBe('EXPIRED');
  });

  it('ask for a user only when one is named, and for the next page before the last one shown', () => {
    expect(loginQuery('', null, 50)).toBe('limit=50');
    expect(loginQuery(' jieshou ', null, 50)).toBe('limit=50&username=jieshou');
    expect(loginQuery('jieshou', 4711, 50)).toBe('limit=50&username=jieshou&before=4711');
  });
});
