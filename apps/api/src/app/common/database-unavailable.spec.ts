import { NotFoundException } from '@nestjs/common';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { databaseUnavailability } from './database-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('databaseUnavailability', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    [
      'a refused connection on every address',
      new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'connect failed'),
    ],
    [
      'a server shutting down (57P01)',
      failedQuery(withCode('terminating connection due to administrator command', '57P01')),
    ],
    ['a server starting or stopping (57P03)', withCode('the database system is shutting down', '57P03')],
    ['a connection exception (08006)', withCode('connection failure', '08006')],
    ['a connection lost mid-query', failedQuery(new Error('Connection terminated unexpectedly'))],
    ['a connection that timed out', new Error('Connection terminated due to connection timeout')],
    ['a connection that took too long to open', new Error('timeout expired')],
    ['a transaction whose connection was lost', new QueryRunnerAlreadyReleasedError()],
    [
      'a socket error given as a cause',
      new Error('query failed', { cause: withCode('read ECONNRESET', 'ECONNRESET') }),
    ],
  ])('answers service.database_unavailable for %s', (_, error) => {
    expect(databaseUnavailability(error)).toEqual({
      code: 'service.database_unavailable',
      retryAfter: 5,
    });
  });

  it.each([
    ['no free connection in the pool', new Error('timeout exceeded when trying to connect')],
    ['a server out of connection slots (53300)', withCode('sorry, too many clients already', '53300')],
  ])('answers service.busy for %s', (_, error) => {
    expect(databaseUnavailability(error)).toMatchObject({ code: 'service.busy', retryAfter: 1 });
  });

  it.each([
    ['a unique violation', failedQuery(withCode('duplicate key value violates unique constraint', '23505'))],
    ['a refusal by the API', new NotFoundException('Cycle not found')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['something that is not an error', 'Connection terminated'],
  ])('leaves %s alone', (_, error) => {
    expect(databaseUnavailability(error)).toBeUndefined();
  });

  it('stops on an error that wraps itself', () => {
    const error = new Error('loop') as Error & { cause?: unknown };
    error.cause = error;
    expect(databaseUnavailability(error)).toBeUndefined();
  });
});
