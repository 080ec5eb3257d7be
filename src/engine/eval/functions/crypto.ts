import type { EvalFunction } from '../function-types';
import { fn, mapText } from './args';
import { md5, sha1, sha256 } from './digest';

export const CRYPTO_FUNCTIONS: readonly EvalFunction[] = [
  fn('md5', 1, 1, ([v]) => mapText(v, md5)),
  fn('sha1', 1, 1, ([v]) => mapText(v, sha1)),
  fn('sha256', 1, 1, ([v]) => mapText(v, sha256)),
];
