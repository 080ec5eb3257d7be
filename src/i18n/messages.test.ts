import { describe, expect, it } from 'vitest';
import { afterEach } from 'vitest';
import { formatNumber, setLocale, t } from './messages';
import { formatBytes, formatDuration, formatRelativeTime } from './units';

afterEach(() => setLocale('en'));

describe('t', () => {
  it('fills placeholders and formats numbers with thousands separators', () => {
    expect(t('progress.bytes', { read: '1.0 MB', total: '2.0 MB' })).toBe('1.0 MB of 2.0 MB read');
    expect(t('progress.rate', { rate: 1234567 })).toBe('1,234,567 events/s');
  });

  it('chooses the plural form by count', () => {
    expect(t('dataset.events', { count: 1 })).toBe('1 event');
    expect(t('dataset.events', { count: 0 })).toBe('0 events');
    expect(t('dataset.events', { count: 12345 })).toBe('12,345 events');
  });

  it('leaves a missing parameter visible instead of blank', () => {
    expect(t('summary.heading')).toBe('Imported “{name}”');
  });

  it('does not interpret markup or placeholders inside parameter values', () => {
    expect(t('summary.heading', { name: '<b>{count}</b>' })).toBe('Imported “<b>{count}</b>”');
  });
});

describe('units', () => {
  it('formats sizes in binary multiples', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(120 * 1024 * 1024)).toBe('120.0 MB');
    expect(formatBytes(10.2 * 1024 ** 3)).toBe('10.2 GB');
  });

  it('formats durations', () => {
    expect(formatDuration(42.4)).toBe('42 s');
    expect(formatDuration(125)).toBe('2 min 5 s');
    expect(formatDuration(3 * 3600 + 60 * 7)).toBe('3 h 7 min');
  });

  it('formats decimals on request', () => {
    expect(formatNumber(1234.56, 1)).toBe('1,234.6');
  });
});

describe('in Japanese', () => {
  it('has no plural forms and keeps the number formatting', () => {
    setLocale('ja');
    expect(t('dataset.events', { count: 1 })).toBe('1 件のイベント');
    expect(t('dataset.events', { count: 12345 })).toBe('12,345 件のイベント');
    expect(formatDuration(125)).toBe('2 分 5 秒');
    expect(formatBytes(1536)).toBe('1.5 KB');
  });

  it('writes relative times with Intl, in the interface language', () => {
    const now = Date.UTC(2017, 7, 24, 12);
    expect(formatRelativeTime(now - 3 * 86_400_000, now)).toBe('3 days ago');
    expect(formatRelativeTime(now - 10_000, now)).toBe('now');
    setLocale('ja');
    expect(formatRelativeTime(now - 3 * 86_400_000, now)).toBe('3 日前');
    expect(formatRelativeTime(now - 86_400_000, now)).toBe('昨日');
    expect(formatRelativeTime(now - 2 * 3_600_000, now)).toBe('2 時間前');
    expect(formatRelativeTime(now - 10_000, now)).toBe('今');
  });

  it('falls back to English for a key the Japanese catalogue lacks, and for unknown languages', () => {
    setLocale('fr');
    expect(t('search.run')).toBe('Run');
    setLocale('ja');
    expect(t('search.run')).toBe('実行');
  });
});
