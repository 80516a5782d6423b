import { stringify } from 'yaml';
import { type Message, msg } from '../i18n/message.js';

/** The most jobs one matrix may make on each forge: the upper bound of `--shards`. */
export const FORGE_MATRIX_LIMITS = {
  github: {
    name: 'GitHub Actions',
    max: 256,
    source: 'https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/run-job-variations',
  },
  gitlab: {
    name: 'GitLab CI/CD',
    max: 200,
    source: 'https://docs.gitlab.com/ci/yaml/#parallelmatrix',
  },
} as const;

export type Forge = keyof typeof FORGE_MATRIX_LIMITS;

export const isForge = (value: string): value is Forge => Object.hasOwn(FORGE_MATRIX_LIMITS, value);

/** A browser's practical URL limit; a longer line is not a repository address. */
const MAX_URL = 2048;
/**
 * What a repository URL is written with. Nothing a shell would expand (`*`, `?`, `$`, spaces):
 * a shard's URLs reach its job as one space-separated variable.
 */
const URL_CHARACTERS = /^[A-Za-z0-9._~%/:+-]+$/u;

export interface RepositoryList {
  urls: string[];
  /** Lines refused, each naming the file, the line and the fix. */
  problems: Message[];
  /** Duplicates, counted once. */
  warnings: Message[];
}

function urlProblem(text: string): Message | undefined {
  if (text.length > MAX_URL) return msg('fleet.matrix.url.tooLong');
  if (!text.startsWith('https://')) return msg('fleet.matrix.url.notHttps');
  if (text.includes('@')) return msg('fleet.matrix.url.credentials');
  if (!URL_CHARACTERS.test(text)) return msg('fleet.matrix.url.characters');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return msg('fleet.matrix.url.malformed');
  }
  if (url.hostname === '') return msg('fleet.matrix.url.malformed');
  if (url.pathname.replaceAll('/', '') === '') return msg('fleet.matrix.url.noPath');
  return undefined;
}

/** One repository however its URL ends (`/`, `.git`) and whatever the case: forges ignore both. */
function identity(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end -= 1;
  const bare = url.slice(0, end).toLowerCase();
  return bare.endsWith('.git') ? bare.slice(0, -'.git'.length) : bare;
}

/** The list's URLs in order, one per line; `#` starts a comment, blank lines are skipped. */
export function parseRepositoryList(text: string, file: string): RepositoryList {
  const list: RepositoryList = { urls: [], problems: [], warnings: [] };
  const firstLine = new Map<string, number>();
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const hash = raw.indexOf('#');
    const url = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (url === '') return;
    const problem = urlProblem(url);
    if (problem) {
      list.problems.push(msg('fleet.matrix.badUrl', { file, line, reason: problem }));
      return;
    }
    const first = firstLine.get(identity(url));
    if (first !== undefined) {
      list.warnings.push(msg('fleet.matrix.duplicate', { file, line, first, url }));
      return;
    }
    firstLine.set(identity(url), line);
    list.urls.push(url);
  });
  return list;
}

/**
 * The URLs in `shards` consecutive groups, in list order, whose sizes differ by one at most
 * (the first ones take the remainder); never an empty group.
 */
export function splitEvenly(urls: readonly string[], shards: number): string[][] {
  const groups = Math.min(shards, urls.length);
  const size = Math.floor(urls.length / groups);
  const remainder = urls.length % groups;
  const out: string[][] = [];
  let start = 0;
  for (let group = 0; group < groups; group += 1) {
    const end = start + size + (group < remainder ? 1 : 0);
    out.push(urls.slice(start, end));
    start = end;
  }
  return out;
}

/** `{"include": [{"shard": 1, "repos": "url1 url2"}, …]}` on one line, for `$GITHUB_OUTPUT` and `fromJSON()`. */
export function githubMatrix(groups: readonly string[][]): string {
  return `${JSON.stringify({ include: groups.map((urls, index) => ({ shard: index + 1, repos: urls.join(' ') })) })}\n`;
}

/** Name of the hidden job that carries the matrix: a job takes it with `extends:`. */
const GITLAB_MATRIX_JOB = '.codegouv-shards';

/** A hidden job holding `parallel:matrix`, one SHARD and its REPOS per job (values are strings, as GitLab wants). */
export function gitlabMatrix(groups: readonly string[][]): string {
  const matrix = groups.map((urls, index) => ({ SHARD: String(index + 1), REPOS: urls.join(' ') }));
  // No folding: a long list of URLs stays one line per shard.
  return stringify({ [GITLAB_MATRIX_JOB]: { parallel: { matrix } } }, { lineWidth: 0 });
}
