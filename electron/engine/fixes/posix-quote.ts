/**
 * POSIX shell quoting of one argument: left bare when it holds only characters no shell
 * treats specially, else single-quoted (a `'` inside becomes `'\''`). One function, so the
 * command a preview shows is spelled exactly like the one the administrator prompt runs.
 */
export function quotePosixArg(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
