/**
 * What the linker compares (link.ts): a KaTeX parse tree as a string with the link wrappers and
 * the braces added for them spliced out, so a linked form that parses to the same tree as the
 * formula lays out the same. Kept as a digest: the symbol analysis's parse (tree.ts) records the
 * formula's own for the linker, which then needs no parse of its own for it.
 */
import { createHash } from 'node:crypto';

/** The digest of a parse tree's signature. */
export function treeSignature(tree: unknown): string {
  return createHash('sha256').update(signature(tree)).digest('base64');
}

/** A parse tree as a string, with link wrappers and the braces added for them spliced out. */
function signature(v: unknown): string {
  if (Array.isArray(v)) {
    const items: unknown[] = [];
    for (const x of v) {
      const n = x as { type?: string; body?: unknown };
      if (n && n.type === 'html' && Array.isArray(n.body)) items.push(...unwrap(n.body));
      else items.push(x);
    }
    return `[${items.map(signature).join(',')}]`;
  }
  if (v && typeof v === 'object') {
    const n = v as Record<string, unknown>;
    // `{\htmlData{…}{t}}` where the source had a bare `t`: a group of one is that one.
    // A wrapper standing alone outside a list (a script's base) stays visible: it changes layout.
    if (n.type === 'ordgroup') {
      const body = unwrap(Array.isArray(n.body) ? n.body : []);
      if (body.length === 1) return signature(body[0]);
    }
    const keys = Object.keys(n)
      .filter((k) => k !== 'loc')
      .sort();
    return `{${keys.map((k) => `${k}:${signature(n[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'u';
}

function unwrap(body: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const x of body) {
    const n = x as { type?: string; body?: unknown };
    if (n && n.type === 'html' && Array.isArray(n.body)) out.push(...unwrap(n.body));
    else out.push(x);
  }
  return out;
}

