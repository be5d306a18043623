/**
 * The one place that configures KaTeX. Content is untrusted: trust is off except for the
 * `\htmlData{var=N}` wrappers that Formulary's own symbol linker inserts, and expansion and
 * sizes are bounded so a macro bomb or a huge `\rule` is cut off quickly.
 */
import type { KatexOptions, TrustContext } from 'katex';

/** Bound on macro expansions per formula (KaTeX's default is 1000). */
export const MAX_EXPAND = 1000;
/** Bound on any user-specified size, in em. */
export const MAX_SIZE = 20;

/** A command KaTeX refused because trust is off (recorded, since KaTeX does not throw for it). */
export interface TrustRefusal {
  command: string;
  detail: string;
}

/** Keys our own linker puts in `\htmlData{...}`; nothing else is ever trusted. */
// KaTeX reports `\htmlData{var=N}` to `trust` with the key already prefixed: `data-var`.
const LINK_ATTRIBUTE = /^data-var$/;
const LINK_VALUE = /^[0-9]{1,4}$/;

function isOwnLinkCommand(context: TrustContext): boolean {
  if (context.command !== '\\htmlData') return false;
  const attributes = (context as { attributes?: Record<string, string> }).attributes ?? {};
  const keys = Object.keys(attributes);
  return keys.length > 0 && keys.every((k) => LINK_ATTRIBUTE.test(k) && LINK_VALUE.test(attributes[k] ?? ''));
}

function describe(context: TrustContext): string {
  const c = context as unknown as Record<string, unknown>;
  if (typeof c.url === 'string') return c.url;
  if (typeof c.class === 'string') return c.class;
  if (typeof c.id === 'string') return c.id;
  if (typeof c.style === 'string') return c.style;
  if (c.attributes && typeof c.attributes === 'object') return JSON.stringify(c.attributes);
  return '';
}

export interface SafeOptions {
  displayMode: boolean;
  /** Allow the linker's `\htmlData{var=N}` (only for LaTeX produced by src/latex linking code). */
  allowLinks?: boolean;
  /** Collects commands refused by trust. */
  refusals?: TrustRefusal[];
  /** Collects strict-mode complaints (KaTeX warnings) instead of printing them. */
  strictWarnings?: Array<{ code: string; message: string; offset?: number }>;
  output?: 'html' | 'mathml' | 'htmlAndMathml';
  throwOnError?: boolean;
}

/** KaTeX options for untrusted content. */
export function safeKatexOptions(opts: SafeOptions): KatexOptions {
  const refusals = opts.refusals;
  const strictWarnings = opts.strictWarnings;
  return {
    displayMode: opts.displayMode,
    output: opts.output ?? 'htmlAndMathml',
    throwOnError: opts.throwOnError ?? true,
    maxExpand: MAX_EXPAND,
    maxSize: MAX_SIZE,
    globalGroup: false,
    macros: {},
    trust: (context: TrustContext) => {
      if (opts.allowLinks && isOwnLinkCommand(context)) return true;
      refusals?.push({ command: context.command, detail: describe(context) });
      return false;
    },
    strict: (errorCode: string, errorMsg: string, token?: { loc?: { start?: number } }) => {
      const offset = token?.loc?.start;
      strictWarnings?.push(typeof offset === 'number' ? { code: errorCode, message: errorMsg, offset } : { code: errorCode, message: errorMsg });
      return 'ignore';
    },
  };
}
