import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes the data folder free for a new server. A crash of PostgreSQL leaves postmaster.pid behind, which is safe to
 * drop when its process is gone. A crash of the API (SIGKILL, out of memory) leaves its PostgreSQL running as an
 * orphan, adopted by init or a subreaper, holding the folder: that server is ours and nobody else's, so it is
 * stopped (a fast shutdown: open transactions roll back, committed data stays). A server whose parent is a running
 * API belongs to another instance, and the start is refused naming it rather than taking its data away.
 */
export async function clearDataFolder(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    log('removing a stale postmaster.pid left by an earlier crash');
    rmSync(pidFile);
    return;
  }
  const parent = parentOf(pid);
  if (parent === null || runsTheApi(parent)) {
    throw new Error(
      `the data folder ${dataDir} is in use by PostgreSQL (pid ${pid}, started by pid ${parent ?? 'unknown'}): ` +
        'stop the PR Gauge that runs it first, or give this one another PG_DATA_DIR',
    );
  }
  log(`stopping the PostgreSQL (pid ${pid}) left running by an API that ended without stopping it`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited >= ORPHAN_STOP_MS) throw new Error(`the PostgreSQL left running (pid ${pid}) did not stop`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** How long an orphaned server gets for its fast shutdown. */
const ORPHAN_STOP_MS = 30_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether `pid` is an API process (`main.js` or `demo.js`), which starts and stops its own embedded server. */
function runsTheApi(pid: number): boolean {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return command.some((part) => /(^|\/)(main|demo)\.js$/.test(part));
  } catch {
    return false;
  }
}

/** The parent pid from /proc (Linux); null where /proc cannot tell, which counts as someone else's server. */
function parentOf(pid: number): number | null {
  try {
    // The command name (field 2) is in parentheses and may hold spaces; the parent pid follows the state.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}
