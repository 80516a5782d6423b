#!/usr/bin/env node
import module from 'node:module';

// Node ≥ 22.1 caches compiled modules on disk; enabled before anything else is imported.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { main } = await import('../src/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    if (error instanceof Error && error.name === 'ExitPromptError') {
      // Ctrl-C at a prompt: a short line rather than a stack trace.
      const [{ langFromArgs }, { msg }, { render }] = await Promise.all([
        import('../src/i18n/lang.js'), import('../src/i18n/message.js'), import('../src/i18n/render.js'),
      ]);
      process.stderr.write(`${render(msg('cli.interrupted'), langFromArgs(process.argv.slice(2)))}\n`);
      process.exitCode = 130;
      return;
    }
    const usage = error instanceof Error && error.name === 'UsageError';
    process.stderr.write(`${usage ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
    process.exitCode = (error as { exitCode?: number }).exitCode ?? 1;
  },
);
