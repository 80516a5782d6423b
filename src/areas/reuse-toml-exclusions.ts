import { linguistAttributes } from '../repo/gitattributes.js';
import type { RepositoryTree } from '../repo/tree.js';

/**
 * Files codegouv never declares as the administration's work in REUSE.toml, whoever wrote the
 * rest of the repository: the REUSE specification asks that licensing information be true
 * (https://reuse.software/spec-3.3/), and these are most often someone else's. They stay
 * uncovered and are listed for the team to declare.
 */

export type ExclusionClass = 'vendoredAttribute' | 'generatedAttribute' | 'thirdPartyFolder' | 'buildOutput' | 'minified' | 'font' | 'image' | 'media' | 'data' | 'testData' | 'ownLicenceFolder' | 'ownNotice' | 'unread';

/** Each class says why in one line: `reuseToml.class.<class>` in the catalogues. */
interface PathRule {
  class: ExclusionClass;
  test: (segments: readonly string[], name: string, extension: string) => boolean;
}

const folders = (names: readonly string[]) => {
  const set = new Set(names);
  return (segments: readonly string[]) => segments.slice(0, -1).some((segment) => set.has(segment.toLowerCase()));
};
const extensions = (names: readonly string[]) => {
  const set = new Set(names);
  return (_segments: readonly string[], _name: string, extension: string) => set.has(extension);
};
/** `lib` at the root is the team's code in many stacks; below it (`static/lib`, `src/lib`) it often holds copied libraries. */
const nestedLibFolder = (segments: readonly string[]) => segments.slice(1, -1).some((segment) => /^libs?$/iu.test(segment));
const mediaFolder = folders(['img', 'imgs', 'images', 'icons', 'fonts', 'media']);
const imageExtension = extensions(['png', 'jpg', 'jpeg', 'gif', 'svg', 'svgz', 'ico', 'icns', 'webp', 'bmp', 'tif', 'tiff', 'psd', 'xcf', 'ai', 'eps', 'avif', 'heic', 'cur']);
const TEST_FOLDER = /^(?:tests?|spec|__tests__)$/iu;
/** `tests/**\/data`, `src/test/resources`: inputs of tests, often real documents or third-party samples. */
const testInputs = (segments: readonly string[]) =>
  segments.slice(0, -1).some((segment, index) => /^(?:data|resources)$/iu.test(segment) && segments.slice(0, index).some((parent) => TEST_FOLDER.test(parent)));

const PATH_RULES: readonly PathRule[] = [
  {
    class: 'thirdPartyFolder',
    test: folders(['vendor', 'vendors', 'vendored', 'third_party', 'third-party', 'thirdparty', '3rdparty', 'third_parties', 'node_modules', 'bower_components', 'jspm_packages', 'deps', 'subprojects', 'external', 'externals', 'extern', 'site-packages', 'dsfr']),
  },
  { class: 'thirdPartyFolder', test: nestedLibFolder },
  {
    class: 'buildOutput',
    test: (segments) => folders(['dist'])(segments) || segments.some((segment, index) => segment === 'priv' && segments[index + 1] === 'static' && index + 2 < segments.length),
  },
  {
    class: 'minified',
    test: (_segments, name) => /[.-]min\.(?:js|css|mjs)$|\.bundle\.(?:js|css|mjs)$|\.standalone\.js$/iu.test(name) || (/\.(?:js|css|mjs)$/iu.test(name) && /@\d/u.test(name)),
  },
  { class: 'font', test: extensions(['ttf', 'otf', 'woff', 'woff2', 'eot', 'pfb', 'pfm', 'afm', 'ttc']) },
  {
    class: 'image',
    // img/, images/, icons/, fonts/ hold media whatever the extension (`itou/static/img/employee_records`).
    test: (segments, name, extension) => mediaFolder(segments) || imageExtension(segments, name, extension),
  },
  { class: 'media', test: extensions(['mp3', 'wav', 'ogg', 'oga', 'opus', 'flac', 'm4a', 'aac', 'mp4', 'm4v', 'webm', 'mov', 'avi', 'mkv', 'ogv', 'mid', 'midi']) },
  {
    class: 'data',
    test: extensions([
      'pdf', 'doc', 'docx', 'odt', 'ods', 'odp', 'xls', 'xlsx', 'ppt', 'pptx', 'csv', 'tsv', 'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tar', 'jar', 'war', 'ear', 'class',
      'so', 'dll', 'dylib', 'exe', 'bin', 'o', 'a', 'lib', 'wasm', 'pyc', 'dat', 'db', 'sqlite', 'sqlite3', 'parquet', 'feather', 'arrow', 'rda', 'rdata', 'rds', 'pkl', 'pickle', 'npy', 'npz',
      'h5', 'hdf5', 'nc', 'shp', 'shx', 'dbf', 'prj', 'gpkg', 'pbf', 'mbtiles', 'geojson', 'sav', 'dta', 'sas7bdat', 'rsp', 'der', 'p12', 'pfx', 'jks', 'keystore',
    ]),
  },
  {
    class: 'testData',
    test: (segments) => folders(['fixtures', 'fixture', '__fixtures__', 'testdata', 'test-data', 'test_data'])(segments) || testInputs(segments),
  },
];

/**
 * The class a path of the tree falls in: what the repository's own .gitattributes say first
 * (`linguist-vendored`, `linguist-generated`: the team itself says the file is someone else's
 * or produced by a tool), then its folders, name and extension. A path the team un-vendors
 * (`-linguist-vendored`, `linguist-vendored=false`) is not taken for a copy because of its
 * folder's name (`vendor/`, `lib/` below the root): the team's word on whose code it is outranks
 * that guess. It says nothing of fonts, images, data or build output, which stay excluded, and
 * `-linguist-generated` nothing of whose a bundle's content is.
 */
export function treeExclusions(tree: RepositoryTree): (path: string) => ExclusionClass | undefined {
  const attributes = linguistAttributes(tree);
  return (path) => {
    const { vendored, generated } = attributes(path);
    if (vendored === true) return 'vendoredAttribute';
    if (generated === true) return 'generatedAttribute';
    return pathExclusion(path, vendored === false);
  };
}

/** The class a path falls in by its folders, name and extension, if any; `unvendored`: not by a third-party folder's name. */
function pathExclusion(path: string, unvendored: boolean): ExclusionClass | undefined {
  const segments = path.split('/');
  const name = segments[segments.length - 1] ?? path;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return PATH_RULES.find((rule) => !(unvendored && rule.class === 'thirdPartyFolder') && rule.test(segments, name, extension))?.class;
}
