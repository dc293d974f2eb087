import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Bridge, DiagnosisResult } from '../electron/contract';
import { ErrorBoundary } from './components/error-boundary';
import { useFixCatalog } from './hooks/use-fix-catalog';
import { ActionScreen } from './screens/action-screen';
import { ChecksScreen } from './screens/checks-screen';
import { HistoryScreen } from './screens/history-screen';
import { ReportScreen } from './screens/report-screen';
import { RoleScreen } from './screens/role-screen';
import { SiteScreen } from './screens/site-screen';
import { SymptomScreen } from './screens/symptom-screen';
import type { SymptomAnswer } from './screens/symptom-screen';
import { VerdictScreen } from './screens/verdict-screen';
import type { VerdictMode } from './screens/verdict-screen';
import { WatchScreen } from './screens/watch-screen';
import { siteUrl } from './wizard/site-url';
import { TREE, checkNodeId, verdictNodeId } from './wizard/tree';
import type { Role, Symptom, WizardNode } from './wizard/tree';
import { useWizardNav } from './wizard/use-wizard-nav';

/** The text sent to the engine for a picked variant, so it can weigh the symptom. */
const SYMPTOM_TEXT: Readonly<Record<Symptom, string | undefined>> = {
  'bad-gateway': '502 Bad Gateway',
  'gateway-timeout': '504 Gateway Time-out',
  'no-load': undefined,
  'other-error': undefined,
  paste: undefined,
};

interface Results {
  current: DiagnosisResult | null;
  previous: DiagnosisResult | null;
  mode: VerdictMode;
}

