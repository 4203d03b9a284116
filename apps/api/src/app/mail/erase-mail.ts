import type { EntityManager } from 'typeorm';

/**
 * Erases, inside the caller's transaction, every message to these addresses that went to no account (an
 * applicant's receipt and decisions): their address and words are personal data. A message still queued is
 * erased too and so never sent. Addresses compare without regard to case. Returns how many were erased.
 */
export async function eraseMailToAddresses(
  manager: EntityManager,
  addresses: readonly string[],
): Promise<number> {
  const wanted = [...new Set(addresses.map((a) => a.toLowerCase()))];
  if (wanted.length === 0) return 0;
  const rows: { id: string }[] = await manager.query(
    `DELETE FROM mail_message WHERE account_id IS NULL AND lower(to_address) = ANY($1::text[]) RETURNING id`,
    [wanted],
  );
  return rows.length;
}
