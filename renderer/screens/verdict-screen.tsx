import { useTranslation } from 'react-i18next';
import type { DiagnosisResult, FixDescriptor, FixId } from '../../electron/contract';
import { VERDICTS, languageOf, reasonLine } from '../../electron/contract/values';
import { EvidenceList } from '../components/evidence-list';
import { FaultChain } from '../components/fault-chain';
import { Screen } from '../components/screen';
import { TechnicalView } from '../components/technical-view';
import { siteLabel } from '../wizard/site-url';
import { CHECKLIST, TREE, actionForEngineId, actionNodeId, isChecklistStep, nodeOf } from '../wizard/tree';
import type { ActionNode, NodeId, VerdictNode } from '../wizard/tree';

export type VerdictMode = 'first' | 'recheck' | 'earlier';
/** Values a step's texts take (`{{minutes}}`, `{{time}}`). */
export type StepValues = Readonly<Record<string, string | number>>;

/**
 * The next steps the engine's verdict names for this role (steps, then any quick fix not
 * covered). An owner's server steps are one entry: the checklist page.
 */
function actionsFor(node: VerdictNode, result: DiagnosisResult): NodeId[] {
  const ids: NodeId[] = [];
  const engine = [
    ...(node.role === 'owner' ? result.verdict.ownerSteps : result.verdict.visitorSteps),
    ...result.verdict.fixIds,
  ];
  for (const id of engine) {
    const action = actionForEngineId(id);
    const nodeId = !action
      ? null
      : node.role === 'owner' && isChecklistStep(action)
        ? CHECKLIST
        : actionNodeId(node.role, action);
    if (nodeId && TREE.has(nodeId) && !ids.includes(nodeId)) ids.push(nodeId);
  }
  return ids;
}

function Badge({ fix }: { fix: FixDescriptor | undefined }) {
  const { t } = useTranslation();
  if (!fix?.available) return null;
  return (
    <span className="badge">
      <span className="sr-only">, </span>
      {t(fix.kind === 'command' ? 'verdict.quickFix' : 'verdict.guided')}
    </span>
  );
}

/** The next-step buttons, quick fixes badged; the owner's checklist first and prominent. */
function StepList({
  actions,
  fixes,
  values,
  onAction,
}: {
  actions: NodeId[];
  fixes: ReadonlyMap<FixId, FixDescriptor>;
  values: StepValues;
  onAction: (nodeId: NodeId) => void;
}) {
  const { t } = useTranslation();
  const ordered = [...actions.filter((id) => id === CHECKLIST), ...actions.filter((id) => id !== CHECKLIST)];
  return (
    <ul className="next-steps">
      {ordered.map((id) =>
        id === CHECKLIST ? (
          <li key={id}>
            <button type="button" className="step-button step-checklist" onClick={() => onAction(id)}>
              <span>{t('owner.open')}</span>
            </button>
          </li>
        ) : (
          <StepButton
            key={id}
            node={nodeOf(id, 'action')}
            fixes={fixes}
            values={values}
            onAction={onAction}
          />
        ),
      )}
    </ul>
  );
}

function StepButton({
  node,
  fixes,
  values,
  onAction,
}: {
  node: ActionNode;
  fixes: ReadonlyMap<FixId, FixDescriptor>;
  values: StepValues;
  onAction: (nodeId: NodeId) => void;
}) {
  const { t } = useTranslation();
  return (
    <li>
      <button type="button" className="step-button" onClick={() => onAction(node.id)}>
        <span>{t(node.titleKey, values)}</span>
        <Badge fix={node.fixId ? fixes.get(node.fixId) : undefined} />
      </button>
    </li>
  );
}

/** Screen 4 (and 5 after a fix): who must act, why, the evidence, and the next steps. */
export function VerdictScreen({
  node,
  result,
  previous,
  mode,
  fixes,
  values = {},
  onAction,
  onReport,
  onCheckAgain,
}: {
  node: VerdictNode;
  result: DiagnosisResult;
  previous: DiagnosisResult | null;
  mode: VerdictMode;
  fixes: ReadonlyMap<FixId, FixDescriptor>;
  /** What the step texts name (`stepValues` of the result). */
  values?: StepValues;
  onAction: (nodeId: NodeId) => void;
  onReport: () => void;
  onCheckAgain: () => void;
}) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(result.finishedAt),
  );
  const banner =
    mode === 'recheck'
      ? result.verdict.id === 'site-ok'
        ? ({ key: 'verdict.solved', tone: 'good' } as const)
        : previous && previous.verdict.id !== result.verdict.id
          ? ({ key: 'verdict.changed', tone: 'info' } as const)
          : ({ key: 'verdict.notSolved', tone: 'info' } as const)
      : null;
  const actions = actionsFor(node, result);
  const solved = banner?.key === 'verdict.solved';
  const causes = [...new Set(result.verdict.reasons.map((r) => r.checkId))];
  const lang = languageOf(i18n.language);
  const fact = result.verdict.reasons.find((r) => r.code !== 'evidence');
  const keyFact = fact ? reasonLine(lang, fact) : null;
  return (
    <Screen title={t(node.titleKey)}>
      <p className="subtitle">
        {t('verdict.heading', { site: siteLabel(result.target.input || result.target.url) })}
      </p>
      {banner ? (
        <p className={`banner banner-${banner.tone}`} role="status">
          {t(banner.key)}
        </p>
      ) : null}
      {mode === 'earlier' ? <p className="banner banner-info">{t('verdict.earlier', { time })}</p> : null}

      <FaultChain result={result} />
      <h2>{t('verdict.whoHeading')}</h2>
      <p className="who">{t(node.whoKey)}</p>
      {keyFact ? <p className="key-fact">{keyFact}</p> : null}

      {solved ? (
        <details className="disclosure">
          <summary>{t('verdict.stillSeeing')}</summary>
          <StepList actions={actions} fixes={fixes} values={values} onAction={onAction} />
        </details>
      ) : (
        <>
          <h2>
            {t(
              node.role === 'owner' && VERDICTS[result.verdict.id].ownerActs
                ? 'verdict.ownerNextHeading'
                : 'verdict.nextHeading',
            )}
          </h2>
          <StepList actions={actions} fixes={fixes} values={values} onAction={onAction} />
        </>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={onReport}>
          {t('verdict.report')}
        </button>
        <button type="button" className="primary" onClick={onCheckAgain}>
          {t('verdict.checkAgain')}
        </button>
      </div>

      <h2>{t('verdict.whyHeading')}</h2>
      <p>{t(node.whyKey)}</p>
      <p className="muted">
        {t(`verdict.confidence.${result.verdict.confidence}`)}{' '}
        {mode !== 'earlier' ? t('verdict.checkedAt', { time }) : null}
      </p>
      <details className="disclosure">
        <summary>{t('verdict.showEvidence')}</summary>
        <EvidenceList checks={result.checks} causes={causes} />
      </details>
      <details className="disclosure" open={node.role === 'owner'}>
        <summary>{t('tech.title')}</summary>
        <TechnicalView result={result} />
      </details>
    </Screen>
  );
}
