import {
  type CreateTrainingEventRequest,
  LIMITS,
  type Trainer,
  type TrainingAudience,
  type TrainingEventView,
  type TrainingFormat,
} from '@prgauge/contracts';

/** The event form's fields as typed: numbers may still be empty. */
export interface EventFormValue {
  title: string;
  topicId: string;
  format: TrainingFormat;
  committeeId: string;
  programmeId: string;
  startDate: string;
  endDate: string;
  location: string;
  trainers: Trainer[];
  plannedHours: number | null;
  audiences: TrainingAudience[];
  invited: number | null;
}

/** Translation keys of what keeps the form from being saved. */
export type EventFormProblem = 'title' | 'topic' | 'dates' | 'endBeforeStart' | 'hours' | 'audiences';

/** An empty form for a new event, or the form of an existing one. */
export function formValueOf(event?: TrainingEventView | null): EventFormValue {
  return {
    title: event?.title ?? '',
    topicId: event?.topicId ?? '',
    format: event?.format ?? 'seminar',
    committeeId: event?.committeeId ?? '',
    programmeId: event?.programmeId ?? '',
    startDate: event?.startDate ?? '',
    endDate: event?.endDate ?? '',
    location: event?.location ?? '',
    trainers: event?.trainers.map((t) => ({ ...t })) ?? [],
    plannedHours: event?.plannedHours ?? null,
    audiences: event ? [...event.audiences] : ['pr_staff'],
    invited: event?.invited ?? null,
  };
}

/** What the API would refuse, found before sending; days compare as text because they are `YYYY-MM-DD`. */
export function eventFormProblems(value: EventFormValue): EventFormProblem[] {
  const problems: EventFormProblem[] = [];
  const title = value.title.trim().length;
  if (title < LIMITS.trainingEventTitle.min || title > LIMITS.trainingEventTitle.max) problems.push('title');
  if (!value.topicId) problems.push('topic');
  if (!value.startDate || !value.endDate) problems.push('dates');
  else if (value.endDate < value.startDate) problems.push('endBeforeStart');
  const hours = value.plannedHours;
  if (hours === null || hours < LIMITS.plannedHours.min || hours > LIMITS.plannedHours.max)
    problems.push('hours');
  if (value.audiences.length === 0) problems.push('audiences');
  return problems;
}

/** The request body: empty choices become null and trainers without a name are dropped. */
export function eventInputOf(value: EventFormValue): CreateTrainingEventRequest {
  return {
    title: value.title.trim(),
    topicId: value.topicId,
    format: value.format,
    committeeId: value.committeeId || null,
    programmeId: value.programmeId || null,
    startDate: value.startDate,
    endDate: value.endDate,
    location: value.location.trim() || null,
    trainers: value.trainers
      .filter((t) => t.name.trim())
      .map((t) => ({ name: t.name.trim(), affiliation: t.affiliation?.trim() || null })),
    plannedHours: value.plannedHours ?? 0,
    audiences: value.audiences,
    invited: value.invited,
  };
}
