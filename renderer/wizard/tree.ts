// The wizard's decision tree, as data. The screens interpret these nodes; the tests walk
// them (every path ends in a verdict, every verdict offers an action, nothing unreachable,
// every text key exists in every catalog). Next steps per verdict come from the contract's
// verdict catalog (electron/contract/values/verdicts.ts); this file only adds what a step does.
import type { CheckId, FixId, StepId, VerdictId } from '../../electron/contract';
import {
  CHECK_IDS,
  EXPECTED_CHECKS as EXPECTED,
  VERDICTS,
  VERDICT_IDS,
  stepsWithRetryAfter,
  ownerTextsEn,
} from '../../electron/contract/values';
import type { TKey } from '../locales/en';

export type Role = 'visitor' | 'owner';
export type NodeId = string;

/** What the person told us on the first screens. */
export type Symptom = 'bad-gateway' | 'gateway-timeout' | 'no-load' | 'other-error' | 'paste';

export interface Answer<V extends string> {
  value: V;
  labelKey: TKey;
  hintKey: TKey;
  next: NodeId;
}

/** A screen that asks one thing. */
export type QuestionNode =
  | { kind: 'question'; id: NodeId; input: 'site'; questionKey: TKey; helpKey: TKey; next: NodeId }
  | {
      kind: 'question';
      id: NodeId;
      input: 'symptom';
      questionKey: TKey;
      helpKey: TKey;
      answers: readonly Answer<Symptom>[];
    }
  | {
      kind: 'question';
      id: NodeId;
      input: 'role';
      questionKey: TKey;
      helpKey: TKey;
      answers: readonly Answer<Role>[];
    };

/** The automatic checks; the engine's verdict picks the outgoing edge. */
export interface CheckNode {
  kind: 'check';
  id: NodeId;
  role: Role;
  /** `recheck` after a fix or step: the verdict screen then says whether it is solved. */
  mode: 'first' | 'recheck';
  titleKey: TKey;
  outcomes: Readonly<Record<VerdictId, NodeId>>;
  /** Where "start again" leads after a cancelled or failed run. */
  restart: NodeId;
}

/** The answer: who must act, why, and what to do next. */
export interface VerdictNode {
  kind: 'verdict';
  id: NodeId;
  role: Role;
  verdictId: VerdictId;
  titleKey: TKey;
  whoKey: TKey;
  whyKey: TKey;
  actions: readonly NodeId[];
}

/**
 * What an action does besides showing its instructions. `checklist`: a step on the owner's
 * server, shown with the others on the one checklist page instead of a screen of its own.
 */
export type ActionEffect = 'recheck' | 'watch' | 'report' | 'external-check' | 'checklist';

/** A next step: a quick fix (previewed, reversible), a guided fix, or instructions. */
export interface ActionNode {
  kind: 'action';
  id: NodeId;
  role: Role;
  action: ActionId;
  fixId: FixId | null;
  stepId: StepId | null;
  titleKey: TKey;
  bodyKey: TKey;
  effect: Exclude<ActionEffect, 'checklist'>;
  /** Checks again afterwards (screen 5). */
  next: NodeId;
}

/**
 * The owner's one checklist page: every server step of the verdict with the commands for the
 * stack that answered, the error's time and trace id, then one "check again".
 */
export interface ChecklistNode {
  kind: 'checklist';
  id: NodeId;
  role: 'owner';
  titleKey: TKey;
  next: NodeId;
}

/** "Tell me when it's back": watches the site, then checks again. */
export interface WatchNode {
  kind: 'watch';
  id: NodeId;
  role: Role;
  titleKey: TKey;
  next: NodeId;
}

export type WizardNode = QuestionNode | CheckNode | VerdictNode | ActionNode | WatchNode | ChecklistNode;

