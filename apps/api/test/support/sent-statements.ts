import { Client, type QueryConfig } from 'pg';

/**
 * The statements `work` sends to PostgreSQL from this process, at the driver (TypeORM's queries and the prepared
 * ones alike), by prepared name or by text with its whitespace folded; the job queue's own polling is left aside.
 */
export async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const original = Client.prototype.query;
  const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (
    this: Client,
    ...args: unknown[]
  ) {
    const config = args[0] as string | QueryConfig;
    const text = typeof config === 'string' ? config : (config.name ?? config.text);
    if (!/pgboss/i.test(text)) sent.push(text.replace(/\s+/g, ' ').trim());
    return Reflect.apply(original, this, args) as never;
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return sent;
}
