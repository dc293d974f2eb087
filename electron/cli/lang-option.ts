import { languageOf, LANGUAGES } from '../contract';
import type { Language } from '../contract';

/**
 * The language when no `--lang` is given: German when the locale the environment names for
 * messages (LC_ALL, then LC_MESSAGES, then LANG, the POSIX order) starts with `de`, else English.
 */
export function defaultLanguage(env: NodeJS.ProcessEnv): Language {
  const tag = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '');
  return languageOf(tag);
}

/**
 * Takes `--lang <code>` / `--lang=<code>` out of an argument list. Returns the language (the
 * environment's default when absent) and the remaining arguments, or an error message (bad
 * input: exit 2) for a missing or unknown code, before any work starts.
 */
export function takeLangOption(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): { lang: Language; rest: string[] } | { error: string } {
  const rest: string[] = [];
  let lang = defaultLanguage(env);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg !== '--lang' && !arg.startsWith('--lang=')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '--lang' ? args[(i += 1)] : arg.slice('--lang='.length);
    const known = LANGUAGES.find((l) => l === value?.toLowerCase());
    if (known === undefined)
      return {
        error: `--lang takes one of ${LANGUAGES.join(', ')}${value === undefined || value === '' ? '' : ` (got "${value}")`}`,
      };
    lang = known;
  }
  return { lang, rest };
}
