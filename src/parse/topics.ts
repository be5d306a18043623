/**
 * Topics: named sets of a collection's equations, for browsing the site by subject.
 *
 * A collection's topics come from a hand-curated sidecar (`foo.md` → `foo.topics.md`) when
 * there is one, else from the markdown's own `##`/`###` headings. Pure functions, no I/O:
 * the caller reads the sidecar (if it exists) into a SourceFile.
 *
 * Sidecar format: each `## Heading` is a topic, in file order; each list item under it names
 * one equation by its heading's name ("Adam Optimizer", case-insensitive), by number and name
 * ("17. Adam Optimizer") or by number alone ("17"). HTML comments and other lines are ignored.
 */
import type { Collection, Equation, SourceFile, Topic } from '../types.js';
import { type SlugStyle, slugify } from '../slug.js';
import type { TopicProblem, UnmatchedItem } from '../rules/topics.js';

/** The topic an equation belongs to (its first, should a hand-built list repeat it). */
export function topicOf(topics: Topic[], slug: string): Topic | undefined {
  return topics.find((t) => t.equations.includes(slug));
}

/** A collection's topics and, when they come from a sidecar, the problems found in it (worded by src/rules/topics.ts). */
export interface LoadedTopics {
  topics: Topic[];
  problems: TopicProblem[];
}

/** The sidecar's topics when there is a sidecar, else the markdown's own groups. */
export function loadTopics(collection: Collection, sidecar?: SourceFile | null): LoadedTopics {
  return sidecar ? parseTopicsSidecar(sidecar, collection) : { topics: topicsFromGroups(collection), problems: [] };
}

/**
 * Without a sidecar the markdown's `##`/`###` headings are the topics, in order of first use.
 * Ungrouped equations go to a last topic "Other", but only when some equations are grouped:
 * a flat file has no topics at all rather than one topic holding everything.
 */
export function topicsFromGroups(collection: Collection): Topic[] {
  const builder = new TopicBuilder(collection.slugStyle);
  const ungrouped: string[] = [];
  for (const eq of collection.equations) {
    if (eq.group === null || eq.group.trim() === '') ungrouped.push(eq.slug);
    else builder.topic(eq.group.trim()).equations.push(eq.slug);
  }
  if (builder.isEmpty()) return [];
  if (ungrouped.length > 0) for (const item of ungrouped) builder.topic('Other').equations.push(item);
  return builder.result();
}

/** A sidecar line that is a list item: its text and the text's offset in the file. */
interface Item {
  text: string;
  offset: number;
}

/**
 * Reads a topics sidecar against the collection it describes.
 * An equation listed twice stays in its first topic; topics left with no equation are dropped
 * (their items have already been reported).
 */
export function parseTopicsSidecar(file: SourceFile, collection: Collection): LoadedTopics {
  const matcher = new EquationMatcher(collection.equations);
  const builder = new TopicBuilder(collection.slugStyle);
  const listedIn = new Map<string, Topic>();
  const problems: TopicProblem[] = [];
  let current: Topic | null = null;

  for (const line of sidecarLines(file.text)) {
    if (line.kind === 'heading') {
      current = builder.topic(line.title);
      continue;
    }
    if (current === null) {
      problems.push({ kind: 'outside', offset: line.item.offset, item: line.item.text });
      continue;
    }
    const found = matcher.resolve(line.item.text);
    if ('unmatched' in found) {
      problems.push({ kind: 'unknown', offset: line.item.offset, item: line.item.text, unmatched: found.unmatched, suggestion: found.suggestion });
      continue;
    }
    const first = listedIn.get(found.equation.slug);
    if (first) {
      problems.push({ kind: 'duplicate', offset: line.item.offset, equation: found.equation, firstTopic: first.title, sameTopic: first === current });
      continue;
    }
    listedIn.set(found.equation.slug, current);
    current.equations.push(found.equation.slug);
  }

  for (const equation of collection.equations) if (!listedIn.has(equation.slug)) problems.push({ kind: 'missing', equation });
  return { topics: builder.result().filter((t) => t.equations.length > 0), problems };
}

type SidecarLine = { kind: 'heading'; title: string } | { kind: 'item'; item: Item };

/**
 * The sidecar's `##` headings and list items, in order. HTML comments are skipped (the file
 * documents its own format in one, examples included); other headings and prose are ignored.
 */
function* sidecarLines(text: string): Generator<SidecarLine> {
  let offset = 0;
  let inComment = false;
  for (const raw of text.split('\n')) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (inComment || /^\s*<!--/.test(line)) {
      const from: number = inComment ? 0 : line.indexOf('<!--') + 4;
      inComment = !line.includes('-->', from);
      continue;
    }
    const heading = /^ {0,3}##[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading) {
      const title = (heading[1] ?? '').trim();
      if (title !== '') yield { kind: 'heading', title };
      continue;
    }
    const item = /^([ \t]*[-*+][ \t]+)(.*?)[ \t]*$/.exec(line);
    if (item && (item[2] ?? '') !== '') {
      yield { kind: 'item', item: { text: item[2] ?? '', offset: lineStart + (item[1] ?? '').length } };
    }
  }
}

