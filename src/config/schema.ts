/**
 * The shape of `formulary.config.json`, as a zod schema: validates the file (src/config/load.ts)
 * and, through `z.toJSONSchema`, becomes the JSON Schema published with the package
 * (lib/config.schema.json, written by scripts/config-schema.js at compile time) that editors
 * use to autocomplete the file.
 */
import { DIALECTS } from '../dialects.js';
import { z } from 'zod';
import { RULE_IDS } from '../rules/registry.js';

const httpUrl = z
  .string()
  .regex(/^https?:\/\/[^/\s]+/, { error: 'must be an http(s) URL' })
  .refine((v) => URL.canParse(v), { error: 'must be an http(s) URL' });

const relativeFile = (what: string, ext: RegExp, exts: string) =>
  z
    .string()
    .min(1, { error: `must be the path of ${what}` })
    .regex(ext, { error: `must be a ${exts} file` })
    .refine((v) => !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(v), { error: `must be a file in your project, not a URL` });

/**
 * Text shown on every page (title, description, footer…) holds no control characters: no C0 or
 * C1 controls (NUL, ESC…), no bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069,
 * which reorder what a reader sees), no line or paragraph separators. The footer, being
 * markdown, may keep tabs and line breaks. A pattern, so editors check it too.
 */
const CONTROLS = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const NO_CONTROLS = new RegExp(`^[^${CONTROLS}\\t\\n\\r]*$`);
const NO_CONTROLS_MULTILINE = new RegExp(`^[^${CONTROLS}]*$`);
const noControls = { error: 'must not contain control characters (NUL, escapes, bidirectional overrides, line breaks…)' };
const noControlsMultiline = { error: 'must not contain control characters (NUL, escapes, bidirectional overrides…)' };

export const SEVERITY_SETTING = z.enum(['off', 'on', 'warn', 'error'], { error: 'must be "off", "on", "warn" or "error"' });

/** `{ "undefined-symbol": "off", … }`: one optional key per rule id, so editors offer them all. */
export const RULES = z.strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, SEVERITY_SETTING.optional()])) as Record<(typeof RULE_IDS)[number], z.ZodOptional<typeof SEVERITY_SETTING>>);

const globs = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)], { error: 'must be a glob or a list of globs, e.g. "content/drafts/**"' });

export const CONFIG_SCHEMA = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema of this file (editors use it to autocomplete).'),
    content: z.union([z.string(), z.array(z.string())], { error: 'must be a path or a list of paths' }).optional().describe('Files or folders to check and build (default "content").'),
    out: z.string().min(1).optional().describe('Output folder of `formulary build` (default "dist").'),
    base: z
      .string()
      .regex(/^\/?[A-Za-z0-9._~/-]*$/, { error: 'must be a URL path like "/my-repo/"' })
      .optional()
      .describe('Path the site is served under, e.g. "/my-repo/" (default "/").'),
    siteUrl: httpUrl.optional().describe('Absolute URL of the site, for canonical, Open Graph and sitemap URLs.'),
    repoUrl: httpUrl.optional().describe('Repository URL: adds "View source" links to <repoUrl>/blob/<repoBranch>/<file>#L<line>.'),
    repoBranch: z.string().min(1).regex(NO_CONTROLS, noControls).optional().describe('Branch of the "View source" links (default "main").'),
    primary: z.string().min(1).regex(NO_CONTROLS, noControls).optional().describe('With several collections, the file that keeps the root URLs.'),
    title: z.string().regex(NO_CONTROLS, noControls).trim().min(1, { error: 'must not be empty' }).max(70, { error: 'must be at most 70 characters' }).optional().describe("The site's title (default: the primary collection's # heading)."),
    description: z.string().regex(NO_CONTROLS, noControls).trim().min(1, { error: 'must not be empty' }).max(300, { error: 'must be at most 300 characters' }).optional().describe("The home page's description (meta description, link previews)."),
    lang: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, { error: 'must be a language tag like "en" or "pt-BR"' })
      .optional()
      .describe('Language of the pages and of the documents (<html lang>, interface words, where-introductions), default "en".'),
    slug: z.enum(['unicode', 'ascii'], { error: 'must be "unicode" or "ascii"' }).optional().describe('URL slugs: "unicode" keeps letters of every script (default), "ascii" transliterates them.'),
    ui: z
      .record(z.string().regex(/^[a-z][A-Za-z.]*$/, { error: 'must be a message key like "search.placeholder"' }), z.string().max(500, { error: 'must be at most 500 characters' }))
      .optional()
      .describe('Interface words by message key, overriding the language\'s catalogue (e.g. {"search.placeholder": "Find…"}).'),
    logo: relativeFile('an image', /\.(svg|png|jpe?g|webp|gif|avif)$/i, '.svg, .png, .jpg, .webp, .gif or .avif')
      .optional()
      .describe('An image shown beside the title in the header (copied into the site).'),
    accentColor: z
      .string()
      .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { error: 'must be a hex colour like "#0b7285"' })
      .optional()
      .describe('Colour of links and the header rule in the light theme, as "#rrggbb".'),
    footer: z.string().max(2000, { error: 'must be at most 2000 characters' }).regex(NO_CONTROLS_MULTILINE, noControlsMultiline).optional().describe('Markdown shown in every page footer, e.g. a licence line.'),
    css: relativeFile('a stylesheet', /\.css$/i, '.css').optional().describe('An extra stylesheet, loaded after the site\'s own (copied under a hashed name).'),
    dialect: z
      .enum(DIALECTS)
      .optional()
      .describe('The tool the content is written for (markdown, github, kramdown, obsidian, myst, quarto, pandoc, mkdocs); default: recognised per file.'),
    csp: z
      .union([z.literal(false), z.string().trim().min(1, { error: 'must not be empty' }).max(2000).regex(NO_CONTROLS, noControls)], { error: 'must be false or a Content-Security-Policy string' })
      .optional()
      .describe("The pages' Content-Security-Policy <meta> (default \"default-src 'self'; img-src 'self' data:; style-src 'self'\"): a policy of your own, or false for none (a host that sends its own header)."),
    macros: z
      .record(
        z.string().regex(/^\\?[A-Za-z]+$/, { error: 'must be a macro name like "\\RR" (letters after the backslash)' }),
        z.string().max(2000, { error: 'must be at most 2000 characters' }).regex(NO_CONTROLS_MULTILINE, noControlsMultiline),
      )
      .optional()
      .describe('LaTeX macros for every formula of every document, name to body, as KaTeX\'s `macros` option ({"\\RR": "\\mathbb{R}", "\\norm": "\\left\\lVert #1 \\right\\rVert"}); #1…#9 are its arguments. A document\'s own \\newcommand wins.'),
    rules: RULES.optional().describe('Severity per rule id: "off", "warn" or "error".'),
    overrides: z
      .array(z.strictObject({ files: globs, rules: RULES }))
      .optional()
      .describe('Rule severities for the files matching a glob; later entries win.'),
  })
  .describe('Formulary configuration (formulary.config.json).');

export type ConfigFile = z.infer<typeof CONFIG_SCHEMA>;
export type SeveritySetting = z.infer<typeof SEVERITY_SETTING>;
export type RuleSettings = Partial<Record<(typeof RULE_IDS)[number], SeveritySetting>>;

/** The JSON Schema for editors. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CONFIG_SCHEMA, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return { ...schema, title: 'formulary.config.json' };
}
