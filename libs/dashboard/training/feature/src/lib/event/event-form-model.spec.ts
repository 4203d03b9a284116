import { eventFormProblems, eventInputOf, formValueOf } from './event-form-model';

const filled = () => ({
  ...formValueOf(),
  title: ' News writing ',
  topicId: 'topic-1',
  startDate: '2026-03-12',
  endDate: '2026-03-13',
  plannedHours: 16,
});

describe('event form model', () => {
  it('starts a new event as a seminar for PR staff with nothing else chosen', () => {
    const value = formValueOf();
    expect(value.format).toBe('seminar');
    expect(value.audiences).toEqual(['pr_staff']);
    expect(eventFormProblems(value)).toEqual(['title', 'topic', 'dates', 'hours']);
  });

  it('refuses an event that ends before it starts', () => {
    expect(eventFormProblems({ ...filled(), endDate: '2026-03-11' })).toEqual(['endBeforeStart']);
  });

  it('sends trimmed text, nulls for empty choices and only named trainers', () => {
    const input = eventInputOf({
      ...filled(),
      trainers: [
        { name: ' A. Nurlanova ', affiliation: ' Kazinform ' },
        { name: ' ', affiliation: 'nobody' },
        { name: 'R. Tavakoli', affiliation: '' },
      ],
    });
    expect(input).toMatchObject({
      title: 'News writing',
      committeeId: null,
      programmeId: null,
      location: null,
      plannedHours: 16,
      trainers: [
        { name: 'A. Nurlanova', affiliation: 'Kazinform' },
        { name: 'R. Tavakoli', affiliation: null },
      ],
    });
  });
});
