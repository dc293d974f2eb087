import { useTranslation } from 'react-i18next';

/** The Back / Continue row that ends each wizard question (Back only where there is a step before). */
export function FormActions({ onBack }: { onBack?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      {onBack ? (
        <button type="button" className="secondary" onClick={onBack}>
          {t('app.back')}
        </button>
      ) : null}
      <button type="submit" className="primary">
        {t('app.continue')}
      </button>
    </div>
  );
}
