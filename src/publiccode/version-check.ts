import { LATEST_VERSION, RECOMMENDED_VERSION, SUPPORTED_VERSIONS } from './data/enums.js';
import { type Finding, error, warning } from './issue.js';
import { positionOfKey } from './positions.js';
import type { YamlNode } from './yaml-tree.js';

const KEY = 'publiccodeYmlVersion';

/**
 * `publiccodeYmlVersion` is read before anything else: it must be a YAML string among the
 * supported versions. `stop` means the parser gives up on the file after these findings.
 */
export function checkVersion(root: YamlNode): { findings: Finding[]; stop: boolean } {
  const pair = root.kind === 'map' ? root.pairs.find((candidate) => candidate.key === KEY) : undefined;
  if (!pair) return { findings: [{ ...error(KEY, `${KEY} is a required field`), position: { line: 0, column: 0 } }], stop: true };
  const node = pair.value;
  const position = positionOfKey(root, KEY);
  // The parser wants a bare goccy/go-yaml string node: no tag, anchor or alias.
  if (node.kind !== 'scalar' || typeof node.value !== 'string' || node.tag !== undefined || node.referenced) {
    return { findings: [{ ...error(KEY, 'wrong type for this field'), position }], stop: true };
  }
  const version = node.value;
  if (!SUPPORTED_VERSIONS.includes(version)) {
    const description = `unsupported version: '${version}'. Supported versions: ${SUPPORTED_VERSIONS.join(', ')}`;
    return { findings: [{ ...error(KEY, description), position }], stop: true };
  }
  if (version === RECOMMENDED_VERSION || version.startsWith(LATEST_VERSION)) return { findings: [], stop: false };
  const description = `v${version} is not the latest version, use '${RECOMMENDED_VERSION}'. Parsing this file as v${LATEST_VERSION}.`;
  return { findings: [{ ...warning(KEY, description), position }], stop: false };
}