/** Every next step the wizard can offer: a manual step, a quick fix, or both. */
export const ACTIONS = {
  'hard-refresh': { stepId: 'hard-refresh', fixId: null, effect: 'recheck' },
  'clear-site-cache': { stepId: 'clear-site-cache', fixId: 'guide-clear-site-cache', effect: 'recheck' },
  'private-window': { stepId: 'private-window', fixId: 'open-private-window', effect: 'recheck' },
  'other-browser': { stepId: 'other-browser', fixId: 'open-other-browser', effect: 'recheck' },
  'disable-extensions': { stepId: 'disable-extensions', fixId: null, effect: 'recheck' },
  'restart-browser': { stepId: 'restart-browser', fixId: null, effect: 'recheck' },
  'retry-later': { stepId: 'retry-later', fixId: null, effect: 'recheck' },
  'retry-after': { stepId: 'retry-after', fixId: null, effect: 'watch' },
  'notify-when-back': { stepId: 'notify-when-back', fixId: null, effect: 'watch' },
  'status-page': { stepId: 'status-page', fixId: null, effect: 'recheck' },
  'tell-site': { stepId: 'tell-site', fixId: null, effect: 'report' },
  'down-for-everyone': { stepId: 'down-for-everyone', fixId: null, effect: 'external-check' },
  'restart-router': { stepId: 'restart-router', fixId: 'guide-restart-router', effect: 'recheck' },
  'check-cables-wifi': { stepId: 'check-cables-wifi', fixId: null, effect: 'recheck' },
  'restart-computer': { stepId: 'restart-computer', fixId: null, effect: 'recheck' },
  'renew-dhcp': { stepId: 'renew-dhcp', fixId: 'renew-dhcp', effect: 'recheck' },
  'switch-dns': { stepId: 'switch-dns', fixId: 'switch-dns', effect: 'recheck' },
  'flush-dns': { stepId: 'flush-dns', fixId: 'flush-dns', effect: 'recheck' },
  'contact-isp': { stepId: 'contact-isp', fixId: null, effect: 'report' },
  'isp-status-page': { stepId: 'isp-status-page', fixId: null, effect: 'recheck' },
  'disable-proxy': { stepId: 'disable-proxy', fixId: 'guide-disable-proxy', effect: 'recheck' },
  'ask-proxy-admin': { stepId: 'ask-proxy-admin', fixId: null, effect: 'report' },
  'pause-security-software': { stepId: 'pause-security-software', fixId: null, effect: 'recheck' },
  'ask-network-admin': { stepId: 'ask-network-admin', fixId: null, effect: 'report' },
  'owner-check-upstream': { stepId: 'owner-check-upstream', fixId: null, effect: 'checklist' },
  'owner-error-logs': { stepId: 'owner-error-logs', fixId: null, effect: 'checklist' },
  'owner-resources': { stepId: 'owner-resources', fixId: null, effect: 'checklist' },
  'owner-recent-changes': { stepId: 'owner-recent-changes', fixId: null, effect: 'checklist' },
  'owner-proxy-config': { stepId: 'owner-proxy-config', fixId: null, effect: 'checklist' },
  'owner-hosting-provider': { stepId: 'owner-hosting-provider', fixId: null, effect: 'checklist' },
  'owner-timeouts': { stepId: 'owner-timeouts', fixId: null, effect: 'checklist' },
  'owner-slow-queries': { stepId: 'owner-slow-queries', fixId: null, effect: 'checklist' },
  'owner-health-checks': { stepId: 'owner-health-checks', fixId: null, effect: 'checklist' },
  'owner-cdn-origin': { stepId: 'owner-cdn-origin', fixId: null, effect: 'checklist' },
  'owner-cdn-status': { stepId: 'owner-cdn-status', fixId: null, effect: 'checklist' },
  'owner-cdn-trace-id': { stepId: 'owner-cdn-trace-id', fixId: null, effect: 'checklist' },
  'owner-dns-records': { stepId: 'owner-dns-records', fixId: null, effect: 'checklist' },
  'owner-dns-propagation': { stepId: 'owner-dns-propagation', fixId: null, effect: 'watch' },
  'owner-server-firewall': { stepId: 'owner-server-firewall', fixId: null, effect: 'checklist' },
  'owner-monitoring': { stepId: 'owner-monitoring', fixId: null, effect: 'watch' },
  'owner-checklist': { stepId: 'owner-checklist', fixId: null, effect: 'checklist' },
  'sign-in-portal': { stepId: 'sign-in-portal', fixId: null, effect: 'recheck' },
  'remove-hosts-line': { stepId: 'remove-hosts-line', fixId: null, effect: 'recheck' },
  'check-vpn-mtu': { stepId: 'check-vpn-mtu', fixId: null, effect: 'recheck' },
  'move-closer-wifi': { stepId: 'move-closer-wifi', fixId: null, effect: 'recheck' },
  'check-clock': { stepId: 'check-clock', fixId: null, effect: 'recheck' },
  'owner-renew-certificate': { stepId: 'owner-renew-certificate', fixId: null, effect: 'checklist' },
  'owner-dns-servers': { stepId: 'owner-dns-servers', fixId: null, effect: 'checklist' },
} as const satisfies Record<StepId, { stepId: StepId; fixId: FixId | null; effect: ActionEffect }>;

