import { describe, expect, it } from 'vitest';
import { withdrawable } from './WithdrawButton';

describe('withdrawable', () => {
  it('lets the office withdraw an open task at any stage', () => {
    for (const status of ['ISSUED', 'ACKNOWLEDGED', 'REPORTING', 'RECTIFYING', 'ASSESSING']) {
      expect(withdrawable({ status })).toBe(true);
    }
  });

  it('offers nothing once the task is closed or withdrawn already', () => {
    expect(withdrawable({ status: 'CLOSED' })).toBe(false);
    expect(withdrawable({ status: 'WITHDRAWN' })).toBe(false);
  });
});
