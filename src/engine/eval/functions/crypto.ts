import { withDocs } from './docs';
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

const FUNCTIONS: readonly EvalFunction[] = [
  fn('md5', 1, 1, ([v]) => mapText(v, hexDigest(md5))),
  fn('sha1', 1, 1, ([v]) => mapText(v, hexDigest(sha1))),
  fn('sha256', 1, 1, ([v]) => mapText(v, hexDigest(sha256))),
  fn('sha512', 1, 1, ([v]) => mapText(v, hexDigest(sha512))),
];

/** What help and completion say about each function (see withDocs). */
export const CRYPTO_FUNCTIONS = withDocs(FUNCTIONS, {
  md5: { syntax: 'md5(<text>)', description: 'The MD5 digest of the text, in hexadecimal.' },
  sha1: { syntax: 'sha1(<text>)', description: 'The SHA-1 digest of the text, in hexadecimal.' },
  sha256: {
    syntax: 'sha256(<text>)',
    description: 'The SHA-256 digest of the text, in hexadecimal.',
  },
  sha512: {
    syntax: 'sha512(<text>)',
    description: 'The SHA-512 digest of the text, in hexadecimal.',
  },
});
