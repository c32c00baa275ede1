import dayjs from 'dayjs';
import { loginMethods, loginReasons } from './audit';
import { key, type Key, type Translate } from './i18n';
import { withUnit } from './plan';

// The history of the event store told as sentences (界首镇 报告进展：爱心驿站 2 个（目标 3 个），附证据 1 份): the
// task's timeline and the auditors' event log read payloads the way the server stores them, Jackson's JSON of the
// event records in the command module's cn.duban.api package. history.test.ts names one sample of each record.

/** An event as both pages have it: its simple type name, its payload, and the organization of whoever caused it. */
export interface Told {
  type: string;
  payload: unknown;
  organization?: string | null;
}

/** What the sentences name beyond the payload: organizations, and a task's indicators with their targets. */
export interface Names {
  t: Translate;
  organization: (code: string) => string;
  indicator?: (code: string) => { name: string; unit?: string | null } | undefined;
  target?: (code: string) => number | undefined;
}

type Payload = Record<string, unknown>;

const eventNames: Record<string, Key> = {
  TaskIssued: key('event.TaskIssued'),
  TaskAcknowledged: key('event.TaskAcknowledged'),
  EvidenceAttached: key('event.EvidenceAttached'),
  ProgressReported: key('event.ProgressReported'),
  TaskUrged: key('event.TaskUrged'),
  TaskReminded: key('event.TaskReminded'),
  TaskEscalated: key('event.TaskEscalated'),
  ExtensionRequested: key('event.ExtensionRequested'),
  ExtensionGranted: key('event.ExtensionGranted'),
  ExtensionDenied: key('event.ExtensionDenied'),
  GapsReviewed: key('event.GapsReviewed'),
  GapsRectified: key('event.GapsRectified'),
  TaskAssessed: key('event.TaskAssessed'),
  TaskClosed: key('event.TaskClosed'),
  TaskWithdrawn: key('event.TaskWithdrawn'),
  TaskLightChanged: key('event.TaskLightChanged'),
  TaskListDrafted: key('event.TaskListDrafted'),
  TaskListIssued: key('event.TaskListIssued'),
  WorkPlanDrafted: key('event.WorkPlanDrafted'),
  WorkPlanRevised: key('event.WorkPlanRevised'),
  WorkPlanPublished: key('event.WorkPlanPublished'),
  WorkPlanAmended: key('event.WorkPlanAmended'),
  OrganizationRegistered: key('event.OrganizationRegistered'),
  UserRegistered: key('event.UserRegistered'),
  UserRolesAssigned: key('event.UserRolesAssigned'),
  UserContactChanged: key('event.UserContactChanged'),
  UserDisabled: key('event.UserDisabled'),
  UserEnabled: key('event.UserEnabled'),
  UserPasswordReset: key('event.UserPasswordReset'),
  UserLoggedIn: key('event.UserLoggedIn'),
  UserLoggedOut: key('event.UserLoggedOut'),
  LoginFailed: key('event.LoginFailed'),
  AccountLocked: key('event.AccountLocked'),
};

/** An event's name (交办), or, for a type this front end does not know yet, a name that says so. */
export function eventName(type: string, t: Translate): string {
  const name = eventNames[type];
  return name ? t(name) : t('event.unknown', { type });
}

const aggregateNames: Record<string, Key> = {
  SupervisionTask: key('aggregate.SupervisionTask'),
  TaskList: key('aggregate.TaskList'),
  WorkPlan: key('aggregate.WorkPlan'),
  Organization: key('aggregate.Organization'),
  UserAccount: key('aggregate.UserAccount'),
};

/** The kind of stream an event belongs to; logins and other events of no aggregate have none. */
export function aggregateName(type: string | null, t: Translate): string {
  if (!type) return t('aggregate.none');
  const name = aggregateNames[type];
  return name ? t(name) : type;
}

const organizationTypes: Record<string, Key> = {
  CITY_FEDERATION: key('organizationType.CITY_FEDERATION'),
  TOWNSHIP: key('organizationType.TOWNSHIP'),
  PARK: key('organizationType.PARK'),
  CITY_AGENCY: key('organizationType.CITY_AGENCY'),
  GRASSROOTS_UNION: key('organizationType.GRASSROOTS_UNION'),
};

