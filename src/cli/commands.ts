/**
 * Every command's options, one line of help each, and examples: what `formulary <command>
 * --help` prints, what each command parses with, and what an unknown option is checked against
 * ("unknown option --out-dir; did you mean --out?", exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestWord } from '../diagnostics/suggest.js';
import { UsageError } from './usage.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Placeholder of the value in help ("DIR"). */
  value?: string;
  short?: string;
  help: string;
}

export interface CommandSpec {
  summary: string;
  /** Arguments after the command name, as shown in help. */
  args: string;
  /** Takes files, folders or a directory as positionals. */
  positionals: boolean;
  options: Record<string, OptionSpec>;
  examples: string[];
}

export const COMMAND_SPECS = {
  check: {
    summary: 'validate content: every LaTeX string compiles, every where-list matches',
    args: '[files or folders…]',
    positionals: true,
    options: {
      format: { type: 'string', value: 'FORMAT', help: 'pretty (default), json, github (Actions annotations) or sarif (code scanning)' },
      'max-warnings': { type: 'string', value: 'N', help: 'exit 1 when there are more than N warnings' },
      quiet: { type: 'boolean', help: 'show errors only' },
      fix: { type: 'boolean', help: 'edit the markdown: add where-items for borrowed meanings, repair markdown escapes in math' },
      'fix-delimiters': { type: 'boolean', help: 'with --fix: also turn $$…$$ and \\[…\\] equations into $…$' },
      'fix-prose-definitions': { type: 'boolean', help: 'with --fix: also move definitions read from prose ("Here, $k$ is …") into a where-list' },
      'fix-references': { type: 'boolean', help: 'with --fix: also turn bare mentions of an equation ("Equation 17", "see the Adam Optimizer") into [[references]]' },
      'dry-run': { type: 'boolean', help: 'with --fix: print the changes as a unified diff and write nothing' },
    },
    examples: ['formulary check', 'formulary check content/physics.md --format sarif > formulary.sarif', 'formulary check --fix --dry-run'],
  },
  export: {
    summary: 'print the typed equation records as JSON',
    args: '[files or folders…]',
    positionals: true,
    options: {},
    examples: ['formulary export > equations.json'],
  },
  build: {
    summary: 'build the static site into dist/',
    args: '[files or folders…]',
    positionals: true,
    options: {
      out: { type: 'string', value: 'DIR', help: 'output folder (default dist)' },
      base: { type: 'string', value: '/PATH/', help: 'path the site is served under (default /)' },
      'site-url': { type: 'string', value: 'URL', help: 'absolute site URL for canonical, Open Graph and sitemap links' },
      'repo-url': { type: 'string', value: 'URL', help: 'repository URL for "View source" links' },
      stats: { type: 'string', value: 'FILE', help: 'write stage timings and sizes as JSON to FILE' },
      'no-images': { type: 'boolean', help: 'skip the SVG and Open Graph card of each equation (faster)' },
      'no-speech': { type: 'boolean', help: 'skip the spoken form of each equation (faster)' },
      'no-cache': { type: 'boolean', help: 'build from scratch: no typeset cache, and the output folder written whole' },
      quiet: { type: 'boolean', help: 'no progress line and no warning count: errors and the summary only' },
    },
    examples: ['formulary build', 'formulary build --base /my-repo/ --site-url https://me.github.io/my-repo'],
  },
  preview: {
    summary: 'serve the built site',
    args: '',
    positionals: false,
    options: {
      out: { type: 'string', value: 'DIR', help: 'folder to serve (default dist)' },
      port: { type: 'string', value: 'N', help: 'port (default 4173)' },
      base: { type: 'string', value: '/PATH/', help: 'path the site was built for (default /)' },
      host: { type: 'string', value: 'HOST', help: 'address to listen on (default 127.0.0.1)' },
    },
    examples: ['formulary preview', 'formulary preview --port 8080'],
  },
  dev: {
    summary: 'live dev server: the page reloads itself on each edit to content/; content errors show over the last good page',
    args: '[files or folders…]',
    positionals: true,
    options: {
      port: { type: 'string', value: 'N', help: 'port (default 5173)' },
      host: { type: 'string', value: 'HOST', help: 'address to listen on (default 127.0.0.1)' },
      'repo-url': { type: 'string', value: 'URL', help: 'repository URL for "View source" links' },
      'no-images': { type: 'boolean', help: 'no SVG download or card on equation pages (faster reloads)' },
      'no-speech': { type: 'boolean', help: 'no "Read the equation" on equation pages (faster reloads)' },
    },
    examples: ['formulary dev', 'formulary dev content/physics.md --port 3000'],
  },
  init: {
    summary: 'start a new project: example content, config, GitHub Pages workflow',
    args: '[dir]',
    positionals: true,
    options: {},
    examples: ['formulary init', 'formulary init my-equations'],
  },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMAND_SPECS;

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };

