import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pngHeaderError } from './png.js';
import { parseGoUrl } from './url.js';

const LOGO_EXTENSIONS = ['.svg', '.svgz', '.png'];
const IMAGE_EXTENSIONS = ['.jpg', '.png'];

/** The parser refuses absolute paths and file: URLs for logos, screenshots and authorsFile. */
export function pathFormError(value: string): string | undefined {
  if (value.startsWith('/')) return 'is an absolute path. Only relative paths or HTTP(s) URLs allowed';
  if (value.startsWith('file:')) return 'is a file:// URL. Only relative paths or HTTP(s) URLs allowed';
  return undefined;
}

/** The local file a relative reference points to; undefined for absolute URLs, which need the network. */
export function localPathOf(value: string, baseDir: string): string | undefined {
  if (typeof parseGoUrl(value, true) !== 'string') return undefined;
  return path.join(path.resolve(baseDir), value);
}

export function logoError(file: string): string | undefined {
  if (!LOGO_EXTENSIONS.includes(extensionOf(file))) return `invalid file extension for: ${file}`;
  const missing = missingFileError(file);
  if (missing) return missing;
  if (extensionOf(file) !== '.png') return undefined;
  try {
    return pngHeaderError(readFileSync(file));
  } catch (cause) {
    return `opening ${file}: ${(cause as Error).message}`;
  }
}

export function imageError(file: string): string | undefined {
  if (!IMAGE_EXTENSIONS.includes(extensionOf(file))) return `invalid file extension for: ${file}`;
  return missingFileError(file);
}

export function missingFileError(file: string): string | undefined {
  try {
    statSync(file);
    return undefined;
  } catch {
    return `no such file: ${file}`;
  }
}

// Go's filepath.Ext: from the last dot of the last path element, dot files included.
function extensionOf(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot).toLowerCase();
}
