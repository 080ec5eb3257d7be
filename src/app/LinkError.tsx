import { t } from '../i18n/messages';
import { useRoute } from '../store/route';

/** Says that the link opened could not be read; editing the address to a good one clears it. */
export function LinkError() {
  const badLink = useRoute((s) => s.badLink);
  const dismiss = useRoute((s) => s.dismissBadLink);
  if (badLink === null) return null;
  return (
    <div className="link-error" role="alert" data-testid="link-error">
      <p>{t('errors.link', { hash: badLink })}</p>
      <button type="button" className="button" onClick={dismiss}>
        {t('errors.link.dismiss')}
      </button>
    </div>
  );
}
