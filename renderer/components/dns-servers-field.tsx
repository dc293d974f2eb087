import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The DNS servers a switch-dns sets: prefilled with the proposal, editable. Whether the typed
 * text is a usable server list is decided by main (the engine's rule, through the preview call):
 * `onShow` resolves false when it refused them, and the error text appears under the field.
 */
export function DnsServersField({
  initial,
  onShow,
}: {
  initial: readonly string[];
  onShow: (servers: string[]) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initial.join(', '));
  const [invalid, setInvalid] = useState(false);
  const submit = async (): Promise<void> => {
    // only split here; main validates every entry
    const servers = text.split(/[\s,]+/).filter((s) => s.length > 0);
    setInvalid(!(servers.length > 0 && (await onShow(servers))));
  };
  return (
    <form
      className="dns-servers"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-input`} className="label">
        {t('fix.serversLabel')}
      </label>
      <input
        id={`${id}-input`}
        className="input mono"
        value={text}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={invalid}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        onChange={(e) => setText(e.target.value)}
      />
      <p id={`${id}-hint`} className="muted small">
        {t('fix.serversHint')}
      </p>
      {invalid ? (
        <p id={`${id}-error`} role="alert" className="error">
          {t('fix.serversInvalid')}
        </p>
      ) : null}
      <button type="submit" className="secondary">
        {t('fix.serversShow')}
      </button>
    </form>
  );
}
