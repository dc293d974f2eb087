import { useCallback, useEffect, useState } from 'react';
import type { Bridge, RedactionKind, RedactionOptions, ReportPreview } from '../../electron/contract';
import { REDACTION_KINDS } from '../../electron/contract/values';
import type { Language } from '../../electron/contract/values';

export type ReportAction = 'save' | 'copy' | 'email';
export type ActionResult = { action: ReportAction; ok: boolean } | null;

/** Report preview with redaction toggles, and the export actions; everything in `lang`. */
export function useReport(bridge: Bridge, runId: string, lang: Language) {
  const [redaction, setRedaction] = useState<RedactionOptions>({
    enabled: true,
    kinds: [...REDACTION_KINDS],
  });
  // Each answer remembers the options it was made for; a newer toggle shows "loading" until its answer comes.
  const [answer, setAnswer] = useState<{
    for: RedactionOptions;
    lang: Language;
    value: { status: 'done'; preview: ReportPreview } | { status: 'error' };
  } | null>(null);
  const [last, setLast] = useState<ActionResult>(null);

  useEffect(() => {
    let live = true;
    bridge.invoke['report:preview']({ runId, redaction, lang }).then(
      (p) => {
        if (live) setAnswer({ for: redaction, lang, value: { status: 'done', preview: p } });
      },
      () => {
        if (live) setAnswer({ for: redaction, lang, value: { status: 'error' } });
      },
    );
    return () => {
      live = false;
    };
  }, [bridge, runId, redaction, lang]);
  const preview =
    answer && answer.for === redaction && answer.lang === lang
      ? answer.value
      : ({ status: 'loading' } as const);

  const toggleKind = useCallback((kind: RedactionKind, on: boolean) => {
    setRedaction((r) => ({
      ...r,
      kinds: on
        ? REDACTION_KINDS.filter((k) => k === kind || r.kinds.includes(k))
        : r.kinds.filter((k) => k !== kind),
    }));
  }, []);
  const setEnabled = useCallback((enabled: boolean) => setRedaction((r) => ({ ...r, enabled })), []);

  const act = useCallback(
    async (action: ReportAction) => {
      setLast(null);
      try {
        const request = { runId, redaction, lang };
        const ok =
          action === 'save'
            ? (await bridge.invoke['report:save'](request)).saved
            : action === 'copy'
              ? (await bridge.invoke['report:copy'](request)).ok
              : (await bridge.invoke['report:email'](request)).ok;
        setLast({ action, ok });
      } catch {
        setLast({ action, ok: false });
      }
    },
    [bridge, runId, redaction, lang],
  );

  return { redaction, toggleKind, setEnabled, preview, last, act };
}
