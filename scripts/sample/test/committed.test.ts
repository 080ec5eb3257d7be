/** The sample in public/ is exactly what the generator makes: nobody edited it by hand. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSample } from '../build';
import { ASSETS_PATH, decompressedExport } from './export-rows';

describe('the committed sample', () => {
  it('equals the generator’s output (compared decompressed: zlib versions differ in bytes)', () => {
    const built = buildSample();
    const committed = decompressedExport();
    expect(committed.length).toBe(built.csv.length);
    expect(committed === built.csv).toBe(true);
    expect(readFileSync(ASSETS_PATH, 'utf8')).toBe(built.assets);
  });
});
