import { describe, expect, it } from 'vitest';
import { noticeKinds, notificationsQuery } from './notifications';

describe('the message centre', () => {
  it('asks for unread messages only when told to', () => {
    expect(notificationsQuery(false, 20, 0)).toBe('limit=20&offset=0');
    expect(notificationsQuery(true, 20, 40)).toBe('limit=20&offset=40&unread=true');
  });

  it('has a label for every kind of notice the server sends', () => {
    expect(Object.keys(noticeKinds).sort()).toEqual(
      ['ESCALATED', 'EXTENSION_DENIED', 'EXTENSION_GRANTED', 'GAPS_FOUND', 'LIGHT_RED', 'LIGHT_YELLOW', 'REMINDED', 'URGED'],
    );
  });
});
