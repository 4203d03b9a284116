/** Refusals of outgoing mail's routes (issue 19). */
export const MAIL_ERRORS = {
  /** 400 from `POST /api/mail/unsubscribe`: the token is not one the product signed, or its message is gone. */
  'mail.unsubscribe_invalid': 'This unsubscribe link is not valid: use the link of a message you received',
} as const;
