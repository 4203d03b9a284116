import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { LIMITS, TRAINING_AUDIENCES, type AttendanceView, type TrainingAudience } from '@prgauge/contracts';
import { LocaleStore, LocalizedPipe, LocalNumberPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { readRefusal } from '@prgauge/dashboard-shared-data-access';
import { inputChecked, inputValue, ReadFailed } from '@prgauge/dashboard-shared-ui';
import { TrainingLookups } from '@prgauge/dashboard-training-data-access';
import { readTypedNumber, typedNumberText } from '../shared/typed-number';
import { participantsMatching } from './participant-search';
import { RegisterStore } from './register.store';

interface DraftRow {
  participantName: string;
  agencyId: string;
  outlet: string;
  audience: TrainingAudience;
  attended: boolean;
  hours: string;
}

const EMPTY_DRAFT: DraftRow = {
  participantName: '',
  agencyId: '',
  outlet: '',
  audience: 'pr_staff',
  attended: true,
  hours: '',
};

/**
 * The attendance register with every cell editable in place, narrowed by a search on participant, outlet or
 * agency as people type it. The last line adds a participant: Enter saves
 * it and puts the cursor back in the name field, so a paper list can be typed in without the mouse.
 */
@Component({
  selector: 'pr-register-table',
  imports: [MatButtonModule, MatIconModule, ReadFailed, TranslatePipe, LocalizedPipe, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register-table.html',
  styleUrl: './register-table.scss',
})
export class RegisterTable {
  protected readonly inputChecked = inputChecked;
  protected readonly inputValue = inputValue;
  readonly editable = input(false);

  protected readonly store = inject(RegisterStore);
  protected readonly lookups = inject(TrainingLookups);
  /** Without the agencies each participant's agency would read as "outside". */
  protected readonly agenciesRefusal = readRefusal(this.lookups.agencies);
  private readonly locales = inject(LocaleStore);
  protected readonly audiences = TRAINING_AUDIENCES;

  /** The audience picked in a row's select; its options are {@link TRAINING_AUDIENCES}, so another value is a bug. */
  protected audienceOf(event: Event): TrainingAudience {
    const picked = inputValue(event);
    const audience = TRAINING_AUDIENCES.find((a) => a === picked);
    if (!audience) throw new TypeError(`Not a training audience: ${picked}`);
    return audience;
  }
  protected readonly draft = signal<DraftRow>({ ...EMPTY_DRAFT });
  protected readonly draftHoursInvalid = computed(() => Number.isNaN(readTypedNumber(this.draft().hours)));
  protected readonly plannedText = computed(() =>
    typedNumberText(this.locales.locale(), this.store.event()?.plannedHours),
  );
  /** What the search box holds; the rows shown follow it as it is typed. */
  protected readonly search = signal('');
  protected readonly shownRows = computed(() =>
    participantsMatching(this.store.rows(), this.search(), (id) => {
      const agency = this.lookups.agency(id);
      return agency ? [agency.code, ...Object.values(agency.name).filter((n): n is string => !!n)] : [];
    }),
  );
  private readonly nameInput = viewChild<ElementRef<HTMLInputElement>>('draftName');

  protected hoursText(row: AttendanceView): string {
    return typedNumberText(this.locales.locale(), row.hours);
  }

  protected agencyLabel(row: AttendanceView): string {
    const agency = this.lookups.agency(row.agencyId);
    return agency ? agency.code : (row.outlet ?? '—');
  }

  protected patchDraft(change: Partial<DraftRow>): void {
    this.draft.update((d) => ({ ...d, ...change }));
  }

  protected editName(row: AttendanceView, text: string): void {
    const name = text.trim();
    if (name.length >= LIMITS.personName.min && name !== row.participantName)
      void this.store.edit(row, { participantName: name });
  }

  protected editAgency(row: AttendanceView, agencyId: string): void {
    void this.store.edit(row, { agencyId: agencyId || null, ...(agencyId ? { outlet: null } : {}) });
  }

  protected editHours(row: AttendanceView, input: HTMLInputElement): void {
    const hours = readTypedNumber(input.value);
    const planned = this.store.event()?.plannedHours ?? Infinity;
    if (hours === null || Number.isNaN(hours) || hours > planned) {
      input.value = this.hoursText(row);
      return;
    }
    if (hours !== row.hours) void this.store.edit(row, { hours });
  }

  /** Enter in any field of the last line adds the participant. */
  protected async addDraft(): Promise<void> {
    const d = this.draft();
    const hours = readTypedNumber(d.hours);
    if (d.participantName.trim().length < LIMITS.personName.min || Number.isNaN(hours)) {
      this.store.addProblems.set([]);
      this.nameInput()?.nativeElement.focus();
      return;
    }
    const added = await this.store.add({
      participantName: d.participantName.trim(),
      agencyId: d.agencyId || null,
      outlet: d.agencyId ? null : d.outlet.trim() || null,
      audience: d.audience,
      attended: d.attended,
      ...(hours === null ? {} : { hours }),
    });
    if (!added) return;
    // The next participant is most often from the same audience and agency, so those stay.
    this.draft.set({ ...EMPTY_DRAFT, agencyId: d.agencyId, audience: d.audience });
    this.nameInput()?.nativeElement.focus();
  }
}
