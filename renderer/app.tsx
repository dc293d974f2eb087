import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Bridge } from '../electron/contract';

function Shell({ bridge }: { bridge: Bridge | null }) {
  const { t } = useTranslation();
  return (
    <main>
      <h1>{t('app.title')}</h1>
      {bridge ? null : <p role="alert">{t('app.noBridge')}</p>}
    </main>
  );
}

/** The app root. */
export function App({ bridge, i18n }: { bridge: Bridge | null; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Shell bridge={bridge} />
    </I18nextProvider>
  );
}
