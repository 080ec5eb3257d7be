import type { BrowserContext, Page } from '@playwright/test';
import type { Language } from '../../src/i18n/languages';
import { setLocale, t, type MessageKey, type MessageParams } from '../../src/i18n/messages';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../src/i18n/pseudo';

const SETTINGS_KEY = 'hunting-workbook.settings';

/**
 * Every page of the context starts in `language`, as if the user had chosen it before: the
 * app's settings are stored in advance (only where none are yet, so a choice made in the test
 * survives a reload).
 */
export async function startIn(context: BrowserContext, language: Language): Promise<void> {
  await context.addInitScript(
    ({ key, value }) => {
      try {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      } catch {
        // about:blank and other opaque origins have no storage.
      }
    },
    { key: SETTINGS_KEY, value: JSON.stringify({ state: { language }, version: 1 }) },
  );
}

/** A message as the app shows it in `language` (the catalogue is the app's own). */
export function text(language: Language, key: MessageKey, params?: MessageParams): string {
  setLocale(language);
  try {
    return t(key, params);
  } finally {
    setLocale('en');
  }
}

/** The pseudo-locale's text of a message: what a button or heading is named in `en-XA`. */
export const px = (key: MessageKey, params?: MessageParams) => text('en-XA', key, params);

/**
 * Visible text and accessible names on the page that contain English words outside the
 * pseudo-locale's brackets: UI text that did not come from the catalogue. Log data, SPL, field
 * names and hunt content are left out by their containers (`translate="no"`,
 * `data-i18n-exempt`, `code`, `kbd`, `pre`); UTC offsets and IANA zone names are not words of
 * any language. Each problem names the element it is in.
 */
export async function untranslatedText(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ open, close }) => {
      const exempt =
        '[translate="no"], [data-i18n-exempt], code, kbd, pre, samp, textarea, script, style';
      const bracketed = new RegExp(`\\${open}[^\\${open}\\${close}]*\\${close}`, 'g');
      const notWords = [/UTC[+-]\d{2}:\d{2}/g, /\b[A-Z][A-Za-z_]+(?:\/[A-Za-z_+-]+)+/g, /\bUTC\b/g];
      const leftover = (value: string) => {
        let s = value;
        for (let prev = ''; prev !== s;) {
          prev = s;
          s = s.replace(bracketed, ' ');
        }
        for (const re of notWords) s = s.replace(re, ' ');
        return /[A-Za-z]{2,}/.test(s);
      };
      const where = (el: Element) => {
        const id = el.id ? `#${el.id}` : '';
        const cls =
          typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
        const test = el.getAttribute('data-testid');
        return `<${el.tagName.toLowerCase()}${id}${cls}${test ? ` data-testid=${test}` : ''}>`;
      };
      const shown = (el: Element) =>
        el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
      const problems = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        const value = node.nodeValue ?? '';
        if (!el || el.closest(exempt) || !shown(el) || !leftover(value)) continue;
        problems.add(`${where(el)} text: ${value.trim()}`);
      }
      // Options have no box of their own: those of a visible list are what it shows when opened.
      for (const select of document.body.querySelectorAll('select')) {
        if (select.closest(exempt) || !shown(select)) continue;
        for (const option of select.options) {
          if (!option.closest(exempt) && leftover(option.text)) {
            problems.add(`${where(select)} option: ${option.text}`);
          }
        }
      }
      const attrs = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext'];
      for (const el of document.body.querySelectorAll(attrs.map((a) => `[${a}]`).join(','))) {
        if (el.closest(exempt)) continue;
        for (const a of attrs) {
          const value = el.getAttribute(a);
          if (value && leftover(value)) problems.add(`${where(el)} ${a}: ${value}`);
        }
      }
      if (leftover(document.title) && document.title !== 'Hunting Workbook') {
        problems.add(`document.title: ${document.title}`);
      }
      return [...problems];
    },
    { open: PSEUDO_OPEN, close: PSEUDO_CLOSE },
  );
}
