/**
 * Every piece of UI text lives here so that a translation can be added as one more catalogue
 * without touching components. A message is either a string or plural forms chosen by the
 * `count` parameter through Intl.PluralRules (English needs one/other; Japanese only other).
 *
 * Placeholders are `{name}`. Numbers passed as parameters are formatted for the locale
 * (thousands separators), so callers pass raw numbers, not preformatted strings.
 */

import type { Message } from './message-types';
import { intlLocale, isLanguage, type Language } from './languages';
import { jaMessages } from './ja';
import { pseudoCatalogue } from './pseudo';
import { assetMessages } from './en/assets';
import { chartMessages } from './en/charts';
import { dataMessages } from './en/data';
import { errorMessages } from './en/errors';
import { findingsMessages } from './en/findings';
import { huntMessages } from './en/hunt';
import { libraryMessages } from './en/library';
import { importMessages } from './en/import';
import { limitMessages } from './en/limits';
import { offlineMessages } from './en/offline';
import { presenterMessages } from './en/presenter';
import { resultMessages } from './en/results';
import { scopeMessages } from './en/scope';
import { searchMessages } from './en/search';
import { editorMessages } from './en/editor';
import { searchesMessages } from './en/searches';
import { macroMessages } from './en/macros';
import { inspectorMessages } from './en/inspector';
import { themeMessages } from './en/theme';

export type { Message } from './message-types';

const core = {
  'app.name': 'Hunting Workbook',
  'app.tagline': 'Guided threat hunting over Splunk exports',
  'nav.label': 'Screens',
  'nav.hunts': 'Hunts',
  'nav.search': 'Search',
  'nav.data': 'Data',
  'settings.timeZone': 'Time zone',
  'settings.timeZone.browser': '{zone} (this browser)',
  'settings.timeZone.option': '{zone} ({offset})',
  'settings.language': 'Language',

  'import.heading': 'Import logs',
  'import.intro':
    'Choose one or more files: Splunk exports, or other tools’ logs. Files chosen together become one dataset.',
  'import.datasetName': 'Dataset name',
  'import.datasetName.hint': 'Leave empty to use the first file’s name.',
  'import.chooseFiles': 'Choose files',
  'import.dropHere': 'or drop files here',
  'import.dropActive': 'Drop to import',
  'import.formats':
    'Splunk CSV or JSON; JSON lines (Elastic, Winlogbeat, Suricata, Zeek, Timesketch, EVTX dumps); Zeek logs; .gz compressed is fine.',

  'sample.heading': 'Workshop sample',
  'sample.intro':
    'A month of Frothly’s logs in the style of the BOTS v2 data set, with the FTP exfiltration hunt in it. It comes with this app; nothing is downloaded from elsewhere.',
  'sample.load': 'Load workshop sample',
  'sample.fetching': 'Fetching the workshop sample…',
  'sample.failed': 'Could not load the workshop sample: {message}',
  'sample.alreadyLoaded':
    'The workshop sample is already loaded as “{name}”. Delete it first to load a fresh copy.',
  'sample.datasetName': 'BOTS v2 workshop sample (FTP exfiltration)',

  'progress.heading': 'Importing “{name}”',
  'progress.file': 'File {index} of {count}: {file}',
  'progress.events': { one: '{count} event', other: '{count} events' },
  'progress.skipped': { one: '{count} skipped', other: '{count} skipped' },
  'progress.bytes': '{read} of {total} read',
  'progress.rate': '{rate} events/s',
  'progress.eta': '{time} left',
  'progress.etaUnknown': 'Estimating time left…',
  'progress.finishing': 'Writing the last chunks…',
  'progress.bar': 'Import progress',
  'progress.cancel': 'Cancel import',
  'progress.cancelling': 'Cancelling…',

  'summary.heading': 'Imported “{name}”',
  'summary.events': { one: '{count} event imported', other: '{count} events imported' },
  'summary.skipped': {
    one: '{count} record skipped',
    other: '{count} records skipped',
  },
  'summary.noneSkipped': 'No records skipped.',
  'summary.issuesHeading': 'First problems found',
  'summary.dismiss': 'Dismiss',

  'error.heading': 'Import failed',
  'error.issuesHeading': 'Details',
  'error.dismiss': 'Dismiss',
  'cancelled.note': 'Import cancelled; nothing was stored.',

  'issue.withLine': '{file}:{line} — {message}',
  'issue.withoutLine': '{file} — {message}',
  'issue.field': '{where} ({field})',

  'datasets.heading': 'Datasets',
  'datasets.loading': 'Loading datasets…',
  'datasets.loadFailed': 'Could not read the stored datasets: {message}',
  'datasets.count': { one: '{count} dataset', other: '{count} datasets' },
  'dataset.events': { one: '{count} event', other: '{count} events' },
  'dataset.timeRange': 'Time range',
  'dataset.timeRange.none': 'No time range',
  'dataset.sourcetypes': 'Sourcetypes',
  'dataset.hosts': 'Hosts',
  'dataset.hostsCount': { one: '{count} host', other: '{count} hosts' },
  'dataset.entryCount': '{name} ({count})',
  'dataset.showAll': 'Show all {count}',
  'dataset.showFewer': 'Show fewer',
  'dataset.files': 'Files',
  'dataset.file.name': 'File',
  'dataset.file.format': 'Format',
  'dataset.file.events': 'Events',
  'dataset.file.skipped': 'Skipped',
  'dataset.file.size': 'Size',
  'dataset.inputSize': 'Input size',
  'dataset.importedAt': 'Imported',
  'dataset.skipped': 'Skipped records',
  'dataset.delete': 'Delete',
  'dataset.confirmDelete': 'Delete “{name}” and all its events?',
  'dataset.confirmDelete.yes': 'Yes, delete',
  'dataset.confirmDelete.no': 'Keep',
  'dataset.deleteFailed': 'Could not delete “{name}”: {message}',

  'storage.usage': 'Storage: {used} used of {available}.',

  'empty.heading': 'No datasets yet',
  'empty.what':
    'Import the results of a Splunk search as CSV or JSON. Each event needs a time field (_time); _raw, host, source and sourcetype are used when present.',
  'empty.howHeading': 'Exporting from Splunk',
  'empty.how1': 'Run a search over the time range you want to hunt in.',
  'empty.how2': 'Choose Export, then format CSV or JSON, and “Unlimited” results.',
  'empty.how3': 'Import the downloaded file here. It stays in this browser; nothing is uploaded.',

  'units.bytes': '{value} B',
  'units.kb': '{value} KB',
  'units.mb': '{value} MB',
  'units.gb': '{value} GB',
  'units.seconds': '{value} s',
  'units.minutes': '{min} min {sec} s',
  'units.hours': '{hours} h {min} min',
} satisfies Record<string, Message>;