function Wizard({ bridge }: { bridge: Bridge }) {
  const { t } = useTranslation();
  const nav = useWizardNav();
  const fixes = useFixCatalog(bridge);
  const [site, setSite] = useState('');
  const [symptom, setSymptom] = useState<SymptomAnswer | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [external, setExternal] = useState(false);
  const [results, setResults] = useState<Results>({ current: null, previous: null, mode: 'first' });
  const [view, setView] = useState<'wizard' | 'history' | 'report'>('wizard');
  const node: WizardNode | undefined = TREE.get(nav.nodeId);
  const { go } = nav;

  const onResult = useCallback(
    (mode: 'first' | 'recheck', outcomes: Readonly<Record<string, string>>) => (result: DiagnosisResult) => {
      setResults((r) => ({ current: result, previous: mode === 'recheck' ? r.current : null, mode }));
      setExternal(false);
      const next = outcomes[result.verdict.id];
      if (next) go(next, { replace: true });
    },
    [go],
  );

  const newCheck = () => {
    setView('wizard');
    setResults({ current: null, previous: null, mode: 'first' });
    nav.reset();
  };
  const header = (
    <header className="app-header">
      <p className="brand">{t('app.title')}</p>
      <nav aria-label={t('app.title')}>
        <button type="button" className="link-button" onClick={newCheck}>
          {t('app.newCheck')}
        </button>
        <button type="button" className="link-button" onClick={() => setView('history')}>
          {t('app.history')}
        </button>
      </nav>
    </header>
  );

  let screen: ReactNode = null;
  if (view === 'history') {
    screen = (
      <HistoryScreen
        bridge={bridge}
        onBack={() => setView('wizard')}
        onOpen={(result) => {
          const r = role ?? 'visitor';
          setRole(r);
          setSite(result.target.input || result.target.url);
          setResults({ current: result, previous: null, mode: 'earlier' });
          setView('wizard');
          go(verdictNodeId(r, result.verdict.id));
        }}
      />
    );
  } else if (view === 'report' && results.current) {
    screen = (
      <ReportScreen
        bridge={bridge}
        runId={results.current.runId}
        verdictId={results.current.verdict.id}
        onBack={() => setView('wizard')}
      />
    );
  } else if (!node) {
    screen = <p role="alert">{t('app.error')}</p>;
  } else if (node.kind === 'question') {
    if (node.input === 'site') {
      screen = (
        <SiteScreen
          key={nav.visit}
          initial={site}
          focus={nav.visit > 0}
          onNext={(s) => {
            setSite(s);
            go(node.next);
          }}
        />
      );
    } else if (node.input === 'symptom') {
      screen = (
        <SymptomScreen
          key={nav.visit}
          bridge={bridge}
          initial={symptom}
          onBack={nav.back}
          onNext={(a) => {
            setSymptom(a);
            const answer = node.answers.find((x) => x.value === a.symptom);
            if (answer) go(answer.next);
          }}
        />
      );
    } else {
      screen = (
        <RoleScreen
          key={nav.visit}
          initial={role}
          onBack={nav.back}
          onNext={(r) => {
            setRole(r);
            const answer = node.answers.find((x) => x.value === r);
            if (answer) go(answer.next);
          }}
        />
      );
    }
  } else if (node.kind === 'check') {
    const errorText =
      symptom?.symptom === 'paste' && symptom.pasted.trim()
        ? symptom.pasted.trim()
        : symptom
          ? SYMPTOM_TEXT[symptom.symptom]
          : undefined;
    screen = (
      <ChecksScreen
        key={nav.visit}
        bridge={bridge}
        node={node}
        site={site}
        options={{
          role: node.role,
          ...(errorText ? { errorText } : {}),
          ...(external ? { external: true } : {}),
        }}
        onResult={onResult(node.mode, node.outcomes)}
        onRetry={() => go(node.id, { replace: true })}
        onRestart={newCheck}
      />
    );
  } else if (node.kind === 'verdict') {
    const current = results.current;
    screen = current ? (
      <VerdictScreen
        key={nav.visit}
        node={node}
        result={current}
        previous={results.previous}
        mode={results.mode}
        fixes={fixes}
        onAction={(id) => go(id)}
        onReport={() => setView('report')}
        onCheckAgain={() => go(checkNodeId(node.role, 'recheck'))}
      />
    ) : (
      <p role="alert">{t('app.error')}</p>
    );
  } else if (node.kind === 'action') {
    screen = (
      <ActionScreen
        key={nav.visit}
        bridge={bridge}
        node={node}
        fix={node.fixId ? fixes.get(node.fixId) : undefined}
        siteUrl={siteUrl(site)}
        runId={results.current?.runId}
        onBack={nav.back}
        onReport={() => setView('report')}
        onWatch={() => go(node.next)}
        onRecheck={({ external: ext }) => {
          setExternal(ext);
          go(node.effect === 'watch' ? checkNodeId(node.role, 'recheck') : node.next);
        }}
      />
    );
  } else {
    screen = (
      <WatchScreen
        key={nav.visit}
        bridge={bridge}
        site={site}
        siteUrl={siteUrl(site)}
        onBack={nav.back}
        onCheckAgain={() => go(node.next)}
      />
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      {header}
      <main id="main" tabIndex={-1}>
        {screen}
      </main>
    </>
  );
}

function NoBridge() {
  const { t } = useTranslation();
  return (
    <main id="main">
      <section className="screen">
        <h1>{t('app.title')}</h1>
        <p role="alert">{t('app.noBridge')}</p>
      </section>
    </main>
  );
}

function Crashed({ reset }: { reset: () => void }) {
  const { t } = useTranslation();
  return (
    <main id="main">
      <section className="screen">
        <h1>{t('app.title')}</h1>
        <p role="alert">{t('app.error')}</p>
        <div className="actions">
          <button type="button" className="primary" onClick={reset}>
            {t('checking.restart')}
          </button>
        </div>
      </section>
    </main>
  );
}

function LangSync({ i18n }: { i18n: I18n }) {
  useEffect(() => {
    const sync = () => {
      document.documentElement.lang = i18n.language;
    };
    sync();
    i18n.on('languageChanged', sync);
    return () => i18n.off('languageChanged', sync);
  }, [i18n]);
  return null;
}

/** The app root: the wizard over the bridge (Electron preload or the loopback test bridge). */
export function App({ bridge, i18n }: { bridge: Bridge | null; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LangSync i18n={i18n} />
      {bridge ? (
        <ErrorBoundary fallback={(reset) => <Crashed reset={reset} />}>
          <Wizard bridge={bridge} />
        </ErrorBoundary>
      ) : (
        <NoBridge />
      )}
    </I18nextProvider>
  );
}
