/**
 * Incremental builds (the typeset cache and the output manifest under node_modules/.cache/formulary):
 * after random edits (a formula, a name, a where-item, a topic, a meaning shared with another
 * equation, two neighbours swapped, the collection's title, the site's configured title or footer;
 * an equation removed or added), a
 * rebuild into the previous output folder must leave exactly the files a cold `--no-cache` build
 * makes, byte for byte, and no other file. Seeded: FORMULARY_INCREMENTAL_SEED replays a run,
 * FORMULARY_INCREMENTAL_ROUNDS sets the number of edits (default 12).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'formulary.js');
const SEED = Number(process.env.FORMULARY_INCREMENTAL_SEED ?? 20261129);
const ROUNDS = Number(process.env.FORMULARY_INCREMENTAL_ROUNDS ?? 12);

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Entry {
  name: string;
  formula: string;
  items: string[];
}

/** The seed's first equations, as editable entries. */
function seedEntries(count: number): { intro: string; entries: Entry[] } {
  const text = readFileSync(join(ROOT, 'content', 'deep-learning-equations.md'), 'utf8').replace(/\r\n?/g, '\n');
  const parts = text.split(/^#### /m);
  const entries: Entry[] = [];
  for (const part of parts.slice(1)) {
    const lines = part.split('\n');
    const name = lines[0]!.replace(/^\d+\.\s+/, '').trim();
    const formula = lines[1]?.trim() ?? '';
    const items = lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
    // Equations written `$…$` on the line under their heading, with a where-list.
    if (/^\$[^$].*\$$/.test(formula) && items.length > 0 && entries.length < count) entries.push({ name, formula, items });
  }
  return { intro: '# Incremental\n\nA small collection edited at random.\n', entries };
}

function markdown(intro: string, entries: Entry[]): string {
  return `${intro}\n${entries.map((e, i) => `#### ${i + 1}. ${e.name}\n${e.formula}\n\nwhere:\n\n${e.items.map((t) => `- ${t}`).join('\n')}\n`).join('\n---\n\n')}`;
}

function topics(entries: Entry[], split: number): string {
  const [a, b] = [entries.slice(0, split), entries.slice(split)];
  return `# Topics\n\n## First part\n\n${a.map((e) => `- ${e.name}`).join('\n')}\n\n## Second part\n\n${b.map((e) => `- ${e.name}`).join('\n')}\n`;
}

/** Every file under `dir` (relative paths), the build marker left out (it names the build, and is never served). */
function listing(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name !== '.formulary-build') out.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

const project = mkdtempSync(join(tmpdir(), 'formulary-incremental-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function build(out: string, extra: string[]): { mode: string | null; kept: number } {
  const stats = join(project, 'stats.json');
  rmSync(stats, { force: true });
  const r = spawnSync(process.execPath, [CLI, 'build', 'content', '--out', out, '--no-images', '--no-speech', '--stats', stats, ...extra], { cwd: project, encoding: 'utf8' });
  expect(r.stderr.split('\n').filter((l) => /error/i.test(l))).toEqual([]);
  expect(r.status).toBe(0);
  const output = (JSON.parse(readFileSync(stats, 'utf8')) as { cache?: { output?: { mode?: string; kept?: number } } }).cache?.output;
  return { mode: output?.mode ?? null, kept: output?.kept ?? 0 };
}

// Each round is a test of its own (two builds each): a budget per round, not one wall-clock
// budget for all of them, so a busy machine slows the run down without failing it.
describe(`incremental build: matches a cold build byte for byte after each of ${ROUNDS} random edits (seed ${SEED})`, () => {
    const rnd = random(SEED);
    const pick = <T,>(list: T[]): T => list[Math.floor(rnd() * list.length)]!;
    const { intro, entries } = seedEntries(14);
    const extra = seedEntries(40).entries.slice(14);
    let split = 7;
    let added = 0;
    let title = intro;
    let config: Record<string, string> = {};
    const save = (): void => {
      writeFileSync(join(project, 'content', 'eq.md'), markdown(title, entries));
      writeFileSync(join(project, 'content', 'eq.topics.md'), topics(entries, split));
      writeFileSync(join(project, 'formulary.config.json'), JSON.stringify(config));
    };
  it('first build: full', () => {
    // A node_modules folder: the project gets a cache (none without one).
    mkdirSync(join(project, 'node_modules'));
    mkdirSync(join(project, 'content'));
    save();
    expect(build('dist', []).mode).toBe('full');
  });

    const edits: Record<string, () => void> = {
      formula: () => {
        const e = pick(entries);
        e.formula = e.formula.replace(/\$$/, ' + 1$');
      },
      rename: () => {
        const e = pick(entries);
        e.name = `${e.name} renamed ${Math.floor(rnd() * 1000)}`;
      },
      remove: () => {
        if (entries.length > 4) entries.splice(Math.floor(rnd() * entries.length), 1);
      },
      add: () => {
        const e = extra[added++ % extra.length]!;
        entries.splice(Math.floor(rnd() * (entries.length + 1)), 0, { ...e, name: `${e.name} ${added}`, items: [...e.items] });
      },
      item: () => {
        const e = pick(entries);
        const i = Math.floor(rnd() * e.items.length);
        if (e.items[i] !== undefined) e.items[i] = `${e.items[i]}, here ${Math.floor(rnd() * 100)} units`;
      },
      topic: () => {
        split = 1 + Math.floor(rnd() * (entries.length - 1));
      },
      // Kept pages must not miss these: each changes pages whose own equation did not change.
      // A meaning another equation gives the same symbol: both gain a related equation.
      meaning: () => {
        const symbolOf = (item: string): string | undefined => /^(\$[^$]+\$)/.exec(item)?.[1];
        const pairs: Array<[Entry, number, string]> = [];
        for (const e of entries) {
          e.items.forEach((item, i) => {
            const sym = symbolOf(item);
            for (const o of entries) if (o !== e) for (const other of o.items) if (sym && symbolOf(other) === sym && other !== item) pairs.push([e, i, other]);
          });
        }
        const pair = pairs.length ? pick(pairs) : null;
        if (pair) pair[0].items[pair[1]] = pair[2];
      },
      // Two neighbours swap places: numbers, previous/next links and list order change.
      swap: () => {
        const i = Math.floor(rnd() * (entries.length - 1));
        [entries[i], entries[i + 1]] = [entries[i + 1]!, entries[i]!];
      },
      // The collection's title is in every page's header and breadcrumbs.
      title: () => {
        title = `# Incremental ${Math.floor(rnd() * 1000)}\n\nA small collection edited at random.\n`;
      },
      // The site's configured title and footer are in every page.
      config: () => {
        config = rnd() < 0.5 ? { title: `Site ${Math.floor(rnd() * 1000)}` } : { footer: `Footer ${Math.floor(rnd() * 1000)}` };
      },
    };
    const kinds = Object.keys(edits);
    const modes: string[] = [];
    let kept = 0;
    for (let round = 0; round < ROUNDS; round++) {
    it(`edit ${round + 1}`, () => {
      // Every kind once, then at random.
      const kind = round < kinds.length ? kinds[round]! : pick(kinds);
      edits[kind]!();
      save();
      const rebuilt = build('dist', []);
      modes.push(rebuilt.mode ?? 'none');
      kept += rebuilt.kept;
      rmSync(join(project, 'cold'), { recursive: true, force: true });
      build('cold', ['--no-cache']);
      const got = listing(join(project, 'dist'));
      const want = listing(join(project, 'cold'));
      expect([...got.keys()].sort(), `files after edit ${round + 1} (${kind})`).toEqual([...want.keys()].sort());
      for (const [path, bytes] of want) expect(got.get(path)!.equals(bytes), `${path} after edit ${round + 1} (${kind})`).toBe(true);
    });
    }
  it('rebuilt incrementally, keeping unchanged pages', () => {
    // The rebuilds updated the folder in place (the point of the cache), not whole.
    expect(modes.filter((m) => m === 'incremental').length).toBeGreaterThanOrEqual(ROUNDS - 1);
    // … and kept pages whose inputs did not change unrendered (the comparisons above check that none was stale).
    expect(kept).toBeGreaterThan(0);
  });
});
