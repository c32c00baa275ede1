import { describe, expect, it } from 'vitest';
import { isNarrow } from './responsive';

describe('isNarrow', () => {
  it('is a phone at 390 px: only xs holds', () => {
    expect(isNarrow({ xs: true, sm: false, md: false, lg: false, xl: false, xxl: false })).toBe(true);
  });
  it('is a turned phone or small tablet between 576 and 768 px', () => {
    expect(isNarrow({ xs: false, sm: true, md: false, lg: false })).toBe(true);
  });
  it('is not a desktop at 1440 px', () => {
    expect(isNarrow({ xs: false, sm: true, md: true, lg: true, xl: true, xxl: false })).toBe(false);
  });
  it('is not anything before antd has measured', () => {
    expect(isNarrow({})).toBe(false);
  });
});
