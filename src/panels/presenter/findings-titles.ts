import type { MessageKey } from '../../i18n/messages';
import type { FindingsSection } from '../../store/presenter-parts';

/** Each section is titled as in the findings panel, so the room and the learner read the same. */
export const FINDINGS_TITLES: Record<FindingsSection, MessageKey> = {
  verdict: 'findings.verdict',
  learned: 'findings.learned',
  diamond: 'findings.diamond',
  indicators: 'findings.indicators',
  checklist: 'findings.checklist',
};
