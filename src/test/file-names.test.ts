import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One naming scheme for files: kebab-case (`csv-reader.ts`, `search.worker.ts`), with React
 * components and their style sheets named for the component (`SearchPanel.tsx`). A camelCase
 * name (`csvReader.ts`) fails here, which is the project's lint for file names.
 */
const root = resolve(import.meta.dirname, '../..');

export function misnamed(paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (!/\.(ts|tsx|mjs|js|css)$/.test(base)) return false;
    const stem = base.slice(0, base.indexOf('.'));
    if (/^[A-Z][A-Za-z0-9]*$/.test(stem)) return false; // a component, PascalCase
    return !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem);
  });
}

describe('file names', () => {
  it('finds a camelCase name and accepts kebab-case and components', () => {
    expect(
      misnamed([
        'src/a/csvReader.ts',
        'src/a/csv-reader.ts',
        'src/a/SearchPanel.tsx',
        'x/b.worker.ts',
      ]),
    ).toEqual(['src/a/csvReader.ts']);
  });

  it('are kebab-case in src, scripts and e2e', () => {
    const files = execFileSync('git', ['ls-files', 'src', 'scripts', 'e2e'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    expect(misnamed(files)).toEqual([]);
  });
});
