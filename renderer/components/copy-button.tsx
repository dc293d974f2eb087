import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'failed';
const RESET_MS = 2500;

/**
 * Copies `text` to the clipboard. The visible word is "Copy" (then "Copied"); `label` names
 * what is copied for screen readers, and the outcome is announced.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const copy = async () => {
    let next: CopyState = 'failed';
    try {
      await navigator.clipboard.writeText(text);
      next = 'copied';
    } catch {
      next = 'failed';
    }
    setState(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), RESET_MS);
  };
  return (
    <span className="copy">
      <button type="button" className="copy-button" aria-label={label} onClick={() => void copy()}>
        {state === 'copied' ? t('owner.copied') : t('owner.copy')}
      </button>
      <span role="status" className={state === 'failed' ? 'copy-failed' : 'sr-only'}>
        {state === 'copied' ? t('owner.copied') : state === 'failed' ? t('owner.copyFailed') : ''}
      </span>
    </span>
  );
}
