import { useCallback, useState } from 'react';
import { START } from './tree';
import type { NodeId } from './tree';

interface NavState {
  nodeId: NodeId;
  stack: NodeId[];
  /** Grows on every move, so re-entering the same node (check again) remounts its screen. */
  visit: number;
}

/** Where the wizard is in the tree, with a back stack. Navigation only; answers live elsewhere. */
export function useWizardNav() {
  const [nav, setNav] = useState<NavState>({ nodeId: START, stack: [], visit: 0 });
  const go = useCallback((nodeId: NodeId, opts?: { replace?: boolean }) => {
    setNav((n) => ({ nodeId, stack: opts?.replace ? n.stack : [...n.stack, n.nodeId], visit: n.visit + 1 }));
  }, []);
  const back = useCallback(() => {
    setNav((n) =>
      n.stack.length === 0
        ? n
        : { nodeId: n.stack[n.stack.length - 1] ?? START, stack: n.stack.slice(0, -1), visit: n.visit + 1 },
    );
  }, []);
  const reset = useCallback(() => setNav((n) => ({ nodeId: START, stack: [], visit: n.visit + 1 })), []);
  return { ...nav, go, back, reset, canGoBack: nav.stack.length > 0 };
}
