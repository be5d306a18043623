/**
 * The interface's words in the site's language: the catalogue of `lang` (its primary subtag)
 * over English, with the config's `ui` map over both. Diagnostics are not here: they stay
 * English (CI logs, matched by rule id).
 */
import { AR } from './ar.js';
import { DE } from './de.js';
import { EN, type Catalogue, type MessageKey } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { JA } from './ja.js';
import { ZH } from './zh.js';

export type { MessageKey } from './en.js';

/** Shipped catalogues by primary language subtag (English is the base of all). */
export const CATALOGUES: Record<string, Catalogue> = { en: {}, fr: FR, de: DE, es: ES, zh: ZH, ja: JA, ar: AR };

/** Languages written right to left. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'sd', 'ug', 'ckb']);

/** The keys the browser code shows (search status, copy, marks…), sent to it when they are not English. */
export const CLIENT_KEYS = [
  'search.none',
  'search.one',
  'search.many',
  'search.countOne',
  'search.countMany',
  'search.loading',
  'search.unavailable',
  'search.formula',
  'search.formulaPart',
  'marks.marked',
  'marks.remove',
  'copy.latex',
  'copy.link',
  'copy.failed',
  'defs.show',
  'defs.hide',
  'scroll.hint',
] as const satisfies readonly MessageKey[];

export interface Messages {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The message of `key` with its `{name}` placeholders filled in. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** The browser's words that differ from English, or null when all are English. */
  client: Record<string, string> | null;
}

export function primaryLanguage(lang: string | undefined): string {
  return (lang ?? 'en').toLowerCase().split('-')[0]!;
}

export function isRightToLeft(lang: string | undefined): boolean {
  return RTL.has(primaryLanguage(lang));
}

/** Placeholders that name a position in a file, not a quantity: printed as digits, never grouped. */
const NOT_QUANTITIES = new Set(['line']);

/** A number in the site's language ("1,000" in English, "1 000" in French, "1.000" in German). */
export function numberFormatter(lang: string | undefined): (n: number) => string {
  let nf: Intl.NumberFormat;
  try {
    nf = new Intl.NumberFormat(lang ?? 'en');
  } catch {
    nf = new Intl.NumberFormat('en');
  }
  return (n) => nf.format(n);
}

function format(template: string, vars: Record<string, string | number> | undefined, num: (n: number) => string): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in vars)) return whole;
    const v = vars[name];
    return typeof v === 'number' && !NOT_QUANTITIES.has(name) ? num(v) : String(v);
  });
}

const cache = new Map<string, Messages>();

/** The messages of a site in `lang`, `ui` overriding any of them (unknown keys are ignored). */
export function messagesFor(lang: string | undefined, ui?: Record<string, string>): Messages {
  const key = `${lang ?? ''}\u0000${ui ? JSON.stringify(ui) : ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const table: Record<string, string> = { ...EN, ...(CATALOGUES[primaryLanguage(lang)] ?? {}) };
  if (ui) for (const [k, v] of Object.entries(ui)) if (k in EN) table[k] = v;
  const num = numberFormatter(lang);
  const differing = CLIENT_KEYS.filter((k) => table[k] !== EN[k]);
  const messages: Messages = {
    lang: lang ?? 'en',
    dir: isRightToLeft(lang) ? 'rtl' : 'ltr',
    t: (k, vars) => format(table[k] ?? EN[k], vars, num),
    client: differing.length > 0 ? Object.fromEntries(CLIENT_KEYS.map((k) => [k, table[k]!])) : null,
  };
  cache.set(key, messages);
  return messages;
}

/** The words the spoken sentence of an equation joins its parts with ("…; where η: the learning rate"). */
export function speechWords(ctx: { site?: Look }): { where: string; and: string } {
  const m = siteMessages(ctx);
  return { where: m.t('speech.where'), and: m.t('speech.and') };
}

type Look = { lang?: string; ui?: Record<string, string> };
const bySite = new WeakMap<Look, Messages>();

/** The site's messages from a render context's look. */
export function siteMessages(ctx: { site?: Look }): Messages {
  const site = ctx.site;
  if (!site) return messagesFor(undefined);
  let m = bySite.get(site);
  if (!m) {
    m = messagesFor(site.lang, site.ui);
    bySite.set(site, m);
  }
  return m;
}
