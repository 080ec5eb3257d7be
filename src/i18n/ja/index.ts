import { assetMessagesJa } from './assets';
import { chartMessagesJa } from './charts';
import { coreMessagesJa } from './core';
import { editorMessagesJa } from './editor';
import { findingsMessagesJa } from './findings';
import { huntMessagesJa } from './hunt';
import { importMessagesJa } from './import';
import { offlineMessagesJa } from './offline';
import { presenterMessagesJa } from './presenter';
import { resultMessagesJa } from './results';
import { searchMessagesJa } from './search';

/**
 * The Japanese catalogue, one file per area as under en/. Splunk Japan's wording for shared
 * terms (サーチ, フィールド, 統計); です・ます for sentences, short nouns for buttons.
 */
export const jaMessages = {
  ...coreMessagesJa,
  ...huntMessagesJa,
  ...importMessagesJa,
  ...searchMessagesJa,
  ...editorMessagesJa,
  ...resultMessagesJa,
  ...chartMessagesJa,
  ...assetMessagesJa,
  ...findingsMessagesJa,
  ...offlineMessagesJa,
  ...presenterMessagesJa,
};