/** The organization types the back end knows (OrganizationType), in the order a form offers them. */
export const organizationTypeCodes = Object.keys(organizationTypes);

export function organizationTypeName(type: string, t: Translate): string {
  const name = organizationTypes[type];
  return name ? t(name) : type;
}

const roles: Record<string, Key> = {
  ADMIN: key('role.ADMIN'),
  OFFICE: key('role.OFFICE'),
  UNIT: key('role.UNIT'),
  AUDITOR: key('role.AUDITOR'),
};
const ratings: Record<string, Key> = {
  EXCELLENT: key('rating.EXCELLENT'),
  GOOD: key('rating.GOOD'),
  PASS: key('rating.PASS'),
  FAIL: key('rating.FAIL'),
};
const lights: Record<string, Key> = {
  GREEN: key('light.GREEN'),
  BLUE: key('light.BLUE'),
  YELLOW: key('light.YELLOW'),
  RED: key('light.RED'),
};

/** The fields the fallback sentence names; any other keeps its own name. */
const fields: Record<string, Key> = {
  reason: key('field.reason'),
  comment: key('field.comment'),
  message: key('field.message'),
  narrative: key('field.narrative'),
  dueDate: key('field.dueDate'),
  figures: key('field.figures'),
  evidence: key('field.evidence'),
  score: key('field.score'),
  weight: key('field.weight'),
  organization: key('field.organization'),
  username: key('field.username'),
  title: key('field.title'),
};

/** The event as one sentence in the reader's language; an unknown type still reads as its fields with their values. */
export function tell(event: Told, names: Names): string {
  const p = (event.payload && typeof event.payload === 'object' ? event.payload : {}) as Payload;
  const sentence = sentences[event.type];
  return sentence ? sentence(p, names, event) : fallback(event.type, p, names);
}

function fallback(type: string, p: Payload, { t }: Names): string {
  const shown = Object.entries(p)
    .filter(([field, value]) => !/Id$/.test(field) && value !== null && value !== undefined)
    .map(([field, value]) => `${fields[field] ? t(fields[field]) : field} ${plain(value, t)}`);
  return shown.length ? `${eventName(type, t)}：${shown.join(t('history.separator'))}` : eventName(type, t);
}

