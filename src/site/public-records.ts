/**
 * The public JSON shape of the records: what `formulary export` prints and what the site
 * publishes as /equations.json, for other tools to consume. Positions are 1-based: `source` is
 * the equation's heading, `formulaSource` the formula's own line and column (trial 4, K17).
 */
import type { Collection, Topic } from '../types.js';
import { topicOf } from '../parse/topics.js';

/** The source path as published: relative paths as they are; a path outside the working directory by its file name only (never the build machine's folders). */
export function publicPath(sourceFile: string): string {
  const p = sourceFile.replace(/\\/g, '/');
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p) ? (p.split('/').pop() ?? p) : p;
}

export interface PublicRecords {
  collections: Array<{
    file: string;
    title: string;
    equations: Array<{
      slug: string;
      number: number | null;
      name: string;
      nameText: string;
      latex: string;
      display: string;
      group: string | null;
      topic: string | null;
      url?: string;
      variables: Array<{ symbols: string[]; description: string; definedAs?: string; inherited?: boolean; source?: 'prose' | 'glossary'; glossary?: string }>;
      notes: string[];
      /** The section's other text (paragraphs, lists, tables…) as markdown; absent when there is none. */
      content?: Array<{ markdown: string; place: 'before' | 'after'; line: number; column: number }>;
      /** Where the equation's heading starts (several formulas under one heading share it). */
      source: { line: number; column: number };
      /** Where the formula itself starts: its `$`, `$$`, `\[` or fence, a list item's or table cell's math, the heading when the heading is the formula (or when a record made by hand has no formula position). */
      formulaSource: { line: number; column: number };
    }>;
  }>;
}

export function toPublicRecords(collections: Array<{ collection: Collection; topics: Topic[] }>, urlOf?: (collectionIndex: number, slug: string) => string): PublicRecords {
  return {
    collections: collections.map(({ collection, topics }, ci) => ({
      file: publicPath(collection.sourceFile),
      title: collection.title,
      equations: collection.equations.map((eq) => ({
        slug: eq.slug,
        number: eq.number,
        name: eq.name,
        nameText: eq.nameText,
        latex: eq.latex,
        display: eq.display,
        group: eq.group,
        topic: topicOf(topics, eq.slug)?.title ?? null,
        ...(urlOf ? { url: urlOf(ci, eq.slug) } : {}),
        variables: eq.variables.map((v) => ({
          symbols: v.symbols,
          description: v.description,
          ...(v.definedAs !== undefined ? { definedAs: v.definedAs } : {}),
          ...(v.inherited ? { inherited: true } : {}),
          ...(v.source ? { source: v.source } : {}),
          ...(v.glossary ? { glossary: v.glossary } : {}),
        })),
        notes: eq.notes.map((n) => n.text),
        ...(eq.content?.length ? { content: eq.content.map((b) => ({ markdown: b.markdown, place: b.place, line: b.position.start.line, column: b.position.start.column })) } : {}),
        source: { line: eq.positions.heading.start.line, column: eq.positions.heading.start.column },
        formulaSource: { line: (eq.positions.equation ?? eq.positions.heading).start.line, column: (eq.positions.equation ?? eq.positions.heading).start.column },
      })),
    })),
  };
}
