/**
 * The `formulary` command. Each subcommand is imported only when it runs, so `check` never
 * loads the site renderer or Vite. Exit codes: 0 fine, 1 errors found, 2 usage or unreadable input.
 */
import { VERSION } from '../version.js';
import { UserError } from '../errors.js';
import { escapeControl } from './format.js';

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  check: { summary: 'validate content: every LaTeX string compiles, every where-list matches', load: async () => (await import('./check.js')).run },
  export: { summary: 'print the typed equation records as JSON', load: async () => (await import('./export.js')).run },
  build: { summary: 'build the static site into dist/', load: async () => (await import('./build.js')).run },
  preview: { summary: 'serve the built site', load: async () => (await import('./preview.js')).run },
  dev: { summary: 'live dev server: edits to content/ show without a reload', load: async () => (await import('./dev.js')).run },
};

export const USAGE = `Usage: formulary <command> [files or folders…] [options]

Commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`).join('\n')}

Content defaults to content/. Run 'formulary <command> --help' for a command's options (see README).`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`formulary ${VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`formulary: unknown command '${escapeControl(name)}'\n${USAGE}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`formulary ${name}: ${command.summary}\nSee the README's CLI section for options.\n`);
    return 0;
  }
  try {
    const run = await command.load();
    return await run(joinNegativeValues(rest));
  } catch (err) {
    if (err instanceof UserError || isParseArgsError(err)) {
      // One line, and no raw control characters from a path or a value the user passed.
      process.stderr.write(`formulary ${name}: ${escapeControl((err as Error).message.split('\n')[0] ?? '')}\n`);
      return 2;
    }
    throw err;
  }
}

/**
 * `--max-warnings -1` → `--max-warnings=-1`: node's parseArgs refuses an option value that
 * starts with a dash (a three-line "ambiguous" message), so a negative number would never
 * reach the option's own check and its one-line message.
 */
export function joinNegativeValues(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1];
    if (/^--[a-z][a-z-]*$/.test(a) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

function isParseArgsError(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
