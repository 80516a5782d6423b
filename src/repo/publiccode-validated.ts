import { parse } from 'yaml';
import { type PubliccodeResult, validateAndRead } from '../publiccode/validate.js';

/** Best effort and silent: the validator reports what is wrong with the file. */
function parsed(text: string): unknown {
  try {
    return parse(text, { logLevel: 'silent' }) as unknown;
  } catch {
    return undefined;
  }
}

/** A publiccode.yml's verdict and its parsed document; logo and screenshots resolve under `baseDir`. */
export function validatedPubliccode(bytes: Buffer, text: string, baseDir: string): { result: PubliccodeResult; data: unknown } {
  const validated = validateAndRead(bytes, { baseDir });
  return { result: validated.result, data: validated.read ? validated.data : parsed(text) };
}
