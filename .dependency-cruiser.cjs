// Architecture of src/ (ARCHITECTURE.md), checked by test/architecture.test.ts:
//   bin → src/cli → src/pipeline → src/areas → src/answers → src/repo → src/licence → src/policy
//                   src/pipeline → src/check → src/repo, src/publiccode
//   src/i18n and src/support sit just above src/policy; every layer may use them.
//   generators/*/index.ts → src/yeoman (the only Yeoman-specific code, with src/cli/run-generator.ts)
// Folder-level cycles (A imports B while B imports A) are found by the test itself from the JSON output.
const folders = (...names) => `^src/(${names.join('|')})/`;
const YEOMAN = '(^|/)node_modules/(yeoman-generator|yeoman-environment|yeoman-test|mem-fs|mem-fs-editor|@yeoman/[^/]+)/';

/** A folder of src/ may import only the listed folders of src/ (besides itself and its subfolders). */
const onlyImports = (name, from, allowed) => ({
  name,
  severity: 'error',
  from: { path: folders(from) },
  to: { path: '^src/', pathNot: [folders(from), ...(allowed.length > 0 ? [folders(...allowed)] : [])] },
});

/** A folder of src/ must not import the listed folders of src/. */
const mustNotImport = (name, from, forbidden) => ({
  name,
  severity: 'error',
  from: { path: folders(from) },
  to: { path: folders(...forbidden) },
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle between files, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'yeoman-only-in-yeoman',
      comment: 'yeoman-generator, yeoman-environment and mem-fs belong to src/yeoman/, generators/ and src/cli/run-generator.ts.',
      severity: 'error',
      from: { pathNot: '^(src/yeoman/|generators/|src/cli/run-generator\\.ts$)' },
      to: { path: YEOMAN },
    },
    {
      name: 'git-only-in-repo-git',
      comment: 'src/repo/git.ts is the only module of src/ that runs git: it neutralises what the target repository configures (core.fsmonitor, hooks, pager…); src/apply/generator-process.ts runs our own generator (node), in a scratch clone.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(repo/git|apply/generator-process)\\.ts$' },
      to: { path: '^(node:)?child_process$', dependencyTypes: ['core'] },
    },
    onlyImports('policy-at-the-bottom', 'policy', []),
    onlyImports('support-only-policy', 'support', ['policy']),
    onlyImports('publiccode-only-policy-support', 'publiccode', ['policy', 'support']),
    onlyImports('licence-only-policy-support', 'licence', ['policy', 'support']),
    onlyImports('i18n-only-policy', 'i18n', ['policy']),
    onlyImports('repo-below-answers', 'repo', ['licence', 'publiccode', 'policy', 'support', 'i18n']),
    onlyImports('answers-below-areas', 'answers', ['repo', 'publiccode', 'licence', 'policy', 'support', 'i18n']),
    onlyImports('check-below-pipeline', 'check', ['repo', 'publiccode', 'licence', 'policy', 'support', 'i18n']),
    onlyImports('fleet-above-check', 'fleet', ['check', 'repo', 'publiccode', 'licence', 'policy', 'support', 'i18n']),
    // apply drives the generator as a process of its own: it never imports the pipeline it runs.
    onlyImports('apply-beside-fleet', 'apply', ['answers', 'repo', 'publiccode', 'licence', 'policy', 'support', 'i18n']),
    mustNotImport('areas-below-pipeline', 'areas', ['pipeline', 'cli', 'yeoman']),
    mustNotImport('pipeline-below-cli', 'pipeline', ['cli', 'yeoman']),
    {
      name: 'yeoman-only-from-generators',
      comment: 'src/yeoman/ is reached through generators/*/index.ts only.',
      severity: 'error',
      from: { pathNot: '^(src/yeoman/|generators/)' },
      to: { path: '^src/yeoman/' },
    },
    {
      name: 'cli-only-from-bin',
      severity: 'error',
      from: { pathNot: '^(src/cli/|bin/)' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'no-entry-imports',
      comment: 'Nothing imports the entry points (bin/, generators/).',
      severity: 'error',
      from: {},
      to: { path: '^(bin|generators)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The generators/*/index.js shims re-export the build (dist/) for yo's lookup.
    exclude: { path: '^dist/|^generators/[^/]+/index\\.js$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
