// Layer rules from ARCHITECTURE.md: lib <- domain <- pure cores <- {ingest/fetch, store, publish/mail}
// <- pipeline <- {server, cli}. Pure cores import no I/O module; edges never import each other.
const PURE =
  '^src/(lib|domain|ingest/(feeds|article|opml)|stories|analysis|publish/(present|digest|stix|feeds-out|subscriptions))/';
const EDGES = ['ingest/fetch', 'store', 'publish/mail'];
const IO_MODULES =
  '^(node:)?(fs|fs/promises|net|http|https|http2|tls|dns|dgram|child_process|cluster|worker_threads)$|^(kysely|better-sqlite3|pg|pg-boss|nodemailer|undici|pino|croner|cli-progress|commander|@hono/node-server)';
module.exports = {
  forbidden: [
    { name: 'lib-is-leaf', severity: 'error', from: { path: '^src/lib/' }, to: { path: '^src/(?!lib/)' } },
    {
      name: 'domain-imports-lib-only',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(?!lib/|domain/)' },
    },
    {
      name: 'pure-core-no-io',
      comment: 'Pure cores take data, not handles: no I/O modules.',
      severity: 'error',
      from: { path: PURE },
      to: {
        dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        path: IO_MODULES,
      },
    },
    {
      name: 'pure-core-no-edges',
      severity: 'error',
      from: { path: PURE },
      to: { path: '^src/(ingest/fetch|store|publish/mail|pipeline|server|cli|config)/' },
    },
    ...EDGES.map((edge) => ({
      name: `edge-${edge.replace('/', '-')}-isolated`,
      comment: 'Edges never import each other, nor the layers above them.',
      severity: 'error',
      from: { path: `^src/${edge}/` },
      to: { path: `^src/(${EDGES.filter((e) => e !== edge).join('|')}|pipeline|server|cli)/` },
    })),
    {
      name: 'pipeline-below-apps',
      severity: 'error',
      from: { path: '^src/pipeline/' },
      to: { path: '^src/(server|cli)/' },
    },
    { name: 'server-not-cli', severity: 'error', from: { path: '^src/server/' }, to: { path: '^src/cli/' } },
    {
      name: 'newsroom-standalone',
      comment:
        "The sample newsroom simulates other people's sites: it shares nothing with the product but lib.",
      severity: 'error',
      from: { path: '^src/newsroom/' },
      to: { path: '^src/(?!newsroom/|lib/)' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.tsx?$|/testdata/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