export type ActionId = keyof typeof ACTIONS;

/** A role's steps, and the same when the site named a time to come back (the result may carry either). */
function offered(steps: readonly StepId[], visitor: boolean): readonly ActionId[] {
  return [...new Set([...steps, ...stepsWithRetryAfter(steps, { asked: true, visitor })])];
}

/** Next steps per verdict and role: the verdict catalog's visitor and owner steps. */
export const NEXT_STEPS: Readonly<Record<VerdictId, Readonly<Record<Role, readonly ActionId[]>>>> =
  Object.fromEntries(
    VERDICT_IDS.map((id) => [
      id,
      { visitor: offered(VERDICTS[id].visitorSteps, true), owner: offered(VERDICTS[id].ownerSteps, false) },
    ]),
  ) as unknown as Record<VerdictId, Record<Role, readonly ActionId[]>>;

/** Plain-language question per check, for the live progress screen. */
export const CHECK_LABELS: Readonly<Record<CheckId, TKey>> = Object.fromEntries(
  CHECK_IDS.map((id) => [id, `checks.${id}` as const]),
) as Record<CheckId, TKey>;

/** The checks shown as "waiting" before the engine reports anything. */
export const EXPECTED_CHECKS: readonly CheckId[] = EXPECTED;

export const START: NodeId = 'q-site';
const ROLES: readonly Role[] = ['visitor', 'owner'];

export const checkNodeId = (role: Role, mode: 'first' | 'recheck'): NodeId =>
  `${mode === 'first' ? 'check' : 'recheck'}-${role}`;
export const verdictNodeId = (role: Role, verdict: VerdictId): NodeId => `verdict-${role}-${verdict}`;
export const actionNodeId = (role: Role, action: ActionId): NodeId => `action-${role}-${action}`;
export const watchNodeId = (role: Role): NodeId => `watch-${role}`;
/** The owner's checklist page (one for every verdict: it is built from the result). */
export const CHECKLIST: NodeId = 'checklist-owner';

/** True when a step is done on the owner's checklist page rather than on a screen of its own. */
export function isChecklistStep(action: ActionId): boolean {
  return ACTIONS[action].effect === 'checklist';
}

type OwnerWorded = keyof typeof ownerTextsEn.verdicts;
const ownerWorded = (id: VerdictId): id is OwnerWorded => Object.hasOwn(ownerTextsEn.verdicts, id);

/** The verdict's title and who-acts keys for a role: the owner's own wording where there is one. */
function verdictKeys(role: Role, id: VerdictId): { titleKey: TKey; whoKey: TKey } {
  return role === 'owner' && ownerWorded(id)
    ? { titleKey: `ownerVerdicts.${id}.title`, whoKey: `ownerVerdicts.${id}.who` }
    : { titleKey: `verdicts.${id}.title`, whoKey: `verdicts.${id}.who` };
}

