import { useEffect, useState } from 'react';
import type { Bridge, FixDescriptor, FixId } from '../../electron/contract';

/** The quick fixes main offers on this machine (`fix:list`); empty until loaded or on error. */
export function useFixCatalog(bridge: Bridge): ReadonlyMap<FixId, FixDescriptor> {
  const [fixes, setFixes] = useState<ReadonlyMap<FixId, FixDescriptor>>(new Map());
  useEffect(() => {
    let live = true;
    bridge.invoke['fix:list'](undefined).then(
      (list) => {
        if (live) setFixes(new Map(list.map((f) => [f.id, f])));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [bridge]);
  return fixes;
}
