import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type { Locale, PeerGroupView } from '@prgauge/contracts';
import { OrganisationAdminApi } from '@prgauge/dashboard-organisation-data-access';
import { apiProblemOf, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { FieldErrors, inputValue } from '@prgauge/dashboard-shared-ui';
import {
  failureOf,
  serverFieldProblems,
  withoutFields,
  type Failure,
  type FieldProblems,
} from '../shared/field-problems';
import { localizedTextOf } from '../shared/localized-name';
import { LocalizedFields } from '@prgauge/dashboard-shared-ui';
import {
  createPeerGroupRequestOf,
  peerGroupFormValueOf,
  peerGroupProblems,
  type PeerGroupFormValue,
} from './peer-group-model';

/** What the form is doing: adding a group, renaming one (by id), or nothing. */
type Editing = { kind: 'new' } | { kind: 'rename'; group: PeerGroupView } | null;

/** A region's peer groups: listed for everyone who reads the region; added, renamed and removed by its managers. */
@Component({
  selector: 'pr-peer-groups',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    LocalizedPipe,
    TranslatePipe,
    FieldErrors,
    LocalizedFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './peer-groups.html',
  styleUrl: './peer-groups.scss',
})
export class PeerGroups {
  protected readonly inputValue = inputValue;
  readonly regionId = input.required<string>();

  private readonly api = inject(OrganisationAdminApi);
  private readonly session = inject(SessionStore);
  private readonly refusals = inject(RefusalText);

  protected readonly groups = resource({
    params: () => this.regionId(),
    loader: ({ params }) => this.api.peerGroups(params),
  });
  protected readonly mayManage = computed(() =>
    this.session.can('peer_group.manage', { regionId: this.regionId() }),
  );

  protected readonly editing = signal<Editing>(null);
  protected readonly value = signal<PeerGroupFormValue>(peerGroupFormValueOf(null));
  protected readonly tried = signal(false);
  protected readonly busy = signal(false);
  protected readonly serverProblems = signal<FieldProblems>({});
  protected readonly failure = signal<Failure | null>(null);
  /** The group whose removal waits for a second click. */
  protected readonly confirming = signal<string | null>(null);

  private readonly ownProblems = computed(() =>
    peerGroupProblems(this.value(), this.editing()?.kind === 'new'),
  );
  protected readonly problems = computed<FieldProblems>(() => ({
    ...(this.tried() ? this.ownProblems() : {}),
    ...this.serverProblems(),
  }));

  protected start(editing: Editing): void {
    this.editing.set(editing);
    this.value.set(peerGroupFormValueOf(editing?.kind === 'rename' ? editing.group : null));
    this.tried.set(false);
    this.serverProblems.set({});
    this.failure.set(null);
  }

  protected patch(change: Partial<PeerGroupFormValue>): void {
    this.value.update((v) => ({ ...v, ...change }));
    this.serverProblems.update((p) => withoutFields(p, Object.keys(change)));
  }

  protected setName(locale: Locale, text: string): void {
    this.patch({ name: { ...this.value().name, [locale]: text } });
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    this.tried.set(true);
    if (!editing || Object.keys(this.ownProblems()).length) return;
    await this.run(() =>
      editing.kind === 'new'
        ? this.api.addPeerGroup(this.regionId(), createPeerGroupRequestOf(this.value()))
        : this.api.renamePeerGroup(this.regionId(), editing.group.id, localizedTextOf(this.value().name)),
    );
  }

  protected async remove(group: PeerGroupView): Promise<void> {
    if (this.confirming() !== group.id) {
      this.confirming.set(group.id);
      return;
    }
    this.confirming.set(null);
    await this.run(() => this.api.removePeerGroup(this.regionId(), group.id));
  }

  /** Sends one change; on success closes the form and reloads, on refusal shows it beside the fields. */
  private async run(change: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      await change();
      this.start(null);
      this.groups.reload();
    } catch (error) {
      const problem = apiProblemOf(error);
      this.serverProblems.set(serverFieldProblems(problem, this.refusals));
      this.failure.set(failureOf(problem, this.refusals));
    } finally {
      this.busy.set(false);
    }
  }
}
