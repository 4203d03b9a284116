import { Injectable } from '@nestjs/common';

/**
 * The one source of the current time in the API. Services ask it instead of calling `new Date()`, and SQL
 * gets its reading as a parameter instead of calling `now()`, so that tests can set the time (see
 * `test/support/clock.ts`) and a deadline is judged against the same instant everywhere in a request.
 */
@Injectable()
export class Clock {
  /** The current instant. */
  now(): Date {
    return new Date();
  }
}
