import { MigrationInterface, QueryRunner } from 'typeorm';

/** Hits of anonymous forms per hashed address, for limits that hold across API instances. */
export class AddAddressLimits20261220100000 implements MigrationInterface {
  name = 'AddAddressLimits20261220100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE address_hit (
        id bigserial PRIMARY KEY,
        bucket text NOT NULL,
        address_hash text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX address_hit_bucket_address_at ON address_hit (bucket, address_hash, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE address_hit`);
  }
}
