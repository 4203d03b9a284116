import type { TrainingEventView, TrainingReport, TrainingTopicView } from '@prgauge/contracts';
import type { Caller } from './fixtures';

/** Training steps through the API only, as a director or committee member takes them. */
export function trainingApi(caller: Caller) {
  const ok = async <T>(status: number, response: Promise<{ statusCode: number; body: string }>) => {
    const done = await response;
    expect([done.statusCode, done.body]).toEqual([status, expect.any(String)]);
    return JSON.parse(done.body) as T;
  };
  return {
    /** The id of one of the region's topics by its code. */
    async topicId(code: string): Promise<string> {
      const topics = await ok<TrainingTopicView[]>(
        200,
        caller({ method: 'GET', url: '/api/training/topics' }),
      );
      const topic = topics.find((t) => t.code === code);
      if (!topic) throw new Error(`no topic ${code}`);
      return topic.id;
    },
    createEvent: (payload: Record<string, unknown>) =>
      ok<TrainingEventView>(201, caller({ method: 'POST', url: '/api/training/events', payload })),
    importCsv: (eventId: string, csv: string) =>
      ok<{ created: number }>(
        201,
        caller({
          method: 'POST',
          url: `/api/training/events/${eventId}/attendance/import`,
          payload: csv,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
    report: (query: string) =>
      ok<TrainingReport>(200, caller({ method: 'GET', url: `/api/training/reports?${query}` })),
  };
}
