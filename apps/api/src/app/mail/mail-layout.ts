import { escapeHtml } from '../reports/report-format';
import type { RenderedNotification } from '../notifications/texts/render-notification';

/** An email's three parts. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/**
 * A notification as an email: subject, a plain-text part and an HTML part, right to left for Persian. `link` is
 * the absolute address of the thing (or null), `unsubscribeUrl` the absolute address that turns this kind off.
 */
export function mailLayout(
  note: RenderedNotification,
  link: string | null,
  unsubscribeUrl: string | null,
): MailContent {
  const text = [
    ...note.body,
    ...note.items.map((item) => `- ${item.text}`),
    ...(link ? [`${note.action ?? ''} ${link}`.trim()] : []),
    ...(unsubscribeUrl ? ['', unsubscribeUrl] : []),
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${note.locale}" dir="${note.dir}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(note.title)}</title></head><body>`,
    ...note.body.map((line) => `<p>${escapeHtml(line)}</p>`),
    note.items.length ? `<ul>${note.items.map((i) => `<li>${escapeHtml(i.text)}</li>`).join('')}</ul>` : '',
    link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(note.action ?? link)}</a></p>` : '',
    unsubscribeUrl ? `<p><a href="${escapeHtml(unsubscribeUrl)}">unsubscribe</a></p>` : '',
    '</body></html>',
  ].join('');
  return { subject: note.title, text, html };
}
