/**
 * What a documentation or data folder holds that is not documentation or data: the code and
 * build files of the documentation itself (Sphinx's `conf.py` and `Makefile`, `make.bat`,
 * `requirements.txt`, example programs). They are code, under the code's licence; the policy's
 * Licence Ouverte 2.0 is for documentation and data
 * (https://github.com/DISIC/politique-de-contribution-open-source/blob/master/ouverture.md).
 */
const CODE_EXTENSIONS = new Set([
  'py', 'pyi', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'java', 'kt', 'scala', 'groovy', 'c', 'h', 'cc', 'cpp', 'hpp', 'cs',
  'go', 'rs', 'rb', 'php', 'pl', 'pm', 'r', 'lua', 'swift', 'sh', 'bash', 'zsh', 'ps1', 'bat', 'cmd', 'mk', 'cmake', 'vim',
  'el', 'css', 'scss', 'sass', 'less', 'vue', 'svelte', 'ipynb', 'sql', 'gradle', 'cfg', 'ini', 'toml', 'lock',
]);

const BUILD_FILES = /^(?:Makefile|GNUmakefile|makefile|make\.bat|Dockerfile|Gemfile|Rakefile|requirements(?:[-_.][^/]*)?\.txt|package(?:-lock)?\.json|yarn\.lock|\.[^/]*)$/u;

function isDocumentationOrData(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (BUILD_FILES.test(name)) return false;
  const dot = name.lastIndexOf('.');
  return dot <= 0 || !CODE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

/** Folders whose files are documentation or data rather than code. */
const DOCS_AND_DATA_FOLDER = /^(?:docs?|documentation|data|donnees|données)\//iu;

/** A documentation or data file: in such a folder, and neither code nor a build file. */
export function isDocumentationFile(path: string): boolean {
  return DOCS_AND_DATA_FOLDER.test(path) && isDocumentationOrData(path);
}
