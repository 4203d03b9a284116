import type { EntityManager } from 'typeorm';

/**
 * Work another folder runs on the queue's every-minute maintenance (deadline reminders, for example). It gets the
 * API's manager (not in a transaction: it opens its own) and the current instant, and must be safe to run twice
 * for the same minute, and on two instances at once.
 */
export type MaintenanceTask = (manager: EntityManager, now: Date) => Promise<unknown>;

const tasks = new Map<string, MaintenanceTask[]>();

/**
 * Registers a task by name for this process (call it from a module's `onModuleInit`); returns a function that
 * removes it. As with job handlers, where two apps in one process register a name, the later one runs.
 */
export function registerMaintenanceTask(name: string, task: MaintenanceTask): () => void {
  const stack = tasks.get(name) ?? [];
  stack.push(task);
  tasks.set(name, stack);
  return () => {
    const at = stack.lastIndexOf(task);
    if (at >= 0) stack.splice(at, 1);
    if (stack.length === 0 && tasks.get(name) === stack) tasks.delete(name);
  };
}

/**
 * Runs every registered task once, one after another; a task that throws is reported through `warn` and does
 * not stop the others. Returns the names of the tasks that failed.
 */
export async function runMaintenanceTasks(
  manager: EntityManager,
  now: Date,
  warn: (message: string) => void,
): Promise<string[]> {
  const failed: string[] = [];
  for (const [name, stack] of tasks) {
    const task = stack.at(-1);
    if (!task) continue;
    try {
      await task(manager, now);
    } catch (error) {
      failed.push(name);
      warn(`maintenance task "${name}" failed: ${(error as Error).message}`);
    }
  }
  return failed;
}
