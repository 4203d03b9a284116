import type { EntityManager } from 'typeorm';
import { sendAll } from './sql-statement';

/** A manager whose queries answer only when the test says so, recording how many were in flight at once. */
function heldManager() {
  const pending: { sql: string; answer: () => void; fail: (e: Error) => void }[] = [];
  const sent: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const manager = {
    query: (sql: string) =>
      new Promise<unknown>((resolve, reject) => {
        sent.push(sql);
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        const settle = (then: () => void) => () => {
          inFlight--;
          then();
        };
        pending.push({ sql, answer: settle(() => resolve([])), fail: (e) => settle(() => reject(e))() });
      }),
  } as unknown as EntityManager;
  const answerNext = async () => {
    await Promise.resolve();
    pending.shift()?.answer();
    await new Promise((r) => setImmediate(r));
  };
  return { manager, sent, pending, answerNext, mostInFlight: () => mostInFlight };
}

const statement = (sql: string) => ({ sql, parameters: [] });

describe('sendAll', () => {
  it('hands the connection one statement at a time, in order, since a pg client refuses a second query while one runs', async () => {
    const held = heldManager();
    const done = sendAll(held.manager, [statement('first'), statement('second'), statement('third')]);
    await new Promise((r) => setImmediate(r));
    expect(held.sent).toEqual(['first']);
    await held.answerNext();
    expect(held.sent).toEqual(['first', 'second']);
    await held.answerNext();
    await held.answerNext();
    await expect(done).resolves.toBeUndefined();
    expect(held.sent).toEqual(['first', 'second', 'third']);
    expect(held.mostInFlight()).toBe(1);
  });

  it('rejects with the first failure and sends nothing after it', async () => {
    const held = heldManager();
    const done = sendAll(held.manager, [statement('first'), statement('bad'), statement('third')]);
    await held.answerNext();
    held.pending.shift()?.fail(new Error('invalid input'));
    for (const later of held.pending.splice(0)) later.answer();
    await expect(done).rejects.toThrow('invalid input');
    expect(held.sent).toEqual(['first', 'bad']);
  });
});
