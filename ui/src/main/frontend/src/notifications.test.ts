import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeKinds, notificationsQuery } from './notifications';

describe('the message centre', () => {
  it('asks for unread messages only when told to', () => {
    expect(notificationsQuery(false, 20, 0)).toBe('limit=20&offset=0');
    expect(notificationsQuery(true, 20, 40)).toBe('limit=20&offset=40&unread=true');
  });

  it('has a label for every kind of notice the server sends, read from its enum', () => {
    const source = readFileSync(join(__dirname, '../../../../../query/src/main/java/cn/duban/query/notification/NoticeKind.java'), 'utf8');
    const kinds = /enum NoticeKind \{([^}]*)\}/
      .exec(source)![1]
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    expect(kinds.length).toBeGreaterThan(5);
    expect(Object.keys(noticeKinds).sort()).toEqual([...kinds].sort());
  });
});
