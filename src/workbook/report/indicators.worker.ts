/// <reference lib="webworker" />
import { setLocale } from '../../i18n/messages';
import { huntIndicators } from './indicator-sources';
import type { IndicatorsAnswer, IndicatorsRequest } from './indicators-protocol';
import { messageOf } from '../../engine';

/*
 * Indicator extraction reads every pinned row, event and note with a dozen patterns: linear, but
 * about 200 ms per megabyte, and pins and notes can be large (an imported progress file more
 * so). Here it never holds up the page.
 */
self.onmessage = (event: MessageEvent<IndicatorsRequest>) => {
  const { id, hunt, progress, locale } = event.data;
  let answer: IndicatorsAnswer;
  try {
    setLocale(locale);
    answer = { id, indicators: huntIndicators(hunt, progress) };
  } catch (err) {
    answer = { id, error: messageOf(err) };
  }
  self.postMessage(answer);
};
