import type { HuntProgressRecord } from '../../data/db/schema-types';
import type { Hunt } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { collectIndicators, defang, isInternalAddress, type Indicator } from '../indicators';
import { linkLabel, notesInOrder, type ReportIndicator } from './model';
import { validPins } from './pins';

/** A pin's text: what it showed, not the search that made it. */
function pinText(pin: ReturnType<typeof validPins>[number]): string {
  const s = pin.snapshot;
  return [...(s.rows ?? []).flat(), s.raw ?? '', ...(s.fields ?? []).map(([, v]) => v)].join('\n');
}

/** The hunt's own indicators, then those in what the learner pinned, then in their notes. */
export function huntIndicators(hunt: Hunt, progress: HuntProgressRecord | null): Indicator[] {
  const sources = [
    ...(hunt.findings?.indicators ?? []).map((seed) => ({
      text: seed.value,
      sighting: { ...seed.seen, label: linkLabel(hunt, seed.seen) },
    })),
    ...validPins(progress?.pins).map((pin) => ({
      text: pinText(pin),
      sighting: {
        pinId: pin.id,
        stepId: pin.stepId,
        searchId: pin.searchId,
        label: t('findings.seen.pin', { title: pin.title }),
      },
    })),
    ...notesInOrder(hunt, progress).map((note) => ({
      text: note.text,
      sighting: { stepId: note.stepId, label: t('findings.seen.note', { step: note.step }) },
    })),
  ];
  const seeded = new Set((hunt.findings?.indicators ?? []).map((seed) => seed.value));
  // Frothly's own addresses fill every pinned table; they are the victim, not indicators.
  return collectIndicators(sources).filter(
    (i) =>
      seeded.has(i.value) ||
      !(
        ((i.kind === 'ipv4' || i.kind === 'ipv6') && isInternalAddress(i.value)) ||
        LOCAL_NAME.test(i.value)
      ),
  );
}

const LOCAL_NAME = /\.(local|internal|lan|localdomain)$/i;

/** Indicators as the report shows them, defanged when the user chose so. */
export function reportIndicators(list: Indicator[], defanged: boolean): ReportIndicator[] {
  return list.map((i) => ({
    kind: i.kind,
    value: defanged ? defang(i.value, i.kind) : i.value,
    seen: i.seen.map((s) => s.label),
  }));
}
