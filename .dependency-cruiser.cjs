/**
 * The layers of src/, bottom to top: a module may import from its own layer and the layers below,
 * never from one above. docs/ARCHITECTURE.md lists the same table (tests/core/architecture.test.ts
 * checks that the two agree). `npm run lint` runs this with `depcruise src`.
 */
const LAYERS = [
  { name: 'ground', path: '^src/(types|errors|version|slug|slug-ascii|output|dialects|disk-write)\\.ts$|^src/diagnostics/' },
  { name: 'katex', path: '^src/katex/' },
  { name: 'cache', path: '^src/cache/' },
  { name: 'symbols', path: '^src/symbols/' },
  { name: 'borrow', path: '^src/borrow/' },
  { name: 'media', path: '^src/media/' },
  { name: 'rules', path: '^src/rules/' },
  { name: 'config', path: '^src/config/' },
  { name: 'parse', path: '^src/parse/' },
  { name: 'search', path: '^src/search/' },
  { name: 'site', path: '^src/site/' },
  { name: 'read', path: '^src/read/' },
  { name: 'write', path: '^src/write/' },
  { name: 'fix', path: '^src/fix/' },
  { name: 'pipeline', path: '^src/pipeline/' },
  { name: 'serve', path: '^src/serve/' },
  { name: 'cli', path: '^src/cli/' },
  { name: 'entry', path: '^src/index\\.ts$' },
];

const upward = LAYERS.map((layer, i) => ({
  name: `layer-${layer.name}`,
  comment: `${layer.name} imports only from its own layer and the layers below it`,
  severity: 'error',
  from: { path: layer.path },
  to: { path: LAYERS.slice(i + 1).map((l) => `(${l.path})`).join('|') || '^$' },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'no import circles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'client-imports-search-only',
      comment: 'browser code imports only browser code, search/ and the record types',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { path: '^src/', pathNot: '^src/(client|search)/|^src/types\\.ts$' },
    },
    { name: 'client-no-node', comment: 'browser code never imports Node modules', severity: 'error', from: { path: '^src/client/' }, to: { dependencyTypes: ['core'] } },
    {
      name: 'unlayered',
      comment: 'every module of src/ belongs to a layer (add a new folder to LAYERS)',
      severity: 'error',
      from: { path: '^src/', pathNot: [...LAYERS.map((l) => l.path), '^src/client/'] },
      to: {},
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};

// Not part of the configuration: read by tests/core/architecture.test.ts.

