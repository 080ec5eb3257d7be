import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, schemaText } from '../../../scripts/check-hunts';
import { BUNDLED_DIR, bundledHuntPaths } from '../../../scripts/hunts/bundled';
import { formatProblem, type HuntProblem } from './problems';
import { parseHuntFile } from './parse';
import { huntLanguages, localize, resolveHunt } from './resolve';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures/hunts');
const minimal = readFileSync(path.join(FIXTURES, 'minimal-hunt.yaml'), 'utf8');

/** Problems as `line path: message`, for compact expectations. */
function problems(text: string): string[] {
  return parseHuntFile(text, 'h.yaml').problems.map(
    (p: HuntProblem) => `${p.line ?? '-'} ${p.path}: ${p.message}`,
  );
}

/** The minimal hunt with one line replaced. */
function edit(from: string, to: string): string {
  expect(minimal).toContain(from);
  return minimal.replace(from, to);
}

describe('reading a hunt file', () => {
  it('reads the bundled hunts and the minimal example without a problem', () => {
    for (const file of [...bundledHuntPaths(), path.join(FIXTURES, 'minimal-hunt.yaml')]) {
      const parsed = parseHuntFile(readFileSync(file, 'utf8'), file);
      expect(parsed.problems.map(formatProblem)).toEqual([]);
    }
  });

  it('resolves sections, steps, derivations and the lines they are on', () => {
    const parsed = parseHuntFile(minimal, 'm.yaml');
    const hunt = resolveHunt(parsed.hunt!, 'en', parsed.lineOf);
    expect(hunt.sections).toEqual([
      { kind: 'data', stepIds: ['probes-by-port'] },
      { kind: 'findings', stepIds: ['findings'] },
    ]);
    const [step, findings] = hunt.steps;
    expect([step.kind, step.section, findings.kind, findings.section]).toEqual([
      'data',
      0,
      'findings',
      1,
    ]);
    // Block scalars end with a line break that no text or search means to keep.
    expect(step.searches[0].spl).toBe(
      'index=botsv2 sourcetype=pan:traffic dest=71.39.18.125\n| stats count by dest_port\n| sort - count',
    );
    expect(step.questions[0]).toMatchObject({
      kind: 'number',
      answer: 21,
      derive: { search: 'probes', rule: { field: 'dest_port' } },
      line: 41,
    });
    expect(step.line).toBe(24);
    expect(step.searches[0].line).toBe(32);
    expect(hunt.findings?.verdict).toBe('open');
  });

  it('gives the line and column of a YAML mistake', () => {
    const text = edit('title: Probes by port', 'title: [Probes by port');
    const [p] = parseHuntFile(text, 'h.yaml').problems;
    expect(p).toMatchObject({ file: 'h.yaml', line: 26 });
    expect(p.message).toMatch(/^YAML: /);
  });

  it('refuses a file with two documents or with a key twice', () => {
    expect(problems(`${minimal}---\nformat: hunt/1\n`)[0]).toMatch(/YAML/);
    expect(problems(edit('version: 1', 'version: 1\nversion: 2'))[0]).toMatch(
      /^5 : YAML: .*unique/i,
    );
  });

  it('says what, where and in which step for each schema problem', () => {
    const text = edit('        narrative: |', '        narative: |')
      .replace('view: statistics', 'view: pie')
      .replace('answer: 21', 'answer: many');
    expect(problems(text)).toEqual([
      '24 sections[0].steps[0]: "narrative" is missing',
      '26 sections[0].steps[0].narative: unknown field "narative" (did you mean "narrative"?)',
      '34 sections[0].steps[0].searches[0].view: expected one of events, table, statistics, timechart, side-by-side; found text "pie"',
      '44 sections[0].steps[0].questions[0].answer: expected a number, found text "many"',
    ]);
    const [, , search, question] = parseHuntFile(text, 'h.yaml').problems;
    expect([search.step, search.search, question.question]).toEqual([
      'probes-by-port',
      'probes',
      'top-port',
    ]);
    expect(formatProblem(question)).toBe(
      'h.yaml:44:13: sections[0].steps[0].questions[0].answer (step probes-by-port, question top-port): expected a number, found text "many"',
    );
  });

  it('words patterns, required fields of a kind and one-of rules for an author', () => {
    expect(problems(edit('id: inbound-probes', 'id: Inbound Probes'))).toEqual([
      '3 id: "Inbound Probes" is not an id: lower-case letters and digits, joined by single hyphens (cluster-1)',
    ]);
    expect(problems(edit('earliest: 2017-08-01T00:00:00-07:00', 'earliest: 08/01/2017'))).toEqual([
      '19 timeRange.earliest: "08/01/2017" is not a time with its offset, such as 2017-08-23T16:00:00-07:00',
    ]);
    expect(problems(edit('{ search: probes, field: dest_port }', '{ search: probes }'))).toEqual([
      '50 sections[0].steps[0].questions[0].derive: needs one of rowCount, field, distinct, sum, valuesOf',
    ]);
    expect(
      problems(
        edit('{ search: probes, field: dest_port }', '{ search: probes, field: a, sum: b }'),
      ),
    ).toEqual([
      '50 sections[0].steps[0].questions[0].derive: has more than one of rowCount, field, distinct, sum, valuesOf; keep one',
    ]);
    // A choice needs options; a number question may not have them.
    expect(problems(edit('            kind: number', '            kind: choice'))).toEqual([
      '41 sections[0].steps[0].questions[0]: "options" is missing',
      '44 sections[0].steps[0].questions[0].answer: expected text, found 21',
    ]);
  });

  it('checks what the schema cannot: links, answers, ranges, section order, ids', () => {
    const text = edit('{ search: probes, field: dest_port }', '{ search: nowhere, rowCount: true }')
      .replace("answer: 'no'", 'answer: maybe')
      .replace('latest: 2017-09-01T00:00:00-07:00', 'latest: 2017-07-01T00:00:00-07:00');
    expect(problems(text)).toEqual([
      '50 sections[0].steps[0].questions[0].derive.search: there is no search "nowhere" in the hunt',
      '64 sections[1].steps[0].questions[0].answer: "maybe" is not the id of an option',
      '20 timeRange.latest: is not after earliest',
    ]);
    const reordered = edit('  - kind: data\n', '  - kind: loose-ends\n').replace(
      '  - kind: findings\n',
      '  - kind: time-series\n',
    );
    expect(problems(reordered)).toEqual([
      '51 sections[1].kind: a time-series section after a loose-ends one',
      '68 findings: there is no findings section to show them',
    ]);
    const twice = edit('  - kind: findings\n', '  - kind: data\n').replace(
      'id: findings',
      'id: probes-by-port',
    );
    expect(problems(twice)).toEqual([
      '51 sections[1].kind: a second data section (only clusters may repeat)',
      '53 sections[1].steps[0].id: step id "probes-by-port" is used twice',
      '68 findings: there is no findings section to show them',
    ]);
    const clusters = edit('  - kind: data\n', '  - kind: cluster\n    title: One\n').replace(
      '  - kind: findings\n',
      '  - kind: cluster\n',
    );
    expect(problems(clusters)).toEqual(['69 findings: there is no findings section to show them']);
  });

  it('takes texts in several languages, each with the hunt’s own to fall back on', () => {
    const text = edit(
      'title: Who knocks on the firewall?',
      'title:\n  en: Who knocks on the firewall?\n  ja: ファイアウォールを叩くのは誰か',
    );
    const parsed = parseHuntFile(text, 'h.yaml');
    expect(parsed.problems).toEqual([]);
    expect(resolveHunt(parsed.hunt!, 'ja').title).toBe('ファイアウォールを叩くのは誰か');
    expect(resolveHunt(parsed.hunt!, 'ja').summary).toMatch(/^A five-minute hunt/);
    expect(resolveHunt(parsed.hunt!, 'ja').language).toBe('ja');
    expect(resolveHunt(parsed.hunt!, 'fr').language).toBe('en');
    expect(resolveHunt(parsed.hunt!, 'fr').title).toBe('Who knocks on the firewall?');
    const langs = huntLanguages(parsed.hunt!);
    expect(langs[0]).toEqual({ code: 'en', share: 1 });
    expect(langs[1].code).toBe('ja');
    expect(langs[1].share).toBeGreaterThan(0);
    expect(langs[1].share).toBeLessThan(0.1);

    expect(problems(edit('title: Who knocks on the firewall?', 'title: { ja: 誰か }'))).toEqual([
      '6 title: has no "en" text, the hunt\'s language, to fall back on',
    ]);
    expect(problems(edit('title: Who knocks on the firewall?', 'title: { EN: x, en: y }'))).toEqual(
      ['6 title.EN: "EN" is not a language code such as en or ja'],
    );
    expect(problems(edit('title: Who knocks on the firewall?', 'title: " "'))).toEqual([
      '6 title: is empty',
    ]);
  });

  it('accepts other spellings per language, keeping the hunt language’s', () => {
    const text = edit(
      '            kind: number\n            prompt: Which port do the scanners try most?\n            answer: 21',
      '            kind: value\n            prompt: Which port do the scanners try most?\n            answer: "21"\n            accept: { en: [ftp], ja: [FTPポート] }',
    ).replace('title: Who knocks on the firewall?', 'title: { en: Who knocks?, ja: 誰か }');
    const parsed = parseHuntFile(text, 'h.yaml');
    expect(parsed.problems).toEqual([]);
    const q = (lang: string) => resolveHunt(parsed.hunt!, lang).steps[0].questions[0];
    expect(q('en')).toMatchObject({ kind: 'value', answer: '21', accept: ['ftp'] });
    expect(q('ja')).toMatchObject({ accept: ['ftp', 'FTPポート'] });
  });

  it('keeps macros as Splunk’s macros.conf has them, with their arguments checked', () => {
    const macro = (def: string, args = '[label]') =>
      edit(
        'sections:',
        `macros:\n  - name: entropy\n    args: ${args}\n    definition: '${def}'\nsections:`,
      );
    const good = parseHuntFile(macro('eval e=len($label$)'), 'h.yaml');
    expect(good.problems).toEqual([]);
    expect(resolveHunt(good.hunt!, 'en').macros).toEqual([
      { name: 'entropy', args: ['label'], definition: 'eval e=len($label$)', iseval: false },
    ]);
    expect(problems(macro('eval e=len($lable$)'))).toEqual([
      '23 macros[0].args[0]: argument "label" is not used as $label$ in the definition',
      "24 macros[0].definition: $lable$ is not one of the macro's arguments",
    ]);
  });

  it('refuses a file larger than any hunt', () => {
    expect(problems(`# ${'x'.repeat(2_000_001)}`)).toEqual(['- : is larger than 2 MB']);
  });
});

