// Shell quoting of one argument, for commands we show or run. The one home of the rule: the
// quick fixes' previews and the owner's copyable commands spell arguments the same way.

/**
 * POSIX shell quoting of one argument: left bare when it holds only characters no shell
 * treats specially, else single-quoted (a `'` inside becomes `'\''`). One function, so the
 * command a preview shows is spelled exactly like the one the administrator prompt runs.
 */
export function quotePosixArg(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * PowerShell quoting of one value: always a single-quoted (verbatim) string, so it reads as
 * the same string in argument and in expression position (`[datetime]'…'`), with each `'` (and
 * its typographic look-alikes, which PowerShell also ends a string on) doubled.
 */
export function quotePowerShellArg(arg: string): string {
  return `'${arg.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
}
