import type { CreatePeerGroupRequest, PeerGroupView } from '@prgauge/contracts';
import type { FieldProblems } from '../shared/field-problems';
import { localizedTextOf, nameInputsOf, nameProblems, type NameInputs } from '../shared/localized-name';

/** A peer group code as the API takes it: lower-case letters, digits or dashes, at most 63. */
export const PEER_GROUP_CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;

export interface PeerGroupFormValue {
  code: string;
  name: NameInputs;
}

export function peerGroupFormValueOf(group: PeerGroupView | null): PeerGroupFormValue {
  return { code: group?.code ?? '', name: nameInputsOf(group?.name ?? null) };
}

/** What the API would refuse, as translation keys by field; a rename checks the name only. */
export function peerGroupProblems(value: PeerGroupFormValue, isNew: boolean): FieldProblems {
  const problems: FieldProblems = {};
  if (isNew && !PEER_GROUP_CODE.test(value.code)) problems['code'] = ['org.problem.peerGroupCode'];
  const name = nameProblems(value.name);
  if (name.length) problems['name'] = name;
  return problems;
}

export function createPeerGroupRequestOf(value: PeerGroupFormValue): CreatePeerGroupRequest {
  return { code: value.code, name: localizedTextOf(value.name) };
}