describe('localize', () => {
  it('takes the language, its base, the fallback, then any', () => {
    const text = { en: 'hello', ja: 'こんにちは', pt: 'olá' };
    expect(localize('plain', 'ja', 'en')).toBe('plain');
    expect(localize(text, 'ja', 'en')).toBe('こんにちは');
    expect(localize(text, 'pt-BR', 'en')).toBe('olá');
    expect(localize(text, 'de', 'en')).toBe('hello');
    expect(localize({ ja: 'だけ' }, 'de', 'en')).toBe('だけ');
  });
});

describe('the published schema, the bundled index and the guide', () => {
  it('docs/authoring.md shows the minimal hunt the tests use', () => {
    const guide = readFileSync(
      path.resolve(import.meta.dirname, '../../../docs/authoring.md'),
      'utf8',
    );
    const example = /## A minimal complete hunt[\s\S]*?```yaml\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(example).toBe(minimal.replace(/^# yaml-language-server.*\n/, ''));
  });

  it('public/hunts/hunt.schema.json is the schema the app checks with', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
  });

  it('index.json lists every hunt file in public/hunts, and only those', () => {
    const files = readdirSync(BUNDLED_DIR).filter((f) => /\.ya?ml$/.test(f));
    expect(
      bundledHuntPaths()
        .map((p) => path.basename(p))
        .sort(),
    ).toEqual(files.sort());
  });
});
