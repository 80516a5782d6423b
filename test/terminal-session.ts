import { execFileSync, spawnSync } from 'node:child_process';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An interactive run in a real terminal (a detached tmux session, 200 columns): started in a
 * folder with that folder as HOME and no system git config, read screen by screen, typed into.
 * `seen` receives every screen read (a test that checks all of them keeps them).
 */
export class TerminalSession {
  constructor(
    private readonly name: string,
    private readonly seen: (screen: string) => void = () => {},
  ) {}

  /** Runs `command`; `EXIT=<code>` is printed when it ends, and the session stays for reading. */
  start(dir: string, command: string): void {
    execFileSync('tmux', ['new-session', '-d', '-s', this.name, '-x', '200', '-y', '50', '-c', dir, `HOME=${dir} GIT_CONFIG_NOSYSTEM=1 ${command}; echo EXIT=$?; sleep 600`]);
  }

  kill(): void {
    spawnSync('tmux', ['kill-session', '-t', this.name]);
  }

  screen(): string {
    const current = execFileSync('tmux', ['capture-pane', '-p', '-J', '-t', this.name, '-S', '-3000'], { encoding: 'utf8' });
    this.seen(current);
    return current;
  }

  keys(...sequence: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...sequence]);
  }

  async waitFor(text: string | RegExp, timeoutMs = 20_000, pollMs = 100): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = this.screen();
      if (typeof text === 'string' ? current.includes(text) : text.test(current)) return current;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${String(text)}. Screen:\n${current}`);
      await pause(pollMs);
    }
  }

  /**
   * Answers each question as it comes (`answer` gives the keys, or undefined to stop answering),
   * until the run ends or `answer` stops; returns the last screen. A question is new once one
   * more line starts with `✔` (an answered question) than when the previous one was answered.
   */
  async drive(answer: (question: string, screen: string) => string[] | undefined): Promise<string> {
    let answered = -1;
    const deadline = Date.now() + 180_000;
    for (;;) {
      const current = this.screen();
      if (/EXIT=\d+/.test(current)) return current;
      const lines = current.split('\n');
      const done = lines.filter((line) => line.startsWith('✔ ')).length;
      const question = lines.findLast((line) => line.startsWith('? '));
      if (question && done > answered) {
        // Let the prompt finish drawing its hints.
        await pause(300);
        const drawn = this.screen();
        const sequence = answer(question, drawn);
        if (!sequence) return drawn;
        answered = done;
        this.keys(...sequence);
      }
      if (Date.now() > deadline) throw new Error(`The run did not end. Screen:\n${current}`);
      await pause(100);
    }
  }
}
