import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The import rules in eslint.config.js must bite: each planted violation below is linted as if it
 * were a file of the tree, and must be reported by the rule named. (Flat config once let a later
 * block silently replace the layer rules; this test fails if that happens again.)
 */

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

const planted: [string, string, string, string][] = [
  // [what, file, code, rule]
  [
    'the engine imports react',
    'src/engine/planted.ts',
    "import 'react';\n",
    'no-restricted-imports',
  ],
  [
    'the engine imports dexie',
    'src/engine/planted.ts',
    "import 'dexie';\n",
    'no-restricted-imports',
  ],
  [
    'the engine imports the data layer',
    'src/engine/planted.ts',
    "import { getDb } from '../data/db/db';\nexport const x = getDb;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'the engine imports the message catalogue',
    'src/engine/eval/planted.ts',
    "import { t } from '../../i18n/messages';\nexport const x = t;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'data imports a panel',
    'src/data/planted.ts',
    "import { SearchPanel } from '../panels/search/SearchPanel';\nexport const x = SearchPanel;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'data imports the store',
    'src/data/planted.ts',
    "import { useSettings } from '../store/settings';\nexport const x = useSettings;\n",
    'import-x/no-restricted-paths',
  ],
  ['data imports zustand', 'src/data/planted.ts', "import 'zustand';\n", 'no-restricted-imports'],
  [
    'the store imports the app shell',
    'src/store/planted.ts',
    "import { App } from '../app/App';\nexport const x = App;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'a panel imports echarts (only src/charts may)',
    'src/panels/planted.tsx',
    "import 'echarts-for-react';\n",
    'no-restricted-imports',
  ],
  [
    'app code imports a script',
    'src/data/planted.ts',
    "import { x } from '../../scripts/spl/read-events';\nexport const y = x;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'a panel reaches into the engine past its public entry',
    'src/panels/planted.tsx',
    "import { toText } from '../engine/eval/coerce';\nexport const x = toText;\n",
    'import-x/no-restricted-paths',
  ],
  [
    "a test of the data layer reaches into the engine's runner",
    'src/data/planted.test.ts',
    "import { runCommands } from '../engine/run/run-search';\nexport const x = runCommands;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'the command line reaches into the engine',
    'scripts/planted.ts',
    "import { compileSearch } from '../src/engine/search/compile';\nexport const x = compileSearch;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'a part of the engine below the commands imports a command',
    'src/engine/stats/planted.ts',
    "import { statsCommand } from '../commands/stats';\nexport const x = statsCommand;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'app code imports test support',
    'src/engine/planted.ts',
    "import { run } from '../test/support/engine-run';\nexport const x = run;\n",
    'import-x/no-restricted-paths',
  ],
];

describe('the import rules bite', () => {
  for (const [what, file, code, rule] of planted) {
    it(what, async () => {
      expect(await ruleIds(file, code)).toContain(rule);
    });
  }

  it('allows what the layers allow', async () => {
    expect(
      await ruleIds(
        'src/data/planted.ts',
        "import { parseSearch } from '../engine';\nexport const x = parseSearch;\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        'src/panels/planted.tsx',
        "import { t } from '../i18n/messages';\nexport const x = t;\n",
      ),
    ).toEqual([]);
    // The engine's test support and the benchmarks may reach into it.
    expect(
      await ruleIds(
        'src/test/support/planted.ts',
        "import { toText } from '../../engine/eval/coerce';\nexport const x = toText;\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        'scripts/bench/planted.ts',
        "import { spanFloor } from '../../src/engine/time';\nexport const x = spanFloor;\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        'src/engine/planted.test.ts',
        "import { run } from '../test/support/engine-run';\nexport const x = run;\n",
      ),
    ).toEqual([]);
  });

  const cycleDir = join(root, 'src/data/planted-cycle');
  afterAll(() => rmSync(cycleDir, { recursive: true, force: true }));

  it('finds an import cycle', async () => {
    mkdirSync(cycleDir, { recursive: true });
    writeFileSync(join(cycleDir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(join(cycleDir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    const [result] = await eslint.lintFiles([join(cycleDir, 'a.ts')]);
    expect(result.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
