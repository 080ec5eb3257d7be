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

const KIND_NAMES: Record<IndicatorKind, string> = {
  ipv4: 'IPv4 address',
  ipv6: 'IPv6 address',
  domain: 'Domain',
  email: 'E-mail address',
  url: 'URL',
  file: 'File name',
  md5: 'MD5 hash',
  sha1: 'SHA-1 hash',
  sha256: 'SHA-256 hash',
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
    name: `${KIND_NAMES[ind.kind]} ${ind.value}`,
    description:
      ind.seen.length > 0
        ? `Seen in: ${ind.seen.map((s) => s.label).join('; ')}`
        : 'Seen in the hunt',
    indicator_types: ['malicious-activity'],
    pattern: stixPattern(ind.kind, ind.value),
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: time,
  }));
  return { type: 'bundle', id: `bundle--${newId()}`, objects: [identity, ...indicators] };
}
