import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateName, eventName, isKnownEvent, organizationTypeName, tell, type Names } from './history';
import { translator } from './i18n';

// The events the back end stores are the records with @Revision in the command module's message API
// (command/src/main/java/cn/duban/api): read from there, so a new event fails these tests until it has a sample
// here and a sentence and a name in history.ts. The samples follow command's EventSamples.java, as Jackson writes
// them (dates as ISO text, BigDecimal as numbers, enums by name).

const api = join(__dirname, '../../../../../command/src/main/java/cn/duban/api');
const javaEvents = readdirSync(api)
  .map((file) => readFileSync(join(api, file), 'utf8'))
  .filter((java) => /@Revision\(/.test(java))
  .map((java) => /public record (\w+)\(/.exec(java)?.[1])
  .filter((name): name is string => !!name)
  .sort();

const file = { storageKey: '0b6f2b52', name: '驿站照片.jpg', type: 'image/jpeg', size: 204800, digestAlgorithm: 'SM3', digest: '9f86d0' };
const targets = [{ indicator: 'stations', kind: 'COUNT', comparator: 'AT_LEAST', target: 3 }];
const items = [{ code: 'S4', category: '十件实事', title: '建立“爱心驿站”', indicators: [] }];

const samples: Record<string, unknown> = {
  AccountLocked: { username: 'chen.wei', address: '192.0.2.7', failures: 5, lockedUntil: '2018-03-01T08:15:00Z' },
  EvidenceAttached: { taskId: 'task-1', file },
  ExtensionDenied: { taskId: 'task-1', requestedDueDate: '2019-01-31', comment: '理由不充分' },
  ExtensionGranted: { taskId: 'task-1', previousDueDate: '2018-12-31', dueDate: '2019-01-31', comment: '同意' },
  ExtensionRequested: { taskId: 'task-1', dueDate: '2019-01-31', reason: '场地未落实' },
  GapsRectified: { taskId: 'task-1', figures: { stations: 3 }, narrative: '新建1个', evidence: ['0b6f2b52'] },
  GapsReviewed: {
    taskId: 'task-1',
    gaps: [{ indicator: 'stations', target: 3, reported: 2, shortfall: 1 }],
    completion: 0.6667,
    daysLate: 4,
  },
  LoginFailed: { username: 'chen.wei', address: '192.0.2.7', method: 'BASIC', reason: 'BAD_CREDENTIALS' },
  OrganizationRegistered: { code: 'jieshou', name: '界首镇', type: 'TOWNSHIP', parent: 'gaoyou' },
  ProgressReported: { taskId: 'task-1', figures: { stations: 2 }, narrative: '已建成2个', evidence: ['0b6f2b52'] },
  TaskAcknowledged: { taskId: 'task-1' },
  TaskAssessed: { taskId: 'task-1', score: 85, rating: 'GOOD', weight: 0.6, comment: '完成较好' },
  TaskClosed: { taskId: 'task-1' },
  TaskEscalated: { taskId: 'task-1', reason: '单位逾期未签收' },
  TaskIssued: {
    taskId: 'task-1',
    taskListId: 'list-3',
    workPlanId: 'plan-2018',
    itemCode: 'S4',
    organization: 'jieshou',
    targets,
    weight: 0.6,
    dueDate: '2018-12-31',
  },
  TaskLightChanged: { taskId: 'task-1', from: 'BLUE', to: 'RED' },
  TaskListDrafted: {
    taskListId: 'list-3',
    workPlanId: 'plan-2018',
    number: '督交〔2018〕3号',
    title: '十件实事督查交办单',
    dueDate: '2018-12-31',
    assignments: [{ itemCode: 'S4', organization: 'jieshou', targets, weight: 0.6, dueDate: '2018-12-31' }],
  },
  TaskListIssued: {
    taskListId: 'list-3',
    tasks: [{ taskId: 'task-1', itemCode: 'S4', organization: 'jieshou', dueDate: '2018-12-31' }],
    reportingCycle: 'R/P7D',
  },
  TaskReminded: { taskId: 'task-1', reason: '任务已交办，请及时签收' },
  TaskUrged: { taskId: 'task-1', message: '请加快进度' },
  TaskWithdrawn: { taskId: 'task-1', reason: '任务调整' },
  UserContactChanged: { username: 'chen.wei', email: 'chen.wei@example.cn', mobile: null },
  UserDisabled: { username: 'chen.wei', reason: '调离' },
  UserEnabled: { username: 'chen.wei' },
  UserPasswordReset: { username: 'chen.wei' },
  UserLoggedIn: { username: 'chen.wei', address: '192.0.2.7', method: 'FORM' },
  UserLoggedOut: { username: 'chen.wei', address: '192.0.2.7' },
  UserRegistered: { username: 'chen.wei', organization: 'linze', roles: ['UNIT', 'AUDITOR'] },
  UserRolesAssigned: { username: 'chen.wei', organization: null, roles: ['OFFICE'] },
  WorkPlanAmended: { workPlanId: 'plan-2018', items, reason: '目标上调' },
  WorkPlanDrafted: {
    workPlanId: 'plan-2018',
    year: 2018,
    title: '2018年全市工会工作要点',
    issuer: '市总工会',
    framework: '一二三四十',
    items,
  },
  WorkPlanPublished: { workPlanId: 'plan-2018' },
  WorkPlanRevised: { workPlanId: 'plan-2018', title: '修订稿', issuer: '市总工会', framework: '一二三四十', items },
};

const organizations: Record<string, string> = { jieshou: '界首镇', linze: '临泽镇', gaoyou: '高邮市总工会' };
const names = (language: 'zh-CN' | 'en'): Names => ({
  t: translator(language),
  organization: (code) => organizations[code] ?? code,
  indicator: (code) => (code === 'stations' ? { name: '爱心驿站', unit: '个' } : undefined),
  target: (code) => (code === 'stations' ? 3 : undefined),
});
const zh = names('zh-CN');
const told = (type: string, organization: string | null = 'jieshou') => tell({ type, payload: samples[type], organization }, zh);

/** The free text of a sample (names, addresses, file names): the sentence may quote it; enum names it may not. */
function quoted(value: unknown): string[] {
  if (typeof value === 'string') return /^[A-Z_]+$/.test(value) ? [] : [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(quoted);
  return [];
}

it('finds the events of the message API', () => {
  expect(javaEvents).toContain('TaskIssued');
  expect(javaEvents.length).toBeGreaterThan(30);
});

it('has a sample of every event the back end stores, and of nothing else', () => {
  expect(Object.keys(samples).sort()).toEqual(javaEvents);
});

describe.each(javaEvents)('%s', (type) => {
  it('has a name and a sentence of its own', () => {
    expect(isKnownEvent(type)).toBe(true);
    expect(eventName(type, zh.t)).not.toContain(type);
  });

  it.each(['zh-CN', 'en'] as const)('reads in %s with every placeholder filled', (language) => {
    const sentence = tell({ type, payload: samples[type], organization: 'jieshou' }, names(language));
    expect(sentence).not.toMatch(/[{}]|undefined|null|NaN|\[object/);
  });

  it('leaks no English into the Chinese sentence: no field, enum or type names, only quoted free text', () => {
    let rest = told(type);
    // the Chinese dictionary's own name of a login method is HTTP Basic
    for (const text of [...quoted(samples[type]), zh.t('logins.method.BASIC')].sort((a, b) => b.length - a.length)) {
      rest = rest.split(text).join('');
    }
    expect(rest).not.toMatch(/[A-Za-z]/);
  });
});

describe('a sentence', () => {
  it('tells a progress report by the unit, each figure against its target, with its evidence', () => {
    expect(told('ProgressReported')).toBe('界首镇 报告进展：爱心驿站 2 个（目标 3 个），附证据 1 份。已建成2个');
  });

  it('says when a report comes without evidence', () => {
    const payload = { taskId: 'task-1', figures: { stations: 2 }, narrative: '', evidence: [] };
    expect(tell({ type: 'ProgressReported', payload, organization: 'jieshou' }, zh)).toBe(
      '界首镇 报告进展：爱心驿站 2 个（目标 3 个），未附证据',
    );
  });

  it('tells whom a task was issued to, with its targets, weight and deadline', () => {
    expect(told('TaskIssued', null)).toBe('督查室交办给界首镇：爱心驿站 3 个；考核权重 0.6，2018-12-31 前办结');
  });

  it('tells each gap with its target and what was reported', () => {
    expect(told('GapsReviewed', null)).toBe(
      '督查室查漏补缺，发现 1 处差距：爱心驿站 差 1 个（目标 3 个，已完成 2 个）（完成度 66.7%，逾期 4 天）',
    );
    expect(tell({ type: 'GapsReviewed', payload: { taskId: 'task-1', gaps: [], completion: 1, daysLate: 0 } }, zh)).toBe(
      '督查室查漏补缺，各项指标均已达标（完成度 100%，按期）',
    );
    // a revision 1 review recorded neither fact: its sentence says nothing of them
    expect(tell({ type: 'GapsReviewed', payload: { taskId: 'task-1', gaps: [], completion: null, daysLate: null } }, zh)).toBe(
      '督查室查漏补缺，各项指标均已达标',
    );
  });

  it('names the lights, ratings and organization types in Chinese', () => {
    expect(told('TaskLightChanged', null)).toBe('督办灯由“蓝灯 临近期限”变为“红灯 逾期”');
    expect(told('TaskAssessed', null)).toBe('督查室考核：85 分，良好，考核权重 0.6。完成较好');
    expect(told('OrganizationRegistered', null)).toBe('登记责任单位界首镇（乡镇），上级单位高邮市总工会');
  });

  it('names an indicator the plan does not know by its code rather than not at all', () => {
    const payload = { taskId: 'task-1', figures: { coverage: 87.5 }, narrative: '', evidence: [] };
    expect(tell({ type: 'GapsRectified', payload }, { ...zh, indicator: undefined, target: undefined })).toBe(
      '责任单位 报告整改：coverage 87.5，未附证据',
    );
  });

  it('tells an event type it does not know by its fields, named in Chinese where it can, without ids', () => {
    const payload = { taskId: 'task-1', reason: '机构调整', dueDate: '2019-01-31', evidence: ['a', 'b'], extra: { level: 2 } };
    expect(tell({ type: 'TaskSuspended', payload }, zh)).toBe(
      '其他事件（TaskSuspended）：原因 机构调整，期限 2019-01-31，佐证材料 2 项，extra level 2',
    );
    expect(tell({ type: 'TaskResumed', payload: {} }, zh)).toBe('其他事件（TaskResumed）');
  });
});

it('names the streams of the event log and the organization types, an unknown one as it is', () => {
  expect(aggregateName('SupervisionTask', zh.t)).toBe('督查任务');
  expect(aggregateName(null, zh.t)).toBe('安全审计');
  expect(aggregateName('Meeting', zh.t)).toBe('Meeting');
  expect(organizationTypeName('TOWNSHIP', zh.t)).toBe('乡镇');
  expect(organizationTypeName('VILLAGE', zh.t)).toBe('VILLAGE');
});
