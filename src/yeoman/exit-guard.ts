/**
 * With stdin closed, inquirer ends the process from an exit hook; on Node 20 that exit code is
 * 0 with half a run done (inquirer's exit hook, https://github.com/SBoudrias/Inquirer.js). Any run started and not finished turns exit 0 into 1.
 */
const unfinished = new Set<object>();
let installed = false;

export function markStarted(run: object): void {
  unfinished.add(run);
  if (installed) return;
  installed = true;
  process.once('exit', (code) => {
    if (code === 0 && unfinished.size > 0) {
      process.stderr.write('codegouv: interrupted before the end (no terminal?); nothing is complete.\n');
      process.exitCode = 1;
    }
  });
}

export function markFinished(run: object): void {
  unfinished.delete(run);
}
