import type { Hunt } from '../../hunts/types';
import { sectionTitle } from './section-title';

/**
 * A section's name as text: the hunt's own title is hunt content (exempt from the interface's
 * catalogue checks, as step titles are), the kind's name comes from the catalogue.
 */
export function SectionLabel({ hunt, index }: { hunt: Hunt; index: number }) {
  const text = sectionTitle(hunt, index);
  return hunt.sections[index]?.title ? <span data-i18n-exempt="">{text}</span> : <>{text}</>;
}
