// Digests from @noble/hashes (audited, synchronous): eval functions run synchronously in a
// browser worker, where WebCrypto's digest is async and Node's crypto is absent.
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { EvalFunction } from '../function-types';
import { fn, mapText } from './args';

type Hash = (bytes: Uint8Array) => Uint8Array;

/** The hex digest of the text's UTF-8 bytes, as Splunk's eval digests give. */
const hexDigest = (hash: Hash) => (text: string) => bytesToHex(hash(utf8ToBytes(text)));

export const CRYPTO_FUNCTIONS: readonly EvalFunction[] = [
  fn('md5', 1, 1, ([v]) => mapText(v, hexDigest(md5))),
  fn('sha1', 1, 1, ([v]) => mapText(v, hexDigest(sha1))),
  fn('sha256', 1, 1, ([v]) => mapText(v, hexDigest(sha256))),
  fn('sha512', 1, 1, ([v]) => mapText(v, hexDigest(sha512))),
];
