import { escapeHtml } from '../reports/report-format';
import type { Locale } from '@prgauge/contracts';
import { MAIL_FOOTER_TEXTS } from './mail-footer-texts';

/**
 * What a message says, already in the reader's words (notifications/ renders it: `renderNotification`): one line
 * of title (the subject), paragraphs, listed items with the dashboard path each names, the label of the link to
 * the thing, and the reader's language and its direction.
 */
export interface MailNote {
  title: string;
  body: string[];
  items: { text: string; link: string | null }[];
  action: string | null;
  locale: Locale;
  dir: 'ltr' | 'rtl';
}

/** An email's three parts. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** Who a message goes to, which decides its footer. */
export type MailReader =
  /** An account, with the page that turns this kind's email off for it. */
  | { kind: 'account'; unsubscribeUrl: string }
  /** An address without an account (an applicant). */
  | { kind: 'address' }
  /** Someone who asked for this message (a password reset): it cannot be turned off. */
  | { kind: 'requested' };

/** Where the parts of a message point. */
export interface MailLinks {
  /** The product's address (`PUBLIC_URL`, no trailing slash): dashboard paths in the message are made absolute on it. */
  publicUrl: string;
  /** The dashboard path of the thing (`/cycles/…`), or null. */
  link: string | null;
  reader: MailReader;
}

const ACCENT = '#1f4e8c';
const MUTED = '#5f6b7a';

/**
 * A notification as an email: the subject, a plain-text part, and an HTML part laid out for mail clients (inline
 * styles only, no images, fonts or scripts from elsewhere), right to left for Persian. Items are listed with their
 * links, the thing's link is a button, and the footer says, in the reader's language, why they got it and how to
 * turn this kind off.
 */
export function mailLayout(note: MailNote, links: MailLinks): MailContent {
  const absolute = (path: string | null) => (path ? absoluteUrl(links.publicUrl, path) : null);
  const link = absolute(links.link);
  const items = note.items.map((item) => ({ text: item.text, link: absolute(item.link) }));
  const footer = footerOf(note, links.reader);
  const text = [
    ...note.body,
    ...(items.length ? [''] : []),
    ...items.map((item) => `- ${item.text}${item.link ? `\n  ${item.link}` : ''}`),
    ...(link ? ['', `${note.action ?? ''}: ${link}`.replace(/^: /, '')] : []),
    '',
    '--',
    ...footer.lines,
    ...(footer.unsubscribe ? [`${footer.unsubscribe.label}: ${footer.unsubscribe.url}`] : []),
  ].join('\n');
  return { subject: note.title, text, html: htmlOf(note, items, link, footer) };
}

/** `path` on `publicUrl`, unless it is already absolute. */
export function absoluteUrl(publicUrl: string, path: string): string {
  return /^https?:\/\//i.test(path) ? path : `${publicUrl}${path.startsWith('/') ? '' : '/'}${path}`;
}

interface Footer {
  lines: string[];
  unsubscribe: { label: string; url: string } | null;
}

function footerOf(note: MailNote, reader: MailReader): Footer {
  const texts = MAIL_FOOTER_TEXTS[note.locale];
  switch (reader.kind) {
    case 'account':
      return {
        lines: [texts.account, texts.settings],
        unsubscribe: { label: texts.unsubscribe, url: reader.unsubscribeUrl },
      };
    case 'address':
      return { lines: [texts.address], unsubscribe: null };
    case 'requested':
      return { lines: [texts.requested], unsubscribe: null };
  }
}

function htmlOf(
  note: MailNote,
  items: { text: string; link: string | null }[],
  link: string | null,
  footer: Footer,
): string {
  const align = note.dir === 'rtl' ? 'right' : 'left';
  const font =
    note.dir === 'rtl' ? 'Tahoma, Vazirmatn, "Segoe UI", Arial, sans-serif' : '"Segoe UI", Arial, sans-serif';
  const p = (line: string, style = '') => `<p style="margin:0 0 12px;${style}">${escapeHtml(line)}</p>`;
  const anchor = (href: string, label: string, style = '') =>
    `<a href="${escapeHtml(href)}" style="color:${ACCENT};${style}">${escapeHtml(label)}</a>`;
  const list = items.length
    ? `<ul style="margin:0 0 16px;padding-inline-start:20px;padding-${align}:20px;">${items
        .map(
          (item) =>
            `<li style="margin:0 0 8px;">${item.link ? anchor(item.link, item.text) : escapeHtml(item.text)}</li>`,
        )
        .join('')}</ul>`
    : '';
  const button = link
    ? `<p style="margin:20px 0;">${anchor(
        link,
        note.action ?? link,
        `display:inline-block;padding:10px 20px;background:${ACCENT};color:#ffffff;` +
          'border-radius:6px;text-decoration:none;font-weight:600;',
      )}</p>`
    : '';
  const small = `font-size:12px;line-height:1.5;color:${MUTED};`;
  const unsubscribe = footer.unsubscribe
    ? `<p style="margin:0;${small}">${anchor(footer.unsubscribe.url, footer.unsubscribe.label)}</p>`
    : '';
  return [
    `<!doctype html><html lang="${note.locale}" dir="${note.dir}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(note.title)}</title></head>`,
    `<body dir="${note.dir}" style="margin:0;padding:0;background:#f3f5f8;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f8;">`,
    `<tr><td align="center" style="padding:24px 12px;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" dir="${note.dir}" `,
    `style="max-width:600px;background:#ffffff;border-radius:8px;border:1px solid #dde3ea;`,
    `font-family:${font};font-size:15px;line-height:1.6;color:#1d2733;text-align:${align};">`,
    `<tr><td style="padding:16px 24px;border-bottom:3px solid ${ACCENT};font-weight:700;color:${ACCENT};">`,
    'PR Gauge</td></tr>',
    `<tr><td style="padding:24px;">`,
    `<h1 style="margin:0 0 16px;font-size:20px;line-height:1.4;">${escapeHtml(note.title)}</h1>`,
    ...note.body.map((line) => p(line)),
    list,
    button,
    '</td></tr>',
    `<tr><td style="padding:16px 24px;border-top:1px solid #dde3ea;">`,
    ...footer.lines.map((line) => p(line, small)),
    unsubscribe,
    '</td></tr></table></td></tr></table></body></html>',
  ].join('');
}
