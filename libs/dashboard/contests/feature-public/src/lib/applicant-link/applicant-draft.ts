import type {
  ApplicantApplicationView,
  ApplicationAuthor,
  UpdateApplicationByLinkRequest,
} from '@prgauge/contracts';

/** What the applicant edits through the private link, as the form holds it. */
export interface ApplicantDraft {
  authors: ApplicationAuthor[];
  organisations: string[];
  projectTitle: string;
  description: string;
}

/** The form's starting point: the application as the link shows it. */
export function draftOf(view: ApplicantApplicationView): ApplicantDraft {
  const a = view.application;
  return {
    authors: a.authors.map((x) => ({ ...x })),
    organisations: [...a.organisations],
    projectTitle: a.projectTitle,
    description: a.description,
  };
}

/** The edit to send, at the version the page last read; blank rows the applicant added are left out. */
export function editOf(draft: ApplicantDraft, version: number): UpdateApplicationByLinkRequest {
  return {
    version,
    authors: draft.authors.filter((a) => a.name.trim() || a.position.trim()),
    organisations: draft.organisations.filter((o) => o.trim()),
    projectTitle: draft.projectTitle,
    description: draft.description,
  };
}
