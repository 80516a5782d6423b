import path from 'node:path';
import { confinedFileHead, confinedRealPath } from '../support/confined-path.js';
import { pngHeaderError } from './png.js';
import { parseGoUrl } from './url.js';

const LOGO_EXTENSIONS = ['.svg', '.svgz', '.png'];
const IMAGE_EXTENSIONS = ['.jpg', '.png'];

/**
 * What is read of a local logo to check its PNG header: the signature and IHDR come first, a
 * palette's PLTE after a few ancillary chunks; 1 MiB covers real files, and a link to a device
 * or a huge file costs no more than that.
 */
const MAX_IMAGE_HEADER_BYTES = 1024 * 1024;

/** The parser refuses absolute paths and file: URLs for logos, screenshots and authorsFile. */
export function pathFormError(value: string): string | undefined {
  if (value.startsWith('/')) return 'is an absolute path. Only relative paths or HTTP(s) URLs allowed';
  if (value.startsWith('file:')) return 'is a file:// URL. Only relative paths or HTTP(s) URLs allowed';
  return undefined;
}

/** A local file a document names, under the folder the document belongs to. */
export interface LocalFile {
  file: string;
  baseDir: string;
}

/** The local file a relative reference points to; undefined for absolute URLs, which need the network. */
export function localPathOf(value: string, baseDir: string): LocalFile | undefined {
  if (typeof parseGoUrl(value, true) !== 'string') return undefined;
  return { file: path.join(path.resolve(baseDir), value), baseDir };
}

/**
 * The file, refused unread when it resolves (links included) outside the folder or is not a
 * regular file: a publiccode.yml from a hostile repository must not make us read /dev/zero or
 * another repository's files.
 */
function confined({ file, baseDir }: LocalFile, maxBytes: number): { head: Buffer } | { error: string } {
  const result = confinedFileHead(baseDir, file, maxBytes);
  if (result.ok) return { head: result.head };
  if (result.problem === 'missing') return { error: `no such file: ${file}` };
  if (result.problem === 'outside') return { error: `${file} is outside the repository: only files inside it are read` };
  return { error: `${file} is not a regular file` };
}

export function logoError(local: LocalFile): string | undefined {
  if (!LOGO_EXTENSIONS.includes(extensionOf(local.file))) return `invalid file extension for: ${local.file}`;
  const read = confined(local, extensionOf(local.file) === '.png' ? MAX_IMAGE_HEADER_BYTES : 0);
  if ('error' in read) return read.error;
  return extensionOf(local.file) === '.png' ? pngHeaderError(read.head) : undefined;
}

export function imageError(local: LocalFile): string | undefined {
  if (!IMAGE_EXTENSIONS.includes(extensionOf(local.file))) return `invalid file extension for: ${local.file}`;
  return missingFileError(local);
}

/** Existence only, as the parser checks it (os.Stat: a folder exists too), without leaving the repository. */
export function missingFileError({ file, baseDir }: LocalFile): string | undefined {
  const real = confinedRealPath(baseDir, file);
  if (typeof real === 'string') return undefined;
  return real.problem === 'missing' ? `no such file: ${file}` : `${file} is outside the repository: only files inside it are read`;
}

// Go's filepath.Ext: from the last dot of the last path element, dot files included.
function extensionOf(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot).toLowerCase();
}
