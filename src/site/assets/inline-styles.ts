/**
 * The site is served under CSP `style-src 'self'`, which also blocks inline `style="…"`
 * attributes. KaTeX's HTML positions glyphs with such attributes (heights, vertical-align,
 * margins), so every distinct style value becomes a class in a generated stylesheet.
 *
 * Class names are derived from a hash of the style value (not from encounter order), so a
 * formula gets the same classes whichever page is rendered first — the dev server renders
 * pages in request order. Rules carry `!important` on every declaration: an inline style
 * outranked every rule of katex.css, and `!important` keeps that precedence without
 * guessing specificities.
 *
 * Only applied to HTML from our own KaTeX renderer, whose attribute values are escaped by
 * KaTeX (no `>` or `"` inside a value), which is what makes the tag-level regex sound.
 */
import { createHash } from 'node:crypto';

export class InlineStyleSheet {
  /** style value → class name */
  private readonly classes = new Map<string, string>();
  /** class name → style value (detects hash collisions) */
  private readonly owners = new Map<string, string>();
  /** style attribute as KaTeX wrote it → [normalised value, class] */
  private readonly written = new Map<string, [string, string]>();

  /** The class for one style value. */
  classFor(style: string): string {
    const known = this.classes.get(style);
    if (known) return known;
    const name = this.nameFor(style);
    this.classes.set(style, name);
    this.owners.set(name, style);
    return name;
  }

  /**
   * `rewrite`, and the classes it handed out as [style, class] pairs: a caller that keeps the
   * rewritten HTML (a cache) replays them with `replay`.
   */
  rewriteNoting(html: string): { html: string; classes: Array<[string, string]> } {
    const seen = new Map<string, string>();
    const out = this.rewrite(html, seen);
    return { html: out, classes: [...seen] };
  }

  /**
   * Hands out the classes of an HTML rewritten earlier (maybe by another build); false when one
   * would now get another name (a hash collision resolved in another order): rewrite it again.
   */
  replay(classes: Array<[string, string]>): boolean {
    for (const [style, name] of classes) {
      const known = this.classes.get(style);
      if (known !== undefined ? known !== name : this.owners.has(name) || !this.fresh(style, name)) return false;
    }
    for (const [style] of classes) this.classFor(style);
    return true;
  }

  /** Whether `style` would get `name` now. */
  private fresh(style: string, name: string): boolean {
    return this.nameFor(style) === name;
  }

  private nameFor(style: string): string {
    const digest = createHash('sha256').update(style).digest('hex');
    let length = 6;
    let name = `k-${digest.slice(0, length)}`;
    while (this.owners.has(name) && this.owners.get(name) !== style) {
      length += 1;
      name = `k-${digest.slice(0, length)}`;
    }
    return name;
  }

  /** KaTeX HTML with every `style` attribute replaced by a class. (Callers memoise: see context.ts `math`.) */
  rewrite(html: string, noted?: Map<string, string>): string {
    // Only tags with a style attribute match (the lookahead stays inside the tag): most tags
    // have none, and skipping them here rather than in the callback is ~35% faster.
    return html.replace(/<([a-zA-Z][a-zA-Z0-9]*)(?=[^>]*\sstyle=")(\s[^>]*?)(\/?)>/g, (_tag, name: string, attrs: string, slash: string) => {
      const style = /\sstyle="([^"]*)"/.exec(attrs)?.[1] ?? '';
      let rest = attrs.replace(/\sstyle="[^"]*"/, '');
      // A style value as written, normalised and named once (a value's class never changes once handed out).
      let known = this.written.get(style);
      if (!known) {
        const normal = style.trim() === '' ? '' : normalise(style);
        known = [normal, normal === '' ? '' : this.classFor(normal)];
        this.written.set(style, known);
      }
      const [value, cls] = known;
      if (cls) noted?.set(value, cls);
      if (cls) {
        if (/\sclass="/.test(rest)) rest = rest.replace(/\sclass="([^"]*)"/, (_m, v: string) => ` class="${v ? `${v} ` : ''}${cls}"`);
        else rest = ` class="${cls}"${rest}`;
      }
      return `<${name}${rest}${slash}>`;
    });
  }

  /** The stylesheet of every class handed out so far, sorted for stable output. */
  css(): string {
    const rules: string[] = [];
    for (const [style, name] of [...this.classes].sort((a, b) => (a[1] < b[1] ? -1 : 1))) {
      const decls = style
        .split(';')
        .map((d) => d.trim())
        // Belt and braces: a value able to close the rule is dropped, never emitted.
        .filter((d) => d !== '' && !/[{}<>\\@]|\/\*/.test(d))
        .map((d) => `${d}!important`)
        .join(';');
      rules.push(`.${name}{${decls}}`);
    }
    return `${rules.join('\n')}\n`;
  }

  get size(): number {
    return this.classes.size;
  }
}

/** KaTeX writes `height:1em;` — drop the trailing `;` and spaces so equal styles share a class. */
function normalise(style: string): string {
  return style
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .join(';');
}
