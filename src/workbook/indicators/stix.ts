import { t, type MessageKey } from '../../i18n/messages';
import { validateStixPattern } from './stix-pattern';
import { uuidV4, UUID_V4 } from './uuid';
import type { Indicator, IndicatorKind } from './types';

export interface StixIdentity {
  type: 'identity';
  spec_version: '2.1';
  id: string;
  created: string;
  modified: string;
  name: string;
  identity_class: 'system';
}

export interface StixIndicator {
  type: 'indicator';
  spec_version: '2.1';
  id: string;
  created: string;
  modified: string;
  created_by_ref: string;
  name: string;
  description: string;
  indicator_types: string[];
  pattern: string;
  pattern_type: 'stix';
  pattern_version: '2.1';
  valid_from: string;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: (StixIdentity | StixIndicator)[];
}

/** The object path each kind is compared on. */
const PATHS: Record<IndicatorKind, string> = {
  ipv4: 'ipv4-addr:value',
  ipv6: 'ipv6-addr:value',
  domain: 'domain-name:value',
  email: 'email-addr:value',
  url: 'url:value',
  file: 'file:name',
  md5: 'file:hashes.MD5',
  sha1: "file:hashes.'SHA-1'",
  sha256: "file:hashes.'SHA-256'",
};

/** A STIX string literal: quoted, with `\` and `'` escaped (the only escapes STIX has). */
export function stixString(value: string): string {
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

export function stixPattern(kind: IndicatorKind, value: string): string {
  return `[${PATHS[kind]} = ${stixString(value)}]`;
}

/** Each kind's name in the interface's language, for the indicator's human-readable name. */
const KIND_NAMES: Record<IndicatorKind, MessageKey> = {
  ipv4: 'findings.stix.kind.ipv4',
  ipv6: 'findings.stix.kind.ipv6',
  domain: 'findings.stix.kind.domain',
  email: 'findings.stix.kind.email',
  url: 'findings.stix.kind.url',
  file: 'findings.stix.kind.file',
  md5: 'findings.stix.kind.md5',
  sha1: 'findings.stix.kind.sha1',
  sha256: 'findings.stix.kind.sha256',
};

/**
 * A STIX 2.1 bundle object (JSON-serialisable) with one `indicator` SDO per indicator. An
 * indicator whose value is not valid for its kind (a hand-made one, say `1.2.3` as IPv4) would
 * make an invalid pattern, and is left out: `validateStixPattern(stixPattern(...))` tells which.
 */
export function stixBundle(
  list: Indicator[],
  opts: { name: string; now?: Date; newId?: () => string },
): StixBundle {
  const newId = () => {
    const id = (opts.newId ?? uuidV4)();
    if (!UUID_V4.test(id)) throw new Error(`not a version 4 UUID: ${id}`);
    return id;
  };
  // RFC 3339 in UTC with milliseconds, as STIX asks for `created`/`modified`.
  const time = (opts.now ?? new Date()).toISOString();
  const identity: StixIdentity = {
    type: 'identity',
    spec_version: '2.1',
    id: `identity--${newId()}`,
    created: time,
    modified: time,
    name: opts.name,
    identity_class: 'system',
  };
  const valid = list.filter((i) => validateStixPattern(stixPattern(i.kind, i.value)) === null);
  const indicators = valid.map((ind): StixIndicator => ({
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${newId()}`,
    created: time,
    modified: time,
    created_by_ref: identity.id,
    name: `${t(KIND_NAMES[ind.kind])} ${ind.value}`,
    description:
      ind.seen.length > 0
        ? t('findings.stix.seenIn', { places: ind.seen.map((s) => s.label).join('; ') })
        : t('findings.stix.seenInHunt'),
    indicator_types: ['malicious-activity'],
    pattern: stixPattern(ind.kind, ind.value),
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: time,
  }));
  return { type: 'bundle', id: `bundle--${newId()}`, objects: [identity, ...indicators] };
}
