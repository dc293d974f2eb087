// Renderer entry: picks the bridge, starts i18n, mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import './owner.css';
import { App } from './app';
import { getBridge } from './bridge';
import { initI18n } from './i18n';

const rootElement = document.getElementById('root');
if (rootElement) {
  const i18n = initI18n(navigator.language);
  createRoot(rootElement).render(
    <StrictMode>
      <App bridge={getBridge()} i18n={i18n} />
    </StrictMode>,
  );
}
