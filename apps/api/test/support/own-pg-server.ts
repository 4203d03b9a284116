import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface, Interface } from 'node:readline';

/** A PostgreSQL server of one test's own, which that test may stop and start under a running API. */
export interface OwnPgServer {
  port: number;
  /** Fast shutdown: sessions are ended and new connections refused until `start`. Data is kept. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server for good and removes its data. */
  close(): Promise<void>;
}

/** Runs test/support/pg-server.mjs as a child process, leaving the suite's shared server alone. */
export async function startOwnPgServer(): Promise<OwnPgServer> {
  const child = spawn(process.execPath, [join(__dirname, 'pg-server.mjs')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const { port } = JSON.parse(await nextLine(lines, child)) as { port: number };
  const command = async (word: 'stop' | 'start', answer: string) => {
    child.stdin.write(`${word}\n`);
    const line = await nextLine(lines, child);
    if (line !== answer) throw new Error(`pg-server answered "${line}" to "${word}"`);
  };
  return {
    port,
    stop: () => command('stop', 'stopped'),
    start: () => command('start', 'started'),
    async close() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.stdin.end();
      await exited;
    },
  };
}

function nextLine(lines: Interface, child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const onExit = () => reject(new Error('pg-server exited'));
    child.once('exit', onExit);
    lines.once('line', (line) => {
      child.off('exit', onExit);
      resolve(line);
    });
  });
}