/** Builds topics by title; titles with the same slug share one topic (so no two pages collide). */
class TopicBuilder {
  private readonly topics: Topic[] = [];
  /** By slug: a sidecar of 100,000 headings must not search the list once per heading. */
  private readonly bySlug = new Map<string, Topic>();

  constructor(private readonly style?: SlugStyle) {}

  topic(title: string): Topic {
    const slug = topicSlug(title, this.style);
    let topic = this.bySlug.get(slug);
    if (!topic) {
      topic = { slug, title, equations: [] };
      this.topics.push(topic);
      this.bySlug.set(slug, topic);
    }
    return topic;
  }

  isEmpty(): boolean {
    return this.topics.length === 0;
  }

  result(): Topic[] {
    return this.topics;
  }
}

/** URL slug of a topic title: "Attention & Transformers" → "attention-transformers". */
export function topicSlug(title: string, style?: SlugStyle): string {
  return slugify(title, style) || 'topic';
}

/**
 * The comparison key of a name: case, spacing, curly quotes, dashes and math delimiters do not
 * count, so "bayes' rule" finds "Bayes’ Rule" and "Coefficient of Determination (R^2)" finds
 * "Coefficient of Determination ($R^2$)".
 */
function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐-―−]/g, '-')
    .replace(/\$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

type Resolution = { equation: Equation } | { unmatched: UnmatchedItem; suggestion: Equation | null };

/** Items longer than this get no "did you mean" suggestion (no equation name is that long). */
export const MAX_SUGGESTION_ITEM_LENGTH = 120;
/** At most this many suggestions are computed per sidecar; later unknown items get none. */
export const MAX_SUGGESTIONS = 200;

/** Finds the equation a sidecar item names. */
class EquationMatcher {
  private readonly byNumber = new Map<number, Equation>();
  private readonly byName = new Map<string, Equation>();
  private readonly keys: Array<{ eq: Equation; key: string }> = [];
  private suggestions = 0;

  constructor(equations: Equation[]) {
    for (const eq of equations) {
      if (eq.number !== null && !this.byNumber.has(eq.number)) this.byNumber.set(eq.number, eq);
      for (const key of new Set([nameKey(eq.name), nameKey(eq.nameText)])) {
        if (!this.byName.has(key)) this.byName.set(key, eq);
        this.keys.push({ eq, key });
      }
    }
  }

  resolve(text: string): Resolution {
    // The whole text first: a name may itself start with digits ("2D Convolution").
    const whole = this.byName.get(nameKey(text));
    if (whole) return { equation: whole };

    const numberOnly = /^(\d+)\.?$/.exec(text);
    if (numberOnly) {
      const eq = this.byNumber.get(Number(numberOnly[1]));
      return eq ? { equation: eq } : { unmatched: { why: 'no-such-number', number: numberOnly[1]! }, suggestion: null };
    }

    const numbered = /^(\d+)[.)][ \t]+(.+)$/.exec(text);
    if (!numbered) return { unmatched: { why: 'no-such-name' }, suggestion: this.closest(text) };

    const byNumber = this.byNumber.get(Number(numbered[1]));
    const name = numbered[2] ?? '';
    const byName = this.byName.get(nameKey(name));
    if (byNumber && byNumber === byName) return { equation: byNumber };
    // Number and name disagree: guessing either could silently file the wrong equation.
    if (byNumber && byName) {
      return { unmatched: { why: 'ambiguous', number: numbered[1]!, byNumber, name, byName }, suggestion: null };
    }
    if (byNumber) {
      return { unmatched: { why: 'other-name', number: numbered[1]!, byNumber }, suggestion: this.closest(name) };
    }
    return { unmatched: { why: 'no-such-number', number: numbered[1]! }, suggestion: byName ?? this.closest(name) };
  }

  /** The equation whose name is nearest to `text`, when it is near enough to be a likely typo. */
  /**
   * Bounded (a sidecar of thousands of junk items must not take seconds): only items of at most
   * MAX_SUGGESTION_ITEM_LENGTH characters, at most MAX_SUGGESTIONS per sidecar, and the edit
   * distance only against names whose length is close enough for it to count.
   */
  private closest(text: string): Equation | null {
    const query = nameKey(text);
    if (query.length > MAX_SUGGESTION_ITEM_LENGTH || this.suggestions >= MAX_SUGGESTIONS) return null;
    this.suggestions++;
    let best: { eq: Equation; distance: number } | null = null;
    for (const { eq, key } of this.keys) {
      const limit = Math.max(2, Math.floor(key.length / 4));
      const gap = Math.abs(query.length - key.length);
      // One name containing the other: the distance is exactly the length difference.
      const partial = query.length >= 4 && (key.includes(query) || query.includes(key));
      const distance = partial ? gap : gap > limit ? Infinity : editDistance(query, key, limit);
      const near = distance <= limit;
      if ((near || partial) && (!best || distance < best.distance)) best = { eq, distance };
    }
    return best?.eq ?? null;
  }
}

/** Levenshtein distance (two rows; the names are short), or `limit + 1` once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] ?? 0;
}
