import { describe, expect, it } from 'vitest';
import { planSync } from '../src/pipeline/sync.js';
import type { SyncInput } from '../src/pipeline/sync.js';
import { previousRun } from '../src/pipeline/previous-run.js';

const disk: Record<string, string> = {
  'README.md': 'old generated readme',
  'SECURITY.md': 'edited by the team',
  'LICENSES/MIT.txt': 'mit text',
  'NOTES.md': 'the team\'s own file',
};

function input(overrides: Partial<SyncInput> = {}): SyncInput {
  return {
    planned: [
      { path: 'README.md', content: 'new readme' },
      { path: 'SECURITY.md', content: 'new security' },
      { path: 'LICENSE', content: 'eupl text' },
    ],
    dependent: [],
    previous: previousRun([
      { path: 'README.md', content: 'old generated readme' },
      { path: 'SECURITY.md', content: 'old generated security' },
      { path: 'LICENSES/MIT.txt', content: 'mit text' },
    ], undefined),
    read: (path) => disk[path],
    force: false,
    yes: true,
    ...overrides,
  };
}

const actions = (steps: ReturnType<typeof planSync>) => Object.fromEntries(steps.map((step) => [step.path, step.action]));

describe('planSync', () => {
  it('--yes: creates new files, keeps every existing one that would change, leaves obsolete ones', () => {
    expect(actions(planSync(input()))).toEqual({
      'README.md': 'keep',
      'SECURITY.md': 'keep',
      LICENSE: 'create',
      'LICENSES/MIT.txt': 'keep-obsolete',
    });
  });

  it('asks in interactive mode and forces with --force', () => {
    expect(actions(planSync(input({ yes: false })))).toMatchObject({ 'SECURITY.md': 'ask', 'README.md': 'ask', 'LICENSES/MIT.txt': 'ask-remove' });
    expect(actions(planSync(input({ force: true })))).toMatchObject({ 'SECURITY.md': 'force', 'README.md': 'force', 'LICENSES/MIT.txt': 'remove' });
  });

  it('never creates another area\'s missing file, and leaves its unrelated edits alone', () => {
    const steps = planSync(input({
      planned: [],
      dependent: [{ path: 'CONTRIBUTING.md', content: 'x' }, { path: 'SECURITY.md', content: 'old generated security' }],
    }));
    expect(actions(steps)).toEqual({ 'README.md': 'keep-obsolete', 'LICENSES/MIT.txt': 'keep-obsolete' });
  });

  it('never touches a file no run generated', () => {
    expect(planSync(input()).some((step) => step.path === 'NOTES.md')).toBe(false);
  });
});
