import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';

interface ParserIssue {
  type: 'error' | 'warning';
  key: string;
  description: string;
}

export interface ParserVerdict {
  valid: boolean;
  errors: string[];
}

/** The reference parser built by .ci/run; a missing one fails the suite rather than skipping it. */
export function requireParser(): string {
  const parser = process.env.PUBLICCODE_PARSER;
  if (!parser) throw new Error('PUBLICCODE_PARSER is not set: .ci/run builds italia/publiccode-parser-go and exports its path');
  if (!existsSync(parser)) throw new Error(`PUBLICCODE_PARSER=${parser} does not exist; .ci/run builds it`);
  return parser;
}

/** With `-json` the parser exits 0 even for an invalid file: the verdict is in the list it prints. */
function runParser(parser: string, file: string): Promise<ParserVerdict> {
  return new Promise((resolve, reject) => {
    execFile(parser, ['-no-network', '-json', '-path', dirname(file), file], { timeout: 60_000 }, (error, stdout, stderr) => {
      // A Go panic (goccy/go-yaml dereferences nil on e.g. `fundedBy: !!null`) refuses the file too.
      const panic = /^panic: .*/m.exec(stderr);
      if (panic) {
        resolve({ valid: false, errors: [`parser crashed: ${panic[0]}`] });
        return;
      }
      let issues: ParserIssue[];
      try {
        issues = JSON.parse(stdout) as ParserIssue[];
      } catch {
        reject(new Error(`${parser} ${file}: ${error?.message ?? ''}\n${stdout}${stderr}`));
        return;
      }
      const errors = issues.filter((issue) => issue.type === 'error').map((issue) => `${issue.key}: ${issue.description}`);
      resolve({ valid: errors.length === 0, errors });
    });
  });
}

/** Runs the parser on every file, `concurrency` processes at a time, verdicts in the files' order. */
export async function parseAll(parser: string, files: readonly string[], concurrency = 4): Promise<ParserVerdict[]> {
  const verdicts: ParserVerdict[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      verdicts[index] = await runParser(parser, files[index] as string);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return verdicts;
}
