import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Bridge, DiagnosisResult } from '../electron/contract';
import { languageOf, stepValues } from '../electron/contract/values';
import { ErrorBoundary } from './components/error-boundary';
import { WatchIndicator } from './components/watch-indicator';
import { useFixCatalog } from './hooks/use-fix-catalog';
import { isActive, useDiagnosis } from './hooks/use-diagnosis';
import { WatchProvider, useWatch } from './hooks/use-watch';
import { ActionScreen } from './screens/action-screen';
import { ChecklistScreen } from './screens/checklist-screen';
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
import { siteLabel, siteUrl } from './wizard/site-url';
import type { RunState } from './hooks/use-diagnosis';
import { EXPECTED_CHECKS, TREE, checkNodeId, verdictNodeId } from './wizard/tree';
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

/** While the questions are asked, the checks already run: say so, quietly. */
function RunningNote({ state, site }: { state: RunState; site: string }) {
  const { t } = useTranslation();
  const done = state.checks.filter((c) => c.state !== 'waiting' && c.state !== 'running').length;
  return (
    <p className="run-note muted" role="status">
      {state.phase === 'done'
        ? t('checking.backgroundDone', { site: siteLabel(site) })
        : t('checking.background', { site: siteLabel(site), done, total: state.checks.length })}
    </p>
  );
}

function Wizard({ bridge }: { bridge: Bridge }) {
  const { t, i18n } = useTranslation();
  const nav = useWizardNav();
  const watch = useWatch();
  const fixes = useFixCatalog(bridge);
  const [site, setSite] = useState('');
  const [symptom, setSymptom] = useState<SymptomAnswer | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [external, setExternal] = useState(false);
  const [results, setResults] = useState<Results>({ current: null, previous: null, mode: 'first' });
  const [view, setView] = useState<'wizard' | 'history' | 'report'>('wizard');
  // The first run starts as soon as the address is given; the questions come while it runs.
  const run = useDiagnosis(bridge);
  const [earlySite, setEarlySite] = useState<string | null>(null);
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
    if (isActive(run.state)) void run.cancel();
    setEarlySite(null);
    setView('wizard');
    setResults({ current: null, previous: null, mode: 'first' });
    nav.reset();
  };
  // The site is back: check the watched site again, from whatever screen the person is on.
  const checkWatchedAgain = () => {
    const w = watch.state;
    if (w.status === 'idle') return;
    const r = role ?? 'visitor';
    setRole(r);
    if (w.url !== siteUrl(site)) setSite(w.url);
    setView('wizard');
    watch.dismiss();
    go(checkNodeId(r, 'recheck'));
  };
  const onWatchScreen = view === 'wizard' && node?.kind === 'watch';
  // What the step texts name (when the site asked to be tried again), in the window's language.
  const values = results.current ? stepValues(results.current.checks, languageOf(i18n.language)) : {};
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
      <WatchIndicator onCheckAgain={onWatchScreen ? undefined : checkWatchedAgain} />
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
          onNext={(s) => {
            setSite(s);
            if (s !== earlySite || !(isActive(run.state) || run.state.phase === 'done')) {
              if (isActive(run.state)) void run.cancel();
              setEarlySite(s);
              void run.start(s, {}, EXPECTED_CHECKS);
            }
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
        run={run}
        adopt={
          node.mode === 'first' &&
          !external &&
          earlySite === site &&
          (isActive(run.state) || run.state.phase === 'done')
        }
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
        values={values}
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
        values={values}
        onBack={nav.back}
        onReport={() => setView('report')}
        onWatch={() => go(node.next)}
        onRecheck={({ external: ext }) => {
          setExternal(ext);
          go(node.effect === 'watch' ? checkNodeId(node.role, 'recheck') : node.next);
        }}
      />
    );
  } else if (node.kind === 'checklist') {
    const current = results.current;
    screen = current ? (
      <ChecklistScreen
        key={nav.visit}
        node={node}
        result={current}
        onBack={nav.back}
        onReport={() => setView('report')}
        onCheckAgain={() => go(node.next)}
      />
    ) : (
      <p role="alert">{t('app.error')}</p>
    );
  } else {
    screen = (
      <WatchScreen
        key={nav.visit}
        site={site}
        siteUrl={siteUrl(site)}
        runId={results.current?.runId}
        onBack={nav.back}
        onCheckAgain={() => go(node.next)}
      />
    );
  }

  // The owner's verdict and checklist carry tables and commands: they use the window's width.
  const wide =
    view === 'wizard' &&
    node !== undefined &&
    (node.kind === 'checklist' || (node.kind === 'verdict' && node.role === 'owner'));
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      {header}
      <main id="main" tabIndex={-1} className={wide ? 'wide' : undefined}>
        {screen}
        {view === 'wizard' &&
        node?.kind === 'question' &&
        node.input !== 'site' &&
        earlySite === site &&
        (isActive(run.state) || run.state.phase === 'done') ? (
          <RunningNote state={run.state} site={site} />
        ) : null}
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
          <WatchProvider bridge={bridge}>
            <Wizard bridge={bridge} />
          </WatchProvider>
        </ErrorBoundary>
      ) : (
        <NoBridge />
      )}
    </I18nextProvider>
  );
}