function plain(value: unknown, t: Translate): string {
  if (Array.isArray(value)) return t('history.items', { count: value.length });
  if (typeof value === 'object') {
    return Object.entries(value as Payload)
      .map(([k, v]) => `${k} ${plain(v, t)}`)
      .join(t('history.separator'));
  }
  return String(value);
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const when = (instant: unknown) => dayjs(String(instant)).format('YYYY-MM-DD HH:mm:ss');
const named = (dictionary: Record<string, Key>, value: unknown, t: Translate) =>
  dictionary[text(value)] ? t(dictionary[text(value)]) : text(value);

/** Who in the unit acted: the organization the event's metadata names, else the unit in general. */
function unit(event: Told, names: Names): string {
  return event.organization ? names.organization(event.organization) : names.t('history.theUnit');
}

/** A comment or reason after the sentence, when there is one. */
function because(value: unknown, t: Translate): string {
  return text(value).trim() ? t('history.because', { text: text(value).trim() }) : '';
}

function amount(code: string, value: unknown, names: Names): string {
  return withUnit(text(value), names.indicator?.(code)?.unit);
}

function indicator(code: string, names: Names): string {
  return names.indicator?.(code)?.name ?? code;
}

/** Figures as reported: 爱心驿站 2 个（目标 3 个）, each against its target where the task's targets are known. */
function figures(value: unknown, names: Names): string {
  const { t } = names;
  const entries = Object.entries((value ?? {}) as Record<string, unknown>);
  if (!entries.length) return t('history.noFigures');
  return entries
    .map(([code, figure]) => {
      const target = names.target?.(code);
      return target === undefined
        ? t('history.figure', { indicator: indicator(code, names), figure: amount(code, figure, names) })
        : t('history.figureOfTarget', {
            indicator: indicator(code, names),
            figure: amount(code, figure, names),
            target: amount(code, target, names),
          });
    })
    .join(t('history.separator'));
}

function evidence(value: unknown, t: Translate): string {
  const count = list(value).length;
  return count ? t('history.evidence', { count }) : t('history.noEvidence');
}

function rolesOf(p: Payload, names: Names): string {
  const { t } = names;
  const shown = list(p.roles)
    .map((role) => named(roles, role, t))
    .join(t('history.separator'));
  return p.organization ? t('history.rolesOf', { roles: shown, organization: names.organization(text(p.organization)) }) : shown;
}

/** A reporting cycle such as R/P7D or R4/P1W, as people say it; anything else as written. */
function cycle(value: unknown, t: Translate): string {
  const match = /^R\d*\/P(\d+)([DWM])$/.exec(text(value));
  if (!match) return text(value);
  const count = Number(match[1]);
  if (match[2] === 'D') return t('history.everyDays', { count });
  if (match[2] === 'W') return t('history.everyWeeks', { count });
  return t('history.everyMonths', { count });
}

/** Whether the front end has a name and a sentence of its own for this type. */
export function isKnownEvent(type: string): boolean {
  return type in eventNames && type in sentences;
}

type Sentence = (p: Payload, names: Names, event: Told) => string;

const sentences: Record<string, Sentence> = {
  TaskIssued: (p, names) =>
    names.t('history.TaskIssued', {
      organization: names.organization(text(p.organization)),
      targets: list(p.targets)
        .map((target) => {
          const { indicator: code, target: value } = target as { indicator: string; target: number };
          return names.t('history.figure', { indicator: indicator(code, names), figure: amount(code, value, names) });
        })
        .join(names.t('history.separator')),
      weight: text(p.weight),
      dueDate: text(p.dueDate),
    }),
  TaskAcknowledged: (_, names, event) => names.t('history.TaskAcknowledged', { unit: unit(event, names) }),
  EvidenceAttached: (p, names, event) => {
    const file = (p.file ?? {}) as Payload;
    return names.t('history.EvidenceAttached', { unit: unit(event, names), name: text(file.name) });
  },
  ProgressReported: (p, names, event) =>
    names.t('history.ProgressReported', {
      unit: unit(event, names),
      figures: figures(p.figures, names),
      evidence: evidence(p.evidence, names.t),
    }) + because(p.narrative, names.t),
  GapsRectified: (p, names, event) =>
    names.t('history.GapsRectified', {
      unit: unit(event, names),
      figures: figures(p.figures, names),
      evidence: evidence(p.evidence, names.t),
    }) + because(p.narrative, names.t),
  GapsReviewed: (p, names) => `${gapsReviewed(p, names)}${reviewFacts(p, names)}`,
  TaskUrged: (p, { t }) => t('history.TaskUrged', { message: text(p.message) }),
  TaskReminded: (p, names, event) => names.t('history.TaskReminded', { unit: unit(event, names), reason: text(p.reason) }),
  TaskEscalated: (p, { t }) => t('history.TaskEscalated', { reason: text(p.reason) }),
  ExtensionRequested: (p, names, event) =>
    names.t('history.ExtensionRequested', { unit: unit(event, names), dueDate: text(p.dueDate) }) + because(p.reason, names.t),
  ExtensionGranted: (p, { t }) =>
    t('history.ExtensionGranted', { previous: text(p.previousDueDate), dueDate: text(p.dueDate) }) + because(p.comment, t),
  ExtensionDenied: (p, { t }) => t('history.ExtensionDenied', { dueDate: text(p.requestedDueDate) }) + because(p.comment, t),
  TaskAssessed: (p, { t }) =>
    t('history.TaskAssessed', { score: text(p.score), rating: named(ratings, p.rating, t), weight: text(p.weight) }) +
    because(p.comment, t),
  TaskClosed: (_, { t }) => t('history.TaskClosed'),
  TaskWithdrawn: (p, { t }) => t('history.TaskWithdrawn') + because(p.reason, t),
  TaskLightChanged: (p, { t }) => t('history.TaskLightChanged', { from: named(lights, p.from, t), to: named(lights, p.to, t) }),
  TaskListDrafted: (p, { t }) =>
    t('history.TaskListDrafted', {
      number: text(p.number),
      title: text(p.title),
      count: list(p.assignments).length,
      dueDate: text(p.dueDate),
    }),
  TaskListIssued: (p, { t }) => t('history.TaskListIssued', { count: list(p.tasks).length, cycle: cycle(p.reportingCycle, t) }),
  WorkPlanDrafted: (p, { t }) =>
    t('history.WorkPlanDrafted', { year: text(p.year), title: text(p.title), issuer: text(p.issuer), count: list(p.items).length }),
  WorkPlanRevised: (p, { t }) => t('history.WorkPlanRevised', { title: text(p.title), count: list(p.items).length }),
  WorkPlanPublished: (_, { t }) => t('history.WorkPlanPublished'),
  WorkPlanAmended: (p, { t }) => t('history.WorkPlanAmended', { count: list(p.items).length }) + because(p.reason, t),
  OrganizationRegistered: (p, names) =>
    names.t('history.OrganizationRegistered', { name: text(p.name), type: organizationTypeName(text(p.type), names.t) }) +
    (p.parent ? names.t('history.under', { parent: names.organization(text(p.parent)) }) : ''),
  UserRegistered: (p, names) => names.t('history.UserRegistered', { username: text(p.username), roles: rolesOf(p, names) }),
  UserRolesAssigned: (p, names) => names.t('history.UserRolesAssigned', { username: text(p.username), roles: rolesOf(p, names) }),
  UserContactChanged: (p, { t }) =>
    t('history.UserContactChanged', {
      username: text(p.username),
      email: text(p.email) || t('history.noContact'),
      mobile: text(p.mobile) || t('history.noContact'),
    }),
  UserDisabled: (p, { t }) => t('history.UserDisabled', { username: text(p.username) }) + because(p.reason, t),
  UserEnabled: (p, { t }) => t('history.UserEnabled', { username: text(p.username) }),
  UserPasswordReset: (p, { t }) => t('history.UserPasswordReset', { username: text(p.username) }),
  UserLoggedIn: (p, { t }) =>
    t('history.UserLoggedIn', { username: text(p.username), method: named(loginMethods, p.method, t), address: text(p.address) }),
  UserLoggedOut: (p, { t }) => t('history.UserLoggedOut', { username: text(p.username), address: text(p.address) }),
  LoginFailed: (p, { t }) =>
    t('history.LoginFailed', {
      username: text(p.username) || t('history.unknownUser'),
      reason: named(loginReasons, p.reason, t),
      method: named(loginMethods, p.method, t),
      address: text(p.address),
    }),
  AccountLocked: (p, { t }) =>
    t('history.AccountLocked', {
      username: text(p.username),
      failures: text(p.failures),
      until: when(p.lockedUntil),
      address: text(p.address),
    }),
};

function gapsReviewed(p: Payload, names: Names): string {
  const gaps = list(p.gaps) as { indicator: string; target: number; reported: number; shortfall: number }[];
  if (!gaps.length) return names.t('history.GapsReviewedNone');
  return names.t('history.GapsReviewed', {
    count: gaps.length,
    gaps: gaps
      .map((gap) =>
        names.t('history.gap', {
          indicator: indicator(gap.indicator, names),
          shortfall: amount(gap.indicator, gap.shortfall, names),
          target: amount(gap.indicator, gap.target, names),
          reported: amount(gap.indicator, gap.reported, names),
        }),
      )
      .join(names.t('history.separator')),
  });
}

/** What revision 2 of a review records: how complete the task was and how late the review came; a revision 1 review has neither. */
function reviewFacts(p: Payload, { t }: Names): string {
  if (typeof p.completion !== 'number') return '';
  const late = typeof p.daysLate === 'number' && p.daysLate > 0 ? t('history.daysLate', { days: p.daysLate }) : t('history.onTime');
  return t('history.reviewFacts', { completion: `${Math.round(p.completion * 1000) / 10}%`, late });
}
