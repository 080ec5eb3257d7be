import type { FindingsRecord, Pin, PinSnapshot } from '../../data/db/schema-types';
import { dataMapOf } from '../../engine';

/**
 * Pins and findings as stored may come from an imported file, which nobody checked field by
 * field: these keep only what has the shape the panel and the reports expect.
 */

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const KINDS: readonly string[] = ['table', 'chart', 'event'];

function snapshotOf(v: unknown): PinSnapshot {
  if (!isObject(v)) return {};
  const s: PinSnapshot = {};
  if (isStrings(v.columns)) s.columns = v.columns;
  if (Array.isArray(v.rows) && v.rows.every(isStrings)) s.rows = v.rows;
  if (isNumber(v.totalRows)) s.totalRows = v.totalRows;
  if (isString(v.image)) s.image = v.image;
  if (isString(v.time)) s.time = v.time;
  if (isString(v.raw)) s.raw = v.raw;
  if (Array.isArray(v.fields) && v.fields.every((f) => isStrings(f) && f.length === 2)) {
    s.fields = v.fields as [string, string][];
  }
  return s;
}

export function validPins(list: unknown): Pin[] {
  if (!Array.isArray(list)) return [];
  const pins: Pin[] = [];
  for (const v of list) {
    if (!isObject(v)) continue;
    const { id, stepId, searchId, kind, title, spl, earliest, latest, pinnedAt } = v;
    if (!isString(id) || !isString(stepId) || !isString(searchId) || !isString(title)) continue;
    if (!isString(kind) || !KINDS.includes(kind) || !isString(spl)) continue;
    pins.push({
      id,
      stepId,
      searchId,
      kind: kind as Pin['kind'],
      title,
      spl,
      earliest: isNumber(earliest) ? earliest : undefined,
      latest: isNumber(latest) ? latest : undefined,
      pinnedAt: isNumber(pinnedAt) ? pinnedAt : 0,
      snapshot: snapshotOf(v.snapshot),
    });
  }
  return pins;
}

const VERDICTS: readonly string[] = ['confirmed', 'refuted', 'open'];
const CORNERS = ['adversary', 'capability', 'infrastructure', 'victim'] as const;

/** Stored findings, each part that is malformed replaced by the hunt's own. */
export function validFindings(v: unknown, initial: FindingsRecord): FindingsRecord {
  if (!isObject(v)) return initial;
  const diamond = isObject(v.diamond) ? v.diamond : {};
  return {
    verdict:
      isString(v.verdict) && VERDICTS.includes(v.verdict)
        ? (v.verdict as FindingsRecord['verdict'])
        : initial.verdict,
    reasons: isStrings(v.reasons) ? v.reasons : initial.reasons,
    diamond: dataMapOf(
      CORNERS.map((c) => [c, isString(diamond[c]) ? diamond[c] : initial.diamond[c]]),
    ) as FindingsRecord['diamond'],
    checklist: Array.isArray(v.checklist)
      ? v.checklist.flatMap((item: unknown) =>
          isObject(item) && isString(item.id) && isString(item.text)
            ? [{ id: item.id, text: item.text, done: item.done === true, own: item.own === true }]
            : [],
        )
      : initial.checklist,
  };
}

// Only a PNG as the chart code makes it is shown or exported: anything else could be a script
// or a request.
const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

export const isPngDataUrl = (url: string) => PNG_DATA_URL.test(url);
