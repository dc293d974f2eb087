import { useCallback, useRef, useState } from 'react';
import type { Bridge, Recognition } from '../../electron/contract';

export type ExplainState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; recognition: Recognition }
  | { status: 'error' };

/** Recognises pasted error text through the engine (`diagnosis:explain`). */
export function useExplain(bridge: Bridge) {
  const [state, setState] = useState<ExplainState>({ status: 'idle' });
  const seq = useRef(0);
  const explain = useCallback(
    async (text: string) => {
      const mine = ++seq.current;
      setState({ status: 'loading' });
      try {
        const recognition = await bridge.invoke['diagnosis:explain']({ text });
        if (mine === seq.current) setState({ status: 'done', recognition });
      } catch {
        if (mine === seq.current) setState({ status: 'error' });
      }
    },
    [bridge],
  );
  const reset = useCallback(() => {
    seq.current++;
    setState({ status: 'idle' });
  }, []);
  return { state, explain, reset };
}