/** The parseArgs options of a command (with --help). */
export function parseOptionsOf(spec: CommandSpec): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, o] of Object.entries({ ...spec.options, help: HELP_OPTION })) options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}) };
  return options;
}

/** Parses a command's arguments; a mistake is a one-line UsageError naming the closest option. */
export function parseCommandArgs(name: CommandName, args: string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const spec: CommandSpec = COMMAND_SPECS[name];
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: parseOptionsOf(spec) });
    if (!spec.positionals && positionals.length > 0) throw new UsageError(`takes no files or folders (got '${positionals[0]}'); see 'formulary ${name} --help'`);
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(usageMessage(name, spec, err as Error & { code?: string }));
  }
}

function usageMessage(name: string, spec: CommandSpec, err: Error & { code?: string }): string {
  const message = err.message.split('\n')[0] ?? '';
  const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const known = Object.keys(spec.options);
    const bare = unknown.replace(/^-+/, '').split('=')[0] ?? '';
    const guess = closestWord(bare, known);
    const hint = guess ? `; did you mean --${guess}?` : `; see 'formulary ${name} --help'`;
    return `unknown option ${unknown}${hint}`;
  }
  const missing = /Option '(-\w, )?(--[\w-]+) <value>' argument missing/.exec(message)?.[2];
  if (missing) return `${missing} needs a value`;
  const noValue = /Option '(-\w, )?(--[\w-]+)' does not take an argument/.exec(message)?.[2];
  if (noValue) return `${noValue} takes no value`;
  return message;
}

/** `formulary <command> --help`. */
export function commandHelp(name: CommandName): string {
  const spec: CommandSpec = COMMAND_SPECS[name];
  const entries = Object.entries({ ...spec.options, help: HELP_OPTION });
  const left = entries.map(([o, s]) => `${s.short ? `-${s.short}, ` : '    '}--${o}${s.value ? ` ${s.value}` : ''}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  const lines = [
    `Usage: formulary ${name}${spec.args ? ` ${spec.args}` : ''} [options]`,
    '',
    `${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.`,
    ...(spec.positionals && spec.args.includes('files') ? ['Content defaults to formulary.config.json\'s "content", else content/.'] : []),
    '',
    'Options:',
    ...entries.map(([, s], i) => `  ${left[i]!.padEnd(width)}${s.help}`),
    '',
    spec.examples.length > 1 ? 'Examples:' : 'Example:',
    ...spec.examples.map((e) => `  ${e}`),
  ];
  return lines.join('\n');
}

/** `formulary --help`. */
export function mainHelp(): string {
  const names = Object.keys(COMMAND_SPECS) as CommandName[];
  return [
    'Usage: formulary <command> [files or folders…] [options]',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(8)} ${COMMAND_SPECS[n].summary}`),
    '',
    'Options:',
    '  -h, --help      show help (also after a command: formulary build --help)',
    '  -v, --version   print the version',
    '',
    'Example:',
    '  formulary init && formulary dev',
  ].join('\n');
}
