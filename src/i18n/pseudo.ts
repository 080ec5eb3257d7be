import { dataMap } from '../engine';
import type { Message } from './message-types';

/** Start and end of every pseudo-localised message; what is outside them did not come from t. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'áƀçďéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'];

/** Accents every letter outside `{placeholders}` and brackets the whole text. */
export function pseudoText(text: string): string {
  const body = text
    .split(/(\{\w+\})/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTED[PLAIN.indexOf(ch)]),
    )
    .join('');
  return PSEUDO_OPEN + body + PSEUDO_CLOSE;
}

/** The pseudo-locale's catalogue: every message of `source`, plural forms included. */
export function pseudoCatalogue<K extends string>(source: Record<K, Message>): Record<K, Message> {
  const out = {} as Record<K, Message>;
  for (const key of Object.keys(source) as K[]) {
    const m = source[key];
    if (typeof m === 'string') out[key] = pseudoText(m);
    else {
      const forms = dataMap<string>();
      for (const [form, text] of Object.entries(m))
        if (text !== undefined) forms[form] = pseudoText(text);
      out[key] = forms as Message;
    }
  }
  return out;
}
