import { writeFileSync } from 'node:fs';
import { helpText } from '../src/cli/help.js';
import { helpTextFile } from '../src/cli/help-file.js';
import { LANGS } from '../src/policy/enums.js';

// Written at build time next to the compiled code, and shipped in the package (src/cli/help-file.ts).
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const lang of LANGS) writeFileSync(helpTextFile(lang), helpText(lang, ['--help']));
}
