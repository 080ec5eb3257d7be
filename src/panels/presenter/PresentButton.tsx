import { t } from '../../i18n/messages';
import { useRoute } from '../../store/route';
import { enterFullscreen } from './fullscreen';

/**
 * Starts presenter mode at a step. Full screen is asked for here, in the click, as browsers
 * require; where it is refused (a headless browser, a policy) presenting works in the window.
 */
export function PresentButton({ huntId, stepId }: { huntId: string; stepId: string }) {
  const navigate = useRoute((s) => s.navigate);
  return (
    <button
      type="button"
      className="button presenter-start"
      title={t('presenter.start.title')}
      onClick={() => {
        enterFullscreen();
        navigate({ page: 'present', huntId, stepId, search: {} });
      }}
    >
      {t('presenter.start')}
    </button>
  );
}
