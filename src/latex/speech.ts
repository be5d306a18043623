/**
 * The spoken form of a formula, made at build time by the Speech Rule Engine (ClearSpeak, English)
 * from KaTeX's MathML, cached by content hash. Loaded on demand (only `build` needs it); after
 * its setup, speaking is synchronous.
 */
import { TextCache, imageKey, speechCacheDir } from '../write/image-cache.js';
import { mathmlOf } from './render.js';

/** Speaks LaTeX (inline or display), or returns null when KaTeX or SRE cannot. */
export type Speaker = (latex: string, display?: boolean) => string | null;

const SPEECH_VERSION = 'sre5-clearspeak-en-v1';

export interface SpeechStats {
  made: number;
  cached: number;
  ms: number;
}

export async function loadSpeaker(cacheDir: string | null = speechCacheDir(), stats?: SpeechStats): Promise<Speaker> {
  // Imported by name (the package has no types; SreApi below is the part used).
  const name = 'speech-rule-engine';
  const mod = (await import(name)) as { default?: SreApi } & SreApi;
  const sre: SreApi = mod.default ?? mod;
  await sre.setupEngine({ locale: 'en', domain: 'clearspeak', modality: 'speech', markup: 'none' });
  await sre.engineReady();
  const cache = new TextCache(cacheDir);
  return (latex, display = true) => {
    const t0 = performance.now();
    const key = imageKey([SPEECH_VERSION, display ? 'D' : 'I', latex]);
    let text = cache.get(key);
    if (text !== null) {
      if (stats) stats.cached += 1;
    } else {
      const mathml = mathmlOf(latex, { display });
      if (!mathml) return null;
      try {
        text = sre.toSpeech(mathml).replace(/\s+/g, ' ').trim();
      } catch {
        return null;
      }
      cache.set(key, text);
      if (stats) stats.made += 1;
    }
    if (stats) stats.ms += performance.now() - t0;
    return text || null;
  };
}

interface SreApi {
  setupEngine(options: Record<string, string>): Promise<unknown>;
  engineReady(): Promise<unknown>;
  toSpeech(mathml: string): string;
}
