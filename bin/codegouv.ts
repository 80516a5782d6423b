#!/usr/bin/env node
import module from 'node:module';

// Node ≥ 22.1 caches compiled modules on disk; enabled before anything else is imported.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { main } = await import('../src/cli/main.js');

const argv = process.argv.slice(2);

main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    const [{ langFromArgs }, { rememberedLangIn }, { msg }, { render }, { printable }] = await Promise.all([
      import('../src/i18n/lang.js'), import('../src/pipeline/yo-rc.js'), import('../src/i18n/message.js'), import('../src/i18n/render.js'), import('../src/support/terminal.js'),
    ]);
    const lang = langFromArgs(argv, rememberedLangIn(process.cwd()) ?? 'fr');
    if (error instanceof Error && error.name === 'ExitPromptError') {
      // Ctrl-C at a prompt: a short line rather than a stack trace.
      process.stderr.write(`${render(msg('cli.interrupted'), lang)}\n`);
      process.exitCode = 130;
      return;
    }
    process.exitCode = (error as { exitCode?: number } | null)?.exitCode ?? 1;
    if (error instanceof Error && error.name === 'UsageError') {
      process.stderr.write(`${printable(error.message)}\n`);
      return;
    }
    // Anything else is a bug: one line in the user's language; the stack only when asked for.
    const reason = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0] ?? ''}` : String(error);
    process.stderr.write(`${printable(render(msg('values.internalError', { reason }), lang))}\n`);
    if (argv.includes('--debug')) process.stderr.write(`${error instanceof Error ? (error.stack ?? reason) : reason}\n`);
  },
);
