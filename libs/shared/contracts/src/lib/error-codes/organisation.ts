/** Refusals of regions, peer groups, agencies and committees. */
export const ORGANISATION_ERRORS = {
  /** 400: a committee member is an account (`userId`) or an outside person (`personName`): exactly one of them. */
  'committee.member_account_or_person':
    'Give either an account or the name of an outside person: exactly one of the two',
  /** 400: the account sits on the committee already; `details` name `userId` (`field.taken`). */
  'committee.already_member': 'This account sits on the committee already',
} as const;
