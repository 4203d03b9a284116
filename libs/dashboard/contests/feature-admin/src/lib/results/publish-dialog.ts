import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { LocalNumberPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';

export interface PublishDialogData {
  title: string;
  winners: number;
}

/** Asks once more before results go public: publication freezes the ranking for good. */
@Component({
  selector: 'pr-publish-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'contestsAdmin.results.confirmTitle' | t }}</h2>
    <mat-dialog-content>
      <p>
        {{
          'contestsAdmin.results.confirmText'
            | t: { title: data.title, winners: (data.winners | localNumber) }
        }}
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">
        {{ 'contestsAdmin.results.cancel' | t }}
      </button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" cdkFocusInitial>
        {{ 'contestsAdmin.results.publish' | t }}
      </button>
    </mat-dialog-actions>
  `,
})
export class PublishDialog {
  protected readonly data = inject<PublishDialogData>(MAT_DIALOG_DATA);
}
