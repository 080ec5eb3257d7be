import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Message } from './message-types';
import { englishCatalogue } from './messages';
import { jaMessages } from './ja';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoCatalogue, pseudoText } from './pseudo';

type Area = Record<string, Message>;

/**
 * Every area file of a language folder, by area name (`en/library.ts` is `library`), read from
 * the folder itself: a new area file is compared the day it is added, without a list to update.
 */
async function areaFiles(language: 'en' | 'ja'): Promise<Record<string, Area>> {
  const folder = new URL(`./${language}/`, import.meta.url);
  const names = readdirSync(folder)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
    .map((f) => f.slice(0, -'.ts'.length));
  const areas: Record<string, Area> = {};
  for (const name of names) {
    const module = (await import(`./${language}/${name}.ts`)) as Record<string, unknown>;
    areas[name] = Object.assign({}, ...Object.values(module).filter((v) => typeof v === 'object'));
  }
  return areas;
}

const en: Area = englishCatalogue();
const enAreas = await areaFiles('en');
// The header, data manager and import texts live in messages.ts itself.
const inAreas = new Set(Object.values(enAreas).flatMap((a) => Object.keys(a)));
enAreas.core = Object.fromEntries(Object.entries(en).filter(([k]) => !inAreas.has(k)));
const jaAreas = await areaFiles('ja');

const forms = (m: Message): string[] =>
  typeof m === 'string' ? [m] : Object.values(m).filter((f): f is string => f !== undefined);
const placeholders = (m: Message): string[] =>
  [...new Set(forms(m).flatMap((f) => f.match(/\{\w+\}/g) ?? []))].sort();
const english = (m: Message) => JSON.stringify(typeof m === 'string' ? m : m.other);

/**
 * What the Japanese catalogue lacks or has beyond the English one, area by area, written so that
 * whoever merges new English texts can fill the gaps from the failure message alone.
 */
export function catalogueGaps(enByArea: Record<string, Area>, jaByArea: Record<string, Area>) {
  const lines: string[] = [];
  for (const area of Object.keys(enByArea).sort()) {
    const source = enByArea[area];
    const target = jaByArea[area] ?? {};
    const file = `src/i18n/ja/${area}.ts`;
    for (const key of Object.keys(source)) {
      if (!(key in target))
        lines.push(`missing in ${file}: '${key}' (English: ${english(source[key])})`);
    }
    for (const key of Object.keys(target)) {
      if (!(key in source)) lines.push(`extra in ${file}: '${key}' (no English text has this key)`);
    }
  }
  return lines;
}

describe('the Japanese catalogue', () => {
  it('reads every area file of both folders', () => {
    // Both folders hold the same areas, and messages.ts takes in every English one.
    expect(Object.keys(jaAreas).sort()).toEqual(Object.keys(enAreas).sort());
    expect(Object.keys(enAreas).length).toBeGreaterThan(10);
    const outside = [...inAreas].filter((k) => !(k in en));
    expect(outside, 'keys of an en/ area file that messages.ts does not include').toEqual([]);
  });

  it('has exactly the keys of the English one, area by area', () => {
    const gaps = catalogueGaps(enAreas, jaAreas);
    expect(gaps, `Japanese texts to add or remove:\n${gaps.join('\n')}\n`).toEqual([]);
    expect(Object.keys(jaMessages).sort()).toEqual(Object.keys(en).sort());
  });

  it('lists a missing or extra key with its file and English text', () => {
    const gaps = catalogueGaps(
      { hunt: { 'hunt.a': 'Alpha', 'hunt.b': { one: 'one {count}', other: 'B {count}' } } },
      { hunt: { 'hunt.a': 'アルファ', 'hunt.c': 'シー' } },
    );
    expect(gaps).toEqual([
      `missing in src/i18n/ja/hunt.ts: 'hunt.b' (English: "B {count}")`,
      `extra in src/i18n/ja/hunt.ts: 'hunt.c' (no English text has this key)`,
    ]);
  });

  it('keeps every placeholder of the English text, and no other', () => {
    const differ = Object.keys(jaMessages)
      .filter((k) => k in en)
      .filter((k) => placeholders(en[k]).join() !== placeholders((jaMessages as Area)[k]).join())
      .map(
        (k) =>
          `${k}: English ${placeholders(en[k]).join(' ')}, Japanese ${placeholders((jaMessages as Area)[k]).join(' ')}`,
      );
    expect(differ).toEqual([]);
  });

  it('has only the `other` plural form, wherever English has plural forms', () => {
    const wrong = Object.entries(jaMessages as Area)
      .filter(([k]) => k in en)
      .filter(([k, m]) =>
        typeof en[k] === 'string'
          ? typeof m !== 'string'
          : typeof m === 'string' || Object.keys(m).join() !== 'other',
      )
      .map(([k]) => k);
    expect(wrong).toEqual([]);
  });

  it('uses full-width punctuation after Japanese text', () => {
    const jp = '[\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}ー]';
    // A bracket opened after Japanese is full-width too, wherever it is (`時刻（{offset}）`).
    const halfWidth = new RegExp(`${jp}[.,!?;:]|[.,!?;:]${jp}|${jp}\\s*\\(`, 'u');
    const bad = Object.entries(jaMessages as Area)
      .flatMap(([k, m]) => forms(m).map((f) => [k, f] as const))
      .filter(([, f]) => halfWidth.test(f))
      .map(([k, f]) => `${k}: ${f}`);
    expect(bad).toEqual([]);
  });
});

describe('the pseudo-locale', () => {
  it('accents and brackets every message, placeholders untouched', () => {
    expect(pseudoText('Show all {count}')).toBe(`${PSEUDO_OPEN}Šĥóŵ áĺĺ {count}${PSEUDO_CLOSE}`);
    const pseudo = pseudoCatalogue(en);
    expect(Object.keys(pseudo)).toEqual(Object.keys(en));
    for (const [key, message] of Object.entries(pseudo)) {
      for (const text of forms(message)) {
        expect(text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE), key).toBe(true);
        expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[A-Za-z]/);
      }
      expect(placeholders(message), key).toEqual(placeholders(en[key]));
    }
  });
});
