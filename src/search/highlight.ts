/**
 * Which words of a displayed string matched a search: MiniSearch reports the index terms
 * that matched, so each displayed word is run through the same tokenizer and marked when
 * one of its terms is among them ("Cross-Entropy" is marked for `entropy`).
 *
 * Browser-safe; returns plain parts for the caller to turn into text nodes and `<mark>`s.
 */
import { texTokens } from './tokenize.js';

export interface TextPart {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+)*/gu;

export function highlightParts(text: string, matched: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  const push = (t: string, mark: boolean): void => {
    if (!t) return;
    const prev = parts[parts.length - 1];
    if (prev && prev.mark === mark) prev.text += t;
    else parts.push({ text: t, mark });
  };
  for (const m of text.matchAll(WORD)) {
    const at = m.index ?? 0;
    push(text.slice(last, at), false);
    const hit = matched.size > 0 && texTokens(m[0]).some((t) => matched.has(t));
    push(m[0], hit);
    last = at + m[0].length;
  }
  push(text.slice(last), false);
  return parts;
}
