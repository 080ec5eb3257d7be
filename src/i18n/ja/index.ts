import { assetMessagesJa } from './assets';
import { chartMessagesJa } from './charts';
import { coreMessagesJa } from './core';
import { dataMessagesJa } from './data';
import { errorMessagesJa } from './errors';
import { editorMessagesJa } from './editor';
import { findingsMessagesJa } from './findings';
import { huntMessagesJa } from './hunt';
import { importMessagesJa } from './import';
import { inspectorMessagesJa } from './inspector';
import { libraryMessagesJa } from './library';
import { limitMessagesJa } from './limits';
import { macroMessagesJa } from './macros';
import { offlineMessagesJa } from './offline';
import { presenterMessagesJa } from './presenter';
import { resultMessagesJa } from './results';
import { scopeMessagesJa } from './scope';
import { searchMessagesJa } from './search';
import { searchesMessagesJa } from './searches';
import { themeMessagesJa } from './theme';

/**
 * The Japanese catalogue, one file per area as under en/. Splunk Japan's wording for shared
 * terms (サーチ, フィールド, 統計); です・ます for sentences, short nouns for buttons.
 */
export const jaMessages = {
  ...coreMessagesJa,
  ...dataMessagesJa,
  ...huntMessagesJa,
  ...libraryMessagesJa,
  ...importMessagesJa,
  ...searchMessagesJa,
  ...editorMessagesJa,
  ...searchesMessagesJa,
  ...scopeMessagesJa,
  ...resultMessagesJa,
  ...chartMessagesJa,
  ...assetMessagesJa,
  ...findingsMessagesJa,
  ...offlineMessagesJa,
  ...presenterMessagesJa,
  ...macroMessagesJa,
  ...errorMessagesJa,
  ...limitMessagesJa,
  ...inspectorMessagesJa,
  ...themeMessagesJa,
};
