import type { FindingLink, Hunt, HuntFindings, StepKind, TimeRange } from '../hunts/types';

/** The order in which a hunt's sections are told. */
export const STEP_KIND_ORDER: readonly StepKind[] = [
  'hypothesis',
  'data',
  'time-series',
  'cluster-1',
  'cluster-2',
  'transactions',
  'loose-ends',
  'findings',
];

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** A time range's bounds in epoch ms, or null when it is not two ordered absolute instants. */
export function rangeBounds(range: TimeRange): { earliest: number; latest: number } | null {
  if (!ISO_WITH_OFFSET.test(range.earliest) || !ISO_WITH_OFFSET.test(range.latest)) return null;
  const earliest = Date.parse(range.earliest);
  const latest = Date.parse(range.latest);
  if (!Number.isFinite(earliest) || !Number.isFinite(latest) || earliest >= latest) return null;
  return { earliest, latest };
}

/**
 * Mistakes in a hunt's content that no type can catch: ids that clash or are unfit for a URL,
 * questions pointing at searches that do not exist, answers that are not among the options,
 * sections out of order. Empty when the hunt is sound.
 */
export function huntProblems(hunt: Hunt): string[] {
  const problems: string[] = [];
  const at = (where: string, message: string) => problems.push(`${where}: ${message}`);

  const ranges: [string, TimeRange][] = [[hunt.id, hunt.timeRange]];
  const stepIds = new Set<string>();
  const searchIds = new Set<string>();
  const questionIds = new Set<string>();
  let lastKind = -1;
  if (!ID.test(hunt.id)) at(hunt.id, 'hunt id is not a URL-friendly id');
  for (const step of hunt.steps) {
    if (!ID.test(step.id)) at(step.id, 'step id is not a URL-friendly id');
    if (stepIds.has(step.id)) at(step.id, 'step id used twice');
    stepIds.add(step.id);
    const kind = STEP_KIND_ORDER.indexOf(step.kind);
    if (kind < lastKind)
      at(step.id, `a ${step.kind} step after a ${STEP_KIND_ORDER[lastKind]} step`);
    lastKind = Math.max(lastKind, kind);
    if (step.narrative.trim() === '') at(step.id, 'empty narrative');
    if (step.timeRange) ranges.push([step.id, step.timeRange]);
    for (const s of step.searches) {
      if (!ID.test(s.id)) at(s.id, 'search id is not a URL-friendly id');
      if (searchIds.has(s.id)) at(s.id, 'search id used twice');
      searchIds.add(s.id);
      if (s.timeRange) ranges.push([s.id, s.timeRange]);
      if ((s.view === 'side-by-side') !== (s.split !== undefined)) {
        at(s.id, 'a side-by-side view needs a split, and only it has one');
      }
      if (s.notice.trim() === '') at(s.id, 'says nothing about what to notice');
    }
  }
  for (const [where, range] of ranges) {
    if (!rangeBounds(range)) at(where, 'time range is not two ordered ISO instants with offsets');
  }
  for (const step of hunt.steps) {
    for (const q of step.questions) {
      if (!ID.test(q.id)) at(q.id, 'question id is not a URL-friendly id');
      if (questionIds.has(q.id)) at(q.id, 'question id used twice');
      questionIds.add(q.id);
      if (q.hints.length === 0) at(q.id, 'no hints');
      if (q.explanation.trim() === '') at(q.id, 'no explanation');
      if (q.derive && !searchIds.has(q.derive.search)) {
        at(q.id, `derives from unknown search '${q.derive.search}'`);
      }
      if (q.kind === 'choice') {
        const ids = q.options.map((o) => o.id);
        if (new Set(ids).size !== ids.length) at(q.id, 'two options share an id');
        if (!ids.includes(q.answer)) at(q.id, `answer '${q.answer}' is not an option`);
        if (ids.length < 2) at(q.id, 'a choice needs at least two options');
      }
      if (q.kind === 'set' && q.answer.length === 0) at(q.id, 'empty answer set');
      if (q.kind === 'value' && q.answer.trim() === '') at(q.id, 'empty answer');
    }
  }
  if (hunt.findings) findingsProblems(hunt.findings, hunt, at);
  return problems;
}

/** Every link of the findings must lead to a step of the hunt, and to a search of that step. */
function findingsProblems(
  findings: HuntFindings,
  hunt: Hunt,
  at: (where: string, message: string) => void,
): void {
  const checkLink = (where: string, link: FindingLink) => {
    const step = hunt.steps.find((s) => s.id === link.stepId);
    if (!step) at(where, `links to unknown step '${link.stepId}'`);
    else if (link.searchId !== undefined && !step.searches.some((s) => s.id === link.searchId)) {
      at(where, `links to search '${link.searchId}', which is not in step '${link.stepId}'`);
    }
  };
  if (findings.reasons.length === 0) at('findings', 'a verdict without reasons');
  findings.learned.forEach((item, i) => {
    if (item.text.trim() === '') at(`findings.learned[${i}]`, 'empty text');
    if (item.links.length === 0) at(`findings.learned[${i}]`, 'links to nothing');
    item.links.forEach((link) => checkLink(`findings.learned[${i}]`, link));
  });
  for (const [corner, text] of Object.entries(findings.diamond)) {
    if (text.trim() === '') at(`findings.diamond.${corner}`, 'empty');
  }
  const itemIds = new Set<string>();
  for (const item of findings.operationalise) {
    if (!ID.test(item.id)) at(item.id, 'checklist item id is not a URL-friendly id');
    if (itemIds.has(item.id)) at(item.id, 'checklist item id used twice');
    itemIds.add(item.id);
  }
  findings.indicators.forEach((seed, i) => {
    if (seed.value.trim() === '') at(`findings.indicators[${i}]`, 'empty value');
    checkLink(`findings.indicators[${i}]`, seed.seen);
  });
}
