import { createServer, Server, Socket } from 'node:net';
import { Pool, PoolConfig } from 'pg';
import { databaseUnavailability } from '../common/database-unavailable';
import { typeOrmOptions } from './typeorm-options';

describe("the API's connection pool", () => {
  let silent: Server;
  const sockets: Socket[] = [];

  // A server that accepts connections and never says a word, like a host behind a network that drops packets.
  beforeAll(async () => {
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('gives up on a database that does not answer within a second, as unavailable', async () => {
    const { port } = silent.address() as { port: number };
    const url = `postgres://app:secret@127.0.0.1:${port}/prgauge`;
    // TypeORM hands `extra` to node-postgres's Pool as it is.
    const { extra } = typeOrmOptions(url) as { extra: PoolConfig };
    const pool = new Pool({ ...extra, connectionString: url });
    const started = Date.now();
    const error: unknown = await pool.query('SELECT 1').then(
      () => new Error('a server that never answers answered'),
      (failure: unknown) => failure,
    );
    const elapsed = Date.now() - started;
    await pool.end();

    expect(databaseUnavailability(error)).toMatchObject({ code: 'service.database_unavailable' });
    expect(elapsed).toBeLessThan(1000);
  });
});
