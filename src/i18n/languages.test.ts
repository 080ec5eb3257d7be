import { describe, expect, it } from 'vitest';
import { matchLanguage } from './languages';

describe('matchLanguage', () => {
  it.each([
    [['ja-JP', 'en-US'], 'ja'],
    [['ja'], 'ja'],
    [['en-GB', 'ja'], 'en'],
    [['fr-FR', 'ja-JP'], 'ja'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
    [['en-XA'], 'en-XA'],
  ] as const)('%j → %s', (tags, language) => {
    expect(matchLanguage(tags)).toBe(language);
  });
});
