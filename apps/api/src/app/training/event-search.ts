import { EventSubscriber } from 'typeorm';
import { SearchColumnSubscriber } from '../common/search-column';
import { TrainingEvent } from './training-event.entity';

/** What a training event is found by: its title, its place and its trainers' names and affiliations. */
export const eventSearchTexts = (
  event: Pick<TrainingEvent, 'title' | 'location' | 'trainers'>,
): (string | null)[] => [
  event.title,
  event.location,
  ...(event.trainers ?? []).flatMap((t) => [t.name, t.affiliation]),
];

/** Keeps `training_event.title_search` in step with the title, place and trainers. */
@EventSubscriber()
export class EventSearchSubscriber extends SearchColumnSubscriber<TrainingEvent> {
  protected readonly entity = TrainingEvent;
  protected readonly column = 'titleSearch';
  protected readonly sources = ['title', 'location', 'trainers'] as const;
  protected texts(event: TrainingEvent): (string | null)[] {
    return eventSearchTexts(event);
  }
}