// Each area of the UI keeps its texts in its own file under en/; keys are prefixed by area.
const en = {
  ...core,
  ...dataMessages,
  ...huntMessages,
  ...libraryMessages,
  ...importMessages,
  ...searchMessages,
  ...editorMessages,
  ...searchesMessages,
  ...scopeMessages,
  ...resultMessages,
  ...chartMessages,
  ...assetMessages,
  ...findingsMessages,
  ...offlineMessages,
  ...presenterMessages,
  ...macroMessages,
  ...errorMessages,
  ...limitMessages,
  ...inspectorMessages,
  ...themeMessages,
};

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, Message>;

// A catalogue may lack keys (a translation behind a newly added English text): those fall
// back to English. src/i18n/catalogues.test.ts lists every missing or extra key.
let pseudo: Catalogue | undefined;
function catalogue(language: Language): Partial<Catalogue> {
  if (language === 'ja') return jaMessages as Partial<Catalogue>;
  // Built on first use: only tests ask for the pseudo-locale.
  if (language === 'en-XA') return (pseudo ??= pseudoCatalogue(en));
  return en;
}
let locale: Language = 'en';

/** Switches the catalogue used by `t`; unknown languages fall back to English. */
export function setLocale(next: string): void {
  locale = isLanguage(next) ? next : 'en';
}

export function getLocale(): Language {
  return locale;
}

/** The English catalogue, for tests that compare the others with it. */
export function englishCatalogue(): Catalogue {
  return en;
}

export type MessageParams = Record<string, string | number>;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(lang: Language, fractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${fractionDigits}`;
  let fmt = numberFormats.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(intlLocale(lang), {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, fmt);
  }
  return fmt;
}

/** Formats a number for display: thousands separators, `fractionDigits` decimals. */
export function formatNumber(value: number, fractionDigits = 0): string {
  return numberFormat(locale, fractionDigits).format(value);
}

function pick(message: Message, params: MessageParams | undefined): string {
  if (typeof message === 'string') return message;
  const count = params?.count;
  if (typeof count !== 'number') return message.other;
  let rules = pluralRules.get(locale);
  if (!rules) {
    // The pseudo-locale keeps English plurals: it is English text in disguise.
    rules = new Intl.PluralRules(locale === 'ja' ? 'ja' : 'en');
    pluralRules.set(locale, rules);
  }
  return message[rules.select(count)] ?? message.other;
}

/**
 * Looks up `key` in the active catalogue and fills `{name}` placeholders. Numbers are
 * formatted (integers get separators; pass a preformatted string for decimals). A missing
 * parameter stays visible as `{name}` so the gap is noticed rather than silently blank.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const message = catalogue(locale)[key] ?? en[key];
  return pick(message, params).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}
