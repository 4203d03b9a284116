export { SubmissionsApi } from './lib/submissions.api';
export type { UploadEvent } from './lib/submissions.api';
export { ValueImportApi } from './lib/value-import.api';
