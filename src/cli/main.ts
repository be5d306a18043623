/**
 * The `formulary` command. Each subcommand is imported only when it runs, so `check` never
 * loads the site renderer or Vite. Arguments are checked against the command's options
 * (src/cli/commands.ts) before it loads. Exit codes: 0 fine, 1 errors found, 2 usage or
 * unreadable input.
 */
import { VERSION } from '../version.js';
import { UserError } from '../errors.js';
import { escapeControl } from './format.js';
import { COMMAND_SPECS, commandHelp, mainHelp, parseCommandArgs, type CommandName } from './commands.js';
import { closestWord } from '../diagnostics/suggest.js';
import { boundHeapGrowth } from './heap-growth.js';

type Command = (args: string[]) => Promise<number>;

const loaders: Record<CommandName, () => Promise<Command>> = {
  check: async () => (await import('./check.js')).run,
  export: async () => (await import('./export.js')).run,
  build: async () => (await import('./build.js')).run,
  preview: async () => (await import('./preview.js')).run,
  dev: async () => (await import('./dev.js')).run,
  init: async () => (await import('./init.js')).run,
};

export const USAGE = mainHelp();

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
  if (!Object.hasOwn(COMMAND_SPECS, name)) {
    const guess = closestWord(name, Object.keys(COMMAND_SPECS));
    const hint = guess ? `; did you mean ${guess}?` : '';
    process.stderr.write(`formulary: unknown command '${escapeControl(name)}'${hint || "; run 'formulary --help' for the commands"}\n`);
    return 2;
  }
  const command = name as CommandName;
  try {
    const args = joinNegativeValues(rest);
    const { values } = parseCommandArgs(command, args);
    if (values.help) {
      process.stdout.write(commandHelp(command) + '\n');
      return 0;
    }
    // Before the command allocates: a large build's peak memory is mostly garbage (./heap-growth.ts).
    boundHeapGrowth();
    const run = await loaders[command]();
    return await run(args);
  } catch (err) {
    if (err instanceof UserError || isParseArgsError(err)) {
      // One line per problem (a config file can have several), each naming the command, with
      // no raw control characters from a path or a value the user passed.
      for (const line of (err as Error).message.split('\n')) process.stderr.write(`formulary ${command}: ${escapeControl(line)}\n`);
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
