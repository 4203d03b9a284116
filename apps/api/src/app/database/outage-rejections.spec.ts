import { EventEmitter } from 'node:events';
import { surviveDatabaseOutageRejections } from './outage-rejections';

/** A rejection as pg-boss's unawaited `fail` gives when PostgreSQL shuts down under it (SQLSTATE 57P01). */
const adminShutdown = Object.assign(new Error('terminating connection due to administrator command'), {
  code: '57P01',
  severity: 'FATAL',
});

describe('surviveDatabaseOutageRejections', () => {
  const setUp = () => {
    const target = new EventEmitter();
    const warnings: string[] = [];
    surviveDatabaseOutageRejections((m) => warnings.push(m), target as unknown as NodeJS.Process);
    return { target, warnings };
  };

  it('logs a rejection of a database that went away, and lets the process live', () => {
    const { target, warnings } = setUp();
    expect(() => target.emit('unhandledRejection', adminShutdown)).not.toThrow();
    expect(() =>
      target.emit(
        'unhandledRejection',
        Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      ),
    ).not.toThrow();
    expect(warnings).toEqual([
      'a database call nobody awaited failed while the database was unavailable: terminating connection due to administrator command',
      'a database call nobody awaited failed while the database was unavailable: connect ECONNREFUSED',
    ]);
  });

  it('throws any other rejection again, so that a real fault still ends the process', () => {
    const { target, warnings } = setUp();
    expect(() => target.emit('unhandledRejection', new TypeError('x is undefined'))).toThrow(
      'x is undefined',
    );
    expect(warnings).toEqual([]);
  });
});
