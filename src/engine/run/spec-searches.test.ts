import { describe, expect, it } from 'vitest';
import { SplError } from '../errors';
import { parseSearch } from './run-search';
import {
  WORKSHOP_DLL_SEARCH as SECOND,
  WORKSHOP_FTP_SEARCH as FIRST,
} from '../../test/support/workshop-searches';

function firstError(q: string): SplError | null {
  try {
    parseSearch(q);
    return null;
  } catch (e) {
    if (e instanceof SplError) return e;
    throw e;
  }
}

describe('workshop searches', () => {
  it.each([
    ['ftp comparison', FIRST],
    ['dll hosts', SECOND],
  ])('%s parses completely', (_name, q) => {
    expect(firstError(q)).toBeNull();
  });

  it('the base searches parse completely', () => {
    expect(firstError(FIRST.slice(0, FIRST.indexOf('\n')))).toBeNull();
    expect(firstError(SECOND.slice(0, SECOND.indexOf('|')))).toBeNull();
  });
});
