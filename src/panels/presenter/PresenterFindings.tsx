import { useEffect } from 'react';
import { Markdown } from '../../components/markdown/Markdown';
import type { Hunt } from '../../hunts/types';
import { t } from '../../i18n/messages';
import type { FindingsSection } from '../../store/presenter-parts';
import { useProgress } from '../../store/progress';
import { currentFindings, linkLabel } from '../../workbook/report/model';
import { CORNERS } from '../findings/DiamondCard';
import { useHuntIndicators } from '../findings/use-hunt-indicators';
import { FINDINGS_TITLES } from './findings-titles';

interface PresenterFindingsProps {
  hunt: Hunt;
  /** The sections revealed so far, in order. */
  sections: FindingsSection[];
}

/**
 * The findings as the room sees them: the learner's own where they changed them, the hunt's
 * otherwise, as the findings panel decides. Read-only: a projector is no place to edit, and
 * presenting never writes to the learner's progress.
 */
export function PresenterFindings({ hunt, sections }: PresenterFindingsProps) {
  const load = useProgress((s) => s.load);
  const progress = useProgress((s) => (s.huntId === hunt.id ? s.progress : null));
  // Read as soon as the step opens, so the first section does not wait for storage.
  useEffect(() => {
    void load(hunt.id);
  }, [hunt.id, load]);
  const findings = currentFindings(hunt, progress);
  const { indicators, ready } = useHuntIndicators(hunt, progress);
  if (sections.length === 0) return null;
  // The hunt's own findings would flash up before the learner's replace them.
  if (progress === null) {
    return (
      <p className="hunt-muted" data-part="">
        {t('hunt.loading')}
      </p>
    );
  }

  const body = (section: FindingsSection) => {
    switch (section) {
      case 'verdict':
        return (
          <>
            <p
              className={`presenter-verdict presenter-verdict--${findings.verdict}`}
              data-testid="presenter-verdict"
            >
              {t(`findings.verdict.${findings.verdict}`)}
            </p>
            {findings.reasons.length > 0 && (
              <>
                <h3>{t('findings.reasons')}</h3>
                <ul className="presenter-findings__list">
                  {findings.reasons.map((r, i) => (
                    <li key={i}>
                      <Markdown text={r} inline />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        );
      case 'learned':
        return (
          <ul className="presenter-findings__list">
            {(hunt.findings?.learned ?? []).map((item, i) => (
              <li key={i}>
                <Markdown text={item.text} inline />{' '}
                <span className="presenter-findings__where">
                  ({item.links.map((link) => linkLabel(hunt, link)).join('; ')})
                </span>
              </li>
            ))}
          </ul>
        );
      case 'diamond':
        return (
          <div className="presenter-diamond">
            {CORNERS.map((c) => (
              <div key={c} className="presenter-diamond__corner" data-corner={c}>
                <h3>{t(`findings.diamond.${c}`)}</h3>
                {findings.diamond[c].trim() ? (
                  <Markdown text={findings.diamond[c]} />
                ) : (
                  <p className="hunt-muted">—</p>
                )}
              </div>
            ))}
          </div>
        );
      case 'indicators':
        if (!ready) return <p className="hunt-muted">{t('findings.indicators.gathering')}</p>;
        return indicators.length === 0 ? (
          <p className="hunt-muted">{t('findings.indicators.none')}</p>
        ) : (
          <table className="presenter-indicators" data-testid="presenter-indicators">
            <thead>
              <tr>
                <th scope="col">{t('findings.indicators.kind')}</th>
                <th scope="col">{t('findings.indicators.value')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((i) => (
                <tr key={`${i.kind}:${i.value}`}>
                  <td className="presenter-indicators__kind" translate="no">
                    {i.kind}
                  </td>
                  <td className="presenter-indicators__value" translate="no">
                    {i.value}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      case 'checklist':
        return (
          <ul className="presenter-checklist">
            {findings.checklist.map((item) => (
              <li key={item.id} data-item-id={item.id} data-done={item.done}>
                <span className="presenter-checklist__mark" aria-hidden="true">
                  {item.done ? '☑' : '☐'}
                </span>
                <span>
                  <span className="visually-hidden">
                    {t(item.done ? 'findings.report.done' : 'findings.report.todo')}:{' '}
                  </span>
                  <Markdown text={item.text} inline />
                </span>
              </li>
            ))}
          </ul>
        );
    }
  };

  return sections.map((section) => (
    <section
      key={section}
      className="card presenter-findings"
      data-testid="presenter-findings"
      data-section={section}
      data-part=""
      aria-labelledby={`presenter-findings-${section}`}
    >
      <h2 id={`presenter-findings-${section}`}>{t(FINDINGS_TITLES[section])}</h2>
      {body(section)}
    </section>
  ));
}
