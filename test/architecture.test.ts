import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './fixtures.js';


interface Dependency { resolved: string; coreModule: boolean; couldNotResolve: boolean }
interface Module { source: string; dependencies: Dependency[] }
interface Violation { rule: { name: string }; from: string; to: string; cycle?: { name: string }[] }
interface Cruise { modules: Module[]; summary: { violations: Violation[] } }

let cruise: Cruise;

beforeAll(() => {
  const bin = join(repoRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const result = spawnSync(process.execPath, [bin, 'src', 'bin', 'generators', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`dependency-cruiser failed (${result.status}):\n${result.stderr}`);
  cruise = JSON.parse(result.stdout) as Cruise;
});

/** Strongly connected components of more than one node (Tarjan), each sorted, in a stable order. */
function cycles(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => a.join().localeCompare(b.join()));
}

/** Cycles between folders: by directory (src/check ↔ src/check/rules) and by top-level folder of src/. */
function folderCycles(modules: Module[]): string[] {
  const out = new Set<string>();
  const topLevel = (path: string) => /^src\/[^/]+/.exec(path)?.[0] ?? path.split('/')[0]!;
  for (const folderOf of [dirname, topLevel]) {
    const edges = new Map<string, Set<string>>();
    for (const module of modules) {
      if (!module.source.startsWith('src/')) continue;
      for (const dependency of module.dependencies) {
        if (!dependency.resolved.startsWith('src/')) continue;
        const from = folderOf(module.source);
        const to = folderOf(dependency.resolved);
        if (from === to) continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)!.add(to);
      }
    }
    for (const component of cycles(edges)) out.add(`folder-cycle: ${component.join(' <-> ')}`);
  }
  return [...out];
}

function violations(): string[] {
  const fromRules = cruise.summary.violations.map((violation) =>
    violation.cycle
      ? `${violation.rule.name}: ${violation.from} -> ${violation.cycle.map((step) => step.name).join(' -> ')}`
      : `${violation.rule.name}: ${violation.from} -> ${violation.to}`);
  return [...new Set([...fromRules, ...folderCycles(cruise.modules)])].sort();
}

describe('architecture (dependency-cruiser on src, bin, generators)', () => {
  it('reads the whole code base, Yeoman imports included', () => {
    expect(cruise.modules.filter((module) => module.source.startsWith('src/')).length).toBeGreaterThan(100);
    const resolved = cruise.modules.flatMap((module) => module.dependencies.map((dependency) => dependency.resolved));
    expect(resolved.some((path) => path.includes('node_modules/yeoman-generator/'))).toBe(true);
    expect(resolved.some((path) => path.includes('node_modules/yeoman-environment/'))).toBe(true);
  });

  it('has no file or folder cycle and no layering breach', () => {
    expect(violations()).toEqual([]);
  });

  it('finds folder cycles, long ones included', () => {
    const module = (source: string, ...targets: string[]): Module =>
      ({ source, dependencies: targets.map((resolved) => ({ resolved, coreModule: false, couldNotResolve: false })) });
    expect(folderCycles([
      module('src/a/x.ts', 'src/b/y.ts'),
      module('src/b/y.ts', 'src/c/z.ts'),
      module('src/c/z.ts', 'src/a/w.ts'),
      module('src/d/v.ts', 'src/a/x.ts'),
    ])).toEqual(['folder-cycle: src/a <-> src/b <-> src/c']);
  });
});
