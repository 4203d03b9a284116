export { ResultsApi } from './lib/results.api';
export { ReportsApi, pdfRefusal, type PdfRefusal, type PdfReportOptions } from './lib/reports.api';