function buildTree(): ReadonlyMap<NodeId, WizardNode> {
  const nodes: WizardNode[] = [
    {
      kind: 'question',
      id: 'q-site',
      input: 'site',
      questionKey: 'questions.site.question',
      helpKey: 'questions.site.help',
      next: 'q-symptom',
    },
    {
      kind: 'question',
      id: 'q-symptom',
      input: 'symptom',
      questionKey: 'questions.symptom.question',
      helpKey: 'questions.symptom.help',
      answers: (['bad-gateway', 'gateway-timeout', 'no-load', 'other-error', 'paste'] as const).map(
        (value) => ({
          value,
          labelKey: `questions.symptom.${value}.label` as const,
          hintKey: `questions.symptom.${value}.hint` as const,
          next: 'q-role',
        }),
      ),
    },
    {
      kind: 'question',
      id: 'q-role',
      input: 'role',
      questionKey: 'questions.role.question',
      helpKey: 'questions.role.help',
      answers: ROLES.map((value) => ({
        value,
        labelKey: `questions.role.${value}.label` as const,
        hintKey: `questions.role.${value}.hint` as const,
        next: checkNodeId(value, 'first'),
      })),
    },
  ];
  for (const role of ROLES) {
    const outcomes = Object.fromEntries(VERDICT_IDS.map((v) => [v, verdictNodeId(role, v)])) as Record<
      VerdictId,
      NodeId
    >;
    for (const mode of ['first', 'recheck'] as const) {
      nodes.push({
        kind: 'check',
        id: checkNodeId(role, mode),
        role,
        mode,
        titleKey: `checking.title.${mode}`,
        outcomes,
        restart: 'q-site',
      });
    }
    nodes.push({
      kind: 'watch',
      id: watchNodeId(role),
      role,
      titleKey: 'watch.title',
      next: checkNodeId(role, 'recheck'),
    });
    const used = new Set<ActionId>();
    let checklist = false;
    for (const verdictId of VERDICT_IDS) {
      const actions: NodeId[] = [];
      for (const a of NEXT_STEPS[verdictId][role]) {
        const id = isChecklistStep(a) ? CHECKLIST : actionNodeId(role, a);
        if (id === CHECKLIST) checklist = true;
        else used.add(a);
        if (!actions.includes(id)) actions.push(id);
      }
      nodes.push({
        kind: 'verdict',
        id: verdictNodeId(role, verdictId),
        role,
        verdictId,
        ...verdictKeys(role, verdictId),
        whyKey: role === 'owner' ? `verdicts.${verdictId}.ownerWhy` : `verdicts.${verdictId}.why`,
        actions,
      });
    }
    if (checklist && role === 'owner') {
      nodes.push({
        kind: 'checklist',
        id: CHECKLIST,
        role,
        titleKey: 'verdict.ownerNextHeading',
        next: checkNodeId(role, 'recheck'),
      });
    }
    for (const action of used) {
      const def = ACTIONS[action];
      if (def.effect === 'checklist') continue;
      nodes.push({
        kind: 'action',
        id: actionNodeId(role, action),
        role,
        action,
        fixId: def.fixId,
        stepId: def.stepId,
        titleKey: `actions.${action}.title`,
        bodyKey: `actions.${action}.body`,
        effect: def.effect,
        next: def.effect === 'watch' ? watchNodeId(role) : checkNodeId(role, 'recheck'),
      });
    }
  }
  return new Map(nodes.map((n) => [n.id, n]));
}

/** All nodes by id. */
export const TREE: ReadonlyMap<NodeId, WizardNode> = buildTree();

/** Ids of the nodes one step after `node` (the edges the tests walk). */
export function successors(node: WizardNode): NodeId[] {
  switch (node.kind) {
    case 'question':
      return node.input === 'site' ? [node.next] : node.answers.map((a) => a.next);
    case 'check':
      return [...Object.values(node.outcomes), node.restart];
    case 'verdict':
      return [...node.actions];
    case 'action':
    case 'watch':
    case 'checklist':
      return [node.next];
  }
}

/** Every text key a node shows. */
export function nodeKeys(node: WizardNode): TKey[] {
  switch (node.kind) {
    case 'question':
      return [
        node.questionKey,
        node.helpKey,
        ...(node.input === 'site' ? [] : node.answers.flatMap((a) => [a.labelKey, a.hintKey])),
      ];
    case 'check':
    case 'watch':
    case 'checklist':
      return [node.titleKey];
    case 'verdict':
      return [node.titleKey, node.whoKey, node.whyKey];
    case 'action':
      return [node.titleKey, node.bodyKey];
  }
}

/**
 * Looks up a node and narrows its kind; throws on a broken id (a bug the tree tests catch).
 */
export function nodeOf<K extends WizardNode['kind']>(id: NodeId, kind: K): Extract<WizardNode, { kind: K }> {
  const node = TREE.get(id);
  if (!node || node.kind !== kind) throw new Error(`wizard node ${id} is not a ${kind}`);
  return node as Extract<WizardNode, { kind: K }>;
}

/** The action offered for an engine step or fix id (engine lists may name extra ones). */
export function actionForEngineId(id: string): ActionId | null {
  for (const [action, def] of Object.entries(ACTIONS) as [ActionId, (typeof ACTIONS)[ActionId]][]) {
    if (def.stepId === id || def.fixId === id || action === id) return action;
  }
  return null;
}
