import { Markdown } from '../../components/markdown/Markdown';
import type { FindingLink, Hunt } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { useRoute } from '../../store/route';
import { formatHash } from '../../store/route-hash';
import { linkLabel } from '../../workbook/report/model';

/** Opens the step, then brings the search into view once the step has drawn it. */
export function useOpenLink(hunt: Hunt) {
  const navigate = useRoute((s) => s.navigate);
  return (link: FindingLink) => {
    navigate({
      page: 'hunt',
      huntId: hunt.id,
      stepId: link.stepId,
      search: link.searchId ? { searchId: link.searchId } : {},
    });
    if (!link.searchId) return;
    const selector = `[data-testid="hunt-search"][data-search-id="${CSS.escape(link.searchId)}"]`;
    setTimeout(() => document.querySelector(selector)?.scrollIntoView({ block: 'start' }), 100);
  };
}

export function LearnedCard({ hunt }: { hunt: Hunt }) {
  const open = useOpenLink(hunt);
  const learned = hunt.findings?.learned ?? [];
  if (learned.length === 0) return null;
  return (
    <section className="card hunt-card findings-card" aria-labelledby="findings-learned">
      <h2 id="findings-learned">{t('findings.learned')}</h2>
      <ul className="findings-learned">
        {learned.map((item, i) => (
          <li key={i}>
            <Markdown text={item.text} inline />{' '}
            {item.links.map((link) => (
              <a
                key={`${link.stepId}/${link.searchId ?? ''}`}
                className="findings-link"
                data-i18n-exempt=""
                href={formatHash({
                  page: 'hunt',
                  huntId: hunt.id,
                  stepId: link.stepId,
                  search: {},
                })}
                onClick={(e) => {
                  e.preventDefault();
                  open(link);
                }}
              >
                {linkLabel(hunt, link)}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
