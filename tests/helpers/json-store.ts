// A build-cache store for tests that keeps values as JSON text, as the on-disk cache does: what a
// rebuild reads back from it is what survives serialisation, not the objects the first build made.
import type { KeyValueStore } from '../../src/katex/memo.js';

export function jsonStore(): KeyValueStore & { keys: () => string[] } {
  const values = new Map<string, string>();
  return {
    get: (key) => (values.has(key) ? (JSON.parse(values.get(key)!) as unknown) : null),
    set: (key, value) => void values.set(key, JSON.stringify(value)),
    has: (key) => values.has(key),
    keys: () => [...values.keys()],
  };
}
