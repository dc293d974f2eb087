// Writing resolv.conf for switch-dns (reading it is the platform layer's parseResolvConf).

/** The comment above the nameserver lines switch-dns writes. */
export const RESOLV_CONF_MARK =
  '# nameservers set by Gateway Doctor (switch-dns); undo: gateway-doctor fix undo switch-dns';

/**
 * Rewrites resolv.conf with new nameservers: every other line is kept byte for byte; the new
 * `nameserver` lines take the place of the first old one (or are appended), under a comment
 * saying who wrote them and how to undo it.
 */
export function rewriteResolvConf(text: string, servers: readonly string[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.length === 0 ? [] : text.split(/\r?\n/);
  const trailingNewline = text.length === 0 || /\r?\n$/.test(text);
  if (trailingNewline && lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const fresh = [RESOLV_CONF_MARK, ...servers.map((s) => `nameserver ${s}`)];
  const out: string[] = [];
  let placed = false;
  for (const line of lines) {
    if (line === RESOLV_CONF_MARK) continue;
    if (/^\s*nameserver\s/.test(line)) {
      if (!placed) {
        out.push(...fresh);
        placed = true;
      }
      continue;
    }
    out.push(line);
  }
  if (!placed) out.push(...fresh);
  return out.join(eol) + eol;
}
