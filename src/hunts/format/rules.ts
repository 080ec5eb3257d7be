/**
 * What the schema cannot say about a hunt file: ids that clash, questions that derive from a
 * search that is not there, answers that are not among the options, sections out of order,
 * links that lead nowhere, texts without the default language, macros whose arguments do not
 * match their definition. Run only on a file that passed the schema.
 */
import { STEP_KINDS } from '../types';
import { DEFAULT_LANGUAGE, type HuntFile, type LinkFile, type RangeFile } from './file-types';
import type { Path, SchemaProblem } from './schema-check';
import { forEachText } from './text-fields';

export function huntFileProblems(hunt: HuntFile): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const at = (path: Path, message: string) => problems.push({ path, message });
  const language = hunt.language ?? DEFAULT_LANGUAGE;

  forEachText(hunt, (text, path) => {
    if (typeof text === 'string') {
      if (text.trim() === '') at(path, 'is empty');
      return;
    }
    if (!Object.hasOwn(text, language)) {
      at(path, `has no "${language}" text, the hunt's language, to fall back on`);
    }
    for (const [code, value] of Object.entries(text)) {
      if (value.trim() === '') at([...path, code], 'is empty');
    }
  });

  const ranges: [Path, RangeFile][] = [[['timeRange'], hunt.timeRange]];
  const firstPath = new Map<string, Path>();
  const unique = (kind: string, id: string, path: Path) => {
    const key = `${kind}\u0000${id}`;
    const first = firstPath.get(key);
    if (first) at(path, `${kind} id "${id}" is used twice`);
    else firstPath.set(key, path);
  };

  let lastKind = -1;
  const seenKinds = new Set<string>();
  const searchesOfStep = new Map<string, Set<string>>();
  const allSearches = new Set<string>();
  hunt.sections.forEach((section, si) => {
    const kind = STEP_KINDS.indexOf(section.kind);
    if (kind < lastKind) {
      at(['sections', si, 'kind'], `a ${section.kind} section after a ${STEP_KINDS[lastKind]} one`);
    } else if (section.kind !== 'cluster' && seenKinds.has(section.kind)) {
      at(['sections', si, 'kind'], `a second ${section.kind} section (only clusters may repeat)`);
    }
    seenKinds.add(section.kind);
    lastKind = Math.max(lastKind, kind);
    section.steps.forEach((step, ti) => {
      const sp: Path = ['sections', si, 'steps', ti];
      unique('step', step.id, [...sp, 'id']);
      if (step.timeRange) ranges.push([[...sp, 'timeRange'], step.timeRange]);
      const ids = new Set<string>();
      searchesOfStep.set(step.id, ids);
      step.searches?.forEach((s, i) => {
        const p: Path = [...sp, 'searches', i];
        unique('search', s.id, [...p, 'id']);
        ids.add(s.id);
        allSearches.add(s.id);
        if (s.timeRange) ranges.push([[...p, 'timeRange'], s.timeRange]);
        if (s.view === 'side-by-side' && !s.split)
          at([...p, 'split'], 'a side-by-side view needs a split');
        if (s.view !== 'side-by-side' && s.split)
          at([...p, 'split'], 'only a side-by-side view has a split');
      });
    });
  });

  hunt.sections.forEach((section, si) =>
    section.steps.forEach((step, ti) =>
      step.questions?.forEach((q, i) => {
        const p: Path = ['sections', si, 'steps', ti, 'questions', i];
        unique('question', q.id, [...p, 'id']);
        if (q.derive && !allSearches.has(q.derive.search)) {
          at([...p, 'derive', 'search'], `there is no search "${q.derive.search}" in the hunt`);
        }
        if (q.derive?.row !== undefined && q.derive.field === undefined) {
          at([...p, 'derive', 'row'], 'row goes with field');
        }
        if (q.kind === 'choice' && q.options) {
          const optionIds = new Set<string>();
          q.options.forEach((o, k) => {
            if (optionIds.has(o.id))
              at([...p, 'options', k, 'id'], `option id "${o.id}" is used twice`);
            optionIds.add(o.id);
          });
          if (!optionIds.has(String(q.answer))) {
            at([...p, 'answer'], `"${String(q.answer)}" is not the id of an option`);
          }
        }
        if (q.kind === 'value' && String(q.answer).trim() === '') at([...p, 'answer'], 'is empty');
      }),
    ),
  );

  for (const [path, range] of ranges) {
    if (Date.parse(range.earliest) >= Date.parse(range.latest)) {
      at([...path, 'latest'], 'is not after earliest');
    }
  }

  const checkLink = (path: Path, link: LinkFile) => {
    const searches = searchesOfStep.get(link.step);
    if (!searches) at([...path, 'step'], `there is no step "${link.step}" in the hunt`);
    else if (link.search !== undefined && !searches.has(link.search)) {
      at([...path, 'search'], `step "${link.step}" has no search "${link.search}"`);
    }
  };
  const f = hunt.findings;
  if (f) {
    if (!seenKinds.has('findings')) at(['findings'], 'there is no findings section to show them');
    f.learned?.forEach((item, i) =>
      item.links.forEach((link, k) => checkLink(['findings', 'learned', i, 'links', k], link)),
    );
    f.indicators?.forEach((seed, i) => checkLink(['findings', 'indicators', i, 'seen'], seed.seen));
    f.operationalise?.forEach((item, i) =>
      unique('checklist item', item.id, ['findings', 'operationalise', i, 'id']),
    );
  }

  hunt.macros?.forEach((m, i) => {
    const args = m.args ?? [];
    unique('macro', `${m.name}(${args.length})`, ['macros', i, 'name']);
    const used = new Set(
      [...m.definition.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)\$/g)].map((x) => x[1]),
    );
    args.forEach((a, k) => {
      if (args.indexOf(a) !== k) at(['macros', i, 'args', k], `argument "${a}" is named twice`);
      else if (!used.has(a))
        at(['macros', i, 'args', k], `argument "${a}" is not used as $${a}$ in the definition`);
    });
    for (const u of used) {
      if (!args.includes(u))
        at(['macros', i, 'definition'], `$${u}$ is not one of the macro's arguments`);
    }
  });
  return problems;
}
