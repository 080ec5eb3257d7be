import type { Hunt } from '../../hunts/types';
import { t } from '../../i18n/messages';

/**
 * A section's name: the hunt's own ("Transactions"), else its kind's, and clusters numbered in
 * the order they come ("Cluster 2").
 */
export function sectionTitle(hunt: Hunt, index: number): string {
  const section = hunt.sections[index];
  if (!section) return '';
  if (section.title) return section.title;
  if (section.kind !== 'cluster') return t(`hunt.section.${section.kind}`);
  const n = hunt.sections.slice(0, index + 1).filter((s) => s.kind === 'cluster').length;
  return t('hunt.section.cluster', { n });
}
