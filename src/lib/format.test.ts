import { describe, expect, it } from 'vitest';
import { formatDateZh, formatPeriod, joinZh, orUnknown, planLabel, planShortLabel, UNKNOWN, yearOf } from './format';

describe('orUnknown', () => {
  it('shows unknown for null, undefined and blank values', () => {
    expect(orUnknown(null)).toBe(UNKNOWN);
    expect(orUnknown(undefined)).toBe(UNKNOWN);
    expect(orUnknown('  ')).toBe('未知');
    expect(orUnknown('苏委发〔2021〕1号')).toBe('苏委发〔2021〕1号');
  });
});

describe('dates', () => {
  it('formats full, month-only and year-only ISO dates in Chinese', () => {
    expect(formatDateZh('2025-09-09')).toBe('2025年9月9日');
    expect(formatDateZh('2024-08')).toBe('2024年8月');
    expect(formatDateZh('2023')).toBe('2023年');
    expect(formatDateZh(null)).toBeNull();
  });
  it('leaves a non-ISO value as it is rather than guessing', () => {
    expect(formatDateZh('2022年末')).toBe('2022年末');
    expect(yearOf('2022年末')).toBeNull();
    expect(yearOf('2024-08-22')).toBe(2024);
  });
});

describe('periods and labels', () => {
  it('formats ranges and single years', () => {
    expect(formatPeriod({ start: 2025, end: 2027 })).toBe('2025–2027');
    expect(formatPeriod({ start: 2024, end: 2024 })).toBe('2024');
    expect(formatPeriod(null)).toBeNull();
  });
  it('tells plans apart by period, then date year, then kind', () => {
    const base = { city: '盐城', title: 't', kind: null, date: null, period: null };
    expect(planLabel({ ...base, period: { start: 2022, end: 2024 } })).toBe('盐城 2022–2024');
    expect(planShortLabel({ ...base, date: '2024-08-22' })).toBe('2024');
    expect(planLabel({ ...base, city: '泰州', kind: '指导意见' })).toBe('泰州 指导意见');
    expect(planShortLabel({ ...base })).toBe('t');
  });
  it('joins with 、', () => {
    expect(joinZh(['市工信局', '市数据局'])).toBe('市工信局、市数据局');
    expect(joinZh([])).toBeNull();
  });
});
