import type { reuseToml as fr } from '../fr/reuseToml.js';

export const reuseToml = {
  'reuseToml.undeclared': ({ count, classes, snippet }: { count: number; classes: readonly string[]; snippet: string }) =>
    `${count} file(s) without licensing information are not declared in REUSE.toml, since nothing says they are the administration's:\n${classes.map((line) => `      · ${line}`).join('\n')}\nTo declare: check their author and licence, then add to REUSE.toml (replacing TODO):\n${snippet}`,
  'reuseToml.dep5Present': ({ globs }: { globs: string }) =>
    `.reuse/dep5 exists: REUSE.toml is not written beside it (reuse refuses both). Convert it (reuse convert-dep5, reuse 3 or later), then declare in it the team's files without a header: ${globs}`,
  'reuseToml.class.vendoredAttribute': ({ count }: { count: number }) => `${count} marked linguist-vendored in .gitattributes: the repository itself says it is code from elsewhere`,
  'reuseToml.class.generatedAttribute': ({ count }: { count: number }) => `${count} marked linguist-generated in .gitattributes: produced by a tool, often from other projects' code`,
  'reuseToml.class.thirdPartyFolder': ({ count }: { count: number }) =>
    `${count} in a third-party code folder (vendor/, third_party/, node_modules/, deps/, subprojects/, lib/ below the root, a copy of the DSFR): other projects' code`,
  'reuseToml.class.buildOutput': ({ count }: { count: number }) => `${count} build output (dist/, priv/static/): they bundle dependencies`,
  'reuseToml.class.minified': ({ count }: { count: number }) => `${count} minified or bundled (*.min.js, *-min.js, *.bundle.js, name@version.js): usually a library's release`,
  'reuseToml.class.font': ({ count }: { count: number }) => `${count} font(s): released by their foundries under their own licences (often OFL)`,
  'reuseToml.class.image': ({ count }: { count: number }) => `${count} image(s), icon(s) or logo(s): often other authors' (marks, photos, icon sets)`,
  'reuseToml.class.media': ({ count }: { count: number }) => `${count} audio or video file(s): works of their authors`,
  'reuseToml.class.data': ({ count }: { count: number }) => `${count} document(s), data or binary file(s) (PDF, spreadsheets, archives, data sets): often from elsewhere, and not code`,
  'reuseToml.class.testData': ({ count }: { count: number }) => `${count} test data file(s) (fixtures/, testdata/, tests/**/data, src/test/resources): often real documents or third-party samples`,
  'reuseToml.class.ownLicenceFolder': ({ count }: { count: number }) => `${count} in a folder with its own licence file: another project, under its own terms`,
  'reuseToml.class.ownNotice': ({ count }: { count: number }) => `${count} carrying their own copyright notice (of another holder, or under another licence than the project's), without an SPDX identifier: their holder says who they are`,
  'reuseToml.class.unread': ({ count }: { count: number }) => `${count} too large or unreadable: codegouv could not see whether they carry their own notice`,
} satisfies typeof fr;
