/**
 * The spoken form of a formula, made at build time by the Speech Rule Engine (ClearSpeak in
 * English; MathSpeak in the site's language where SRE ships a locale for it: `speechLocale`)
 * from KaTeX's MathML, cached by content hash. Loaded on demand (only `build` needs it); after
 * its setup, speaking is synchronous.
 */
import { TextCache, imageKey, speechCacheDir } from './image-cache.js';
import { mathmlOf } from '../katex/render.js';
import { anyMedia } from '../katex/limits.js';

/** Speaks LaTeX (inline or display), or returns null when KaTeX or SRE cannot. */
export type Speaker = (latex: string, display?: boolean) => string | null;

const SPEECH_VERSION = 'sre5-clearspeak-en-v1';

export interface SpeechStats {
  made: number;
  cached: number;
  ms: number;
}

/** Locales of the installed speech-rule-engine (lib/mathmaps/*.json, less the braille codes). */
const SRE_LOCALES = new Set(['af', 'ca', 'da', 'de', 'en', 'es', 'fr', 'hi', 'it', 'ko', 'nb', 'nn', 'sv']);

/** The SRE locale a site in `lang` is spoken in: its own where SRE has it, else English (zh, ja, ar, pt…). */
export function speechLocale(lang: string | undefined): string {
  const primary = (lang ?? 'en').toLowerCase().split('-')[0]!;
  return SRE_LOCALES.has(primary) ? primary : 'en';
}

/** The Speech Rule Engine, set up for `locale` (a few hundred ms: a build whose speech is all cached skips it). */
export async function loadSre(locale = 'en'): Promise<SreApi> {
  // Imported by name (the package has no types; SreApi below is the part used).
  const name = 'speech-rule-engine';
  const mod = (await import(name)) as { default?: SreApi } & SreApi;
  const sre: SreApi = mod.default ?? mod;
  // ClearSpeak is English only; the other locales speak MathSpeak.
  await sre.setupEngine({ locale, domain: locale === 'en' ? 'clearspeak' : 'mathspeak', modality: 'speech', markup: 'none' });
  await sre.engineReady();
  return sre;
}

export function speechKey(latex: string, display: boolean, locale = 'en'): string {
  // English keys are what they were before locales, so an English site's cache stays valid.
  return imageKey(locale === 'en' ? [SPEECH_VERSION, display ? 'D' : 'I', latex] : [SPEECH_VERSION, locale, display ? 'D' : 'I', latex]);
}

/** Whether every piece is in the cache. */
export function speechCached(pieces: Array<{ latex: string; display: boolean }>, cacheDir: string | null = speechCacheDir(), allow: (latex: string) => boolean = anyMedia, locale = 'en'): boolean {
  const cache = new TextCache(cacheDir);
  return pieces.every((p) => !allow(p.latex) || cache.has(speechKey(p.latex, p.display, locale)));
}

export async function loadSpeaker(cacheDir: string | null = speechCacheDir(), stats?: SpeechStats): Promise<Speaker> {
  return speaker(await loadSre(), cacheDir, stats);
}

/**
 * Speech from the cache, or made with `sre` (null when neither can give it, or when `allow` says
 * the formula gets no media: katex/limits.ts). Failures are cached as "".
 */
export function speaker(sre: SreApi | null, cacheDir: string | null = speechCacheDir(), stats?: SpeechStats, allow: (latex: string) => boolean = anyMedia, locale = 'en'): Speaker {
  const cache = new TextCache(cacheDir);
  return (latex, display = true) => {
    if (!allow(latex)) return null;
    const t0 = performance.now();
    const key = speechKey(latex, display, locale);
    let text = cache.get(key);
    if (text !== null) {
      if (stats) stats.cached += 1;
    } else if (!sre) {
      return null;
    } else {
      const mathml = mathmlOf(latex, { display });
      text = '';
      try {
        if (mathml) text = sre.toSpeech(mathml).replace(/\s+/g, ' ').trim();
      } catch {
        text = '';
      }
      cache.set(key, text);
      if (stats) stats.made += 1;
    }
    if (stats) stats.ms += performance.now() - t0;
    return text || null;
  };
}

export interface SreApi {
  setupEngine(options: Record<string, string>): Promise<unknown>;
  engineReady(): Promise<unknown>;
  toSpeech(mathml: string): string;
}
