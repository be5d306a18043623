// Reads stage timings out of `formulary build --stats <file.json>`. The stats format is
// owned by the build (written in parallel with this harness), so this reader is tolerant:
// it looks for the six stage names as keys (optionally with an `Ms`/`Time` suffix), in a
// `stages`/`timings` object, an array of `{ name, ms }`, or at the top level.
import { readFileSync } from 'node:fs';

/** The stages the report shows, in pipeline order, with the key patterns that name them. */
export const STAGES = /** @type {const} */ ([
  ['read', /^read/],
  ['parse', /^parse/],
  ['validate', /^validat/],
  ['render', /^render(?!ed)/],
  ['search', /^search/],
  ['write', /^write/],
]);

/**
 * @param {string} file
 * @returns {{ stages: Record<string, number | null>, totalMs: number | null } | null} null when unreadable
 */
export function readStageTimes(file) {
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  return extractStageTimes(json);
}

/**
 * @param {unknown} json
 * @returns {{ stages: Record<string, number | null>, totalMs: number | null }}
 */
export function extractStageTimes(json) {
  const container = findContainer(json);
  /** @type {Record<string, number | null>} */
  const stages = {};
  for (const [stage, pattern] of STAGES) stages[stage] = lookup(container, pattern);
  const top = isObject(json) ? json : {};
  const totalMs = lookup(top, /^(total|wall|elapsed)/) ?? lookup(container, /^(total|wall|elapsed)/);
  return { stages, totalMs };
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The object holding the per-stage entries: a named sub-object/array if any, else the root. */
function findContainer(json) {
  if (!isObject(json)) return {};
  for (const [key, value] of Object.entries(json)) {
    if (!/^(stages?|timings?|phases?|durations?|times)$/i.test(key)) continue;
    if (isObject(value)) return value;
    if (Array.isArray(value)) {
      // [{ name: 'parse', ms: 12 }, …] → { parse: 12, … }
      return Object.fromEntries(
        value.filter(isObject).map((e) => [String(e.name ?? e.stage ?? e.id ?? ''), e]),
      );
    }
  }
  return json;
}

/**
 * The time of the first key matching `pattern` (after dropping an `Ms`/`Time` suffix):
 * a number, or an object with a numeric `ms`/`durationMs`/`wallMs`/`timeMs`/`duration`.
 * @param {Record<string, unknown>} obj
 * @param {RegExp} pattern
 * @returns {number | null}
 */
function lookup(obj, pattern) {
  for (const [key, value] of Object.entries(obj)) {
    const name = key.replace(/[_-]?(ms|time|duration)$/i, '').toLowerCase();
    if (!pattern.test(name) || /count$/i.test(key)) continue;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (isObject(value)) {
      for (const k of ['ms', 'durationMs', 'wallMs', 'timeMs', 'elapsedMs', 'duration', 'time']) {
        const v = value[k];
        if (typeof v === 'number' && Number.isFinite(v)) return v;
      }
    }
  }
  return null;
}
