import { MigrationInterface, QueryRunner } from 'typeorm';

const TOPICS = [
  [
    'protocol_etiquette',
    'Протокол и этикет',
    'Хаттама және әдеп',
    'تشریفات و آداب',
    'Protocol and etiquette',
  ],
  ['news_writing', 'Написание новостей', 'Жаңалық жазу', 'خبرنویسی', 'News writing'],
  ['social_media', 'Социальные сети', 'Әлеуметтік желілер', 'شبکه‌های اجتماعی', 'Social media'],
  [
    'crisis_communication',
    'Кризисные коммуникации',
    'Дағдарыстық коммуникация',
    'ارتباطات بحران',
    'Crisis communication',
  ],
  ['photo_video', 'Фото и видео', 'Фото және бейне', 'عکس و فیلم', 'Photo and video'],
  ['media_law', 'Медиаправо', 'Медиа құқығы', 'حقوق رسانه', 'Media law'],
  ['other', 'Другое', 'Басқа', 'سایر', 'Other'],
];

/** Committees with their members and review duties, and training: topics, programmes, events and registers. */
export class AddCommitteesAndTraining20261201090000 implements MigrationInterface {
  name = 'AddCommitteesAndTraining20261201090000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE user_role ADD VALUE IF NOT EXISTS 'committee_member'`);
    // A new enum value cannot be used in the transaction that adds it, so the scope rule compares text.
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT user_scope`);
    await q.query(`
      ALTER TABLE app_user ADD CONSTRAINT user_scope CHECK (
        (role::text = 'admin' AND region_id IS NULL AND agency_id IS NULL)
        OR (role::text IN ('director', 'evaluator', 'viewer', 'committee_member') AND region_id IS NOT NULL AND agency_id IS NULL)
        OR (role::text = 'agency_editor' AND region_id IS NOT NULL AND agency_id IS NOT NULL)
      )`);

    await q.query(`
      CREATE TABLE committee (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('media_relations', 'welfare_cooperation', 'training', 'opinion_polling', 'performance_evaluation', 'custom')),
        name jsonb NOT NULL,
        chair text,
        indices text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX committee_region ON committee (region_id, kind)`);
    await q.query(`
      CREATE TABLE committee_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        committee_id uuid NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
        user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
        person_name text,
        affiliation text,
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('chair', 'deputy', 'secretary', 'member')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT committee_member_who CHECK ((user_id IS NULL) <> (person_name IS NULL)),
        UNIQUE (committee_id, user_id)
      )`);
    await q.query(`CREATE INDEX committee_member_user ON committee_member (user_id)`);

    await q.query(`
      CREATE TABLE training_topic (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE CASCADE,
        code text NOT NULL,
        name jsonb NOT NULL,
        active boolean NOT NULL DEFAULT true,
        UNIQUE (region_id, code)
      )`);
    // Every region, present and future, starts with the standard topics.
    const values = TOPICS.map(
      ([code, ru, kk, fa, en]) =>
        `('${code}', jsonb_build_object('ru', '${ru}', 'kk', '${kk}', 'fa', '${fa}', 'en', '${en}'))`,
    ).join(', ');
    await q.query(`
      CREATE FUNCTION seed_training_topics() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO training_topic (region_id, code, name)
        SELECT NEW.id, t.code, t.name FROM (VALUES ${values}) AS t(code, name);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER region_training_topics AFTER INSERT ON region
      FOR EACH ROW EXECUTE FUNCTION seed_training_topics()`);
    await q.query(`
      INSERT INTO training_topic (region_id, code, name)
      SELECT r.id, t.code, t.name FROM region r CROSS JOIN (VALUES ${values}) AS t(code, name)`);

    await q.query(`
      CREATE TABLE training_programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name jsonb NOT NULL,
        description text,
        start_date date NOT NULL,
        end_date date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT training_programme_dates CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`
      CREATE TABLE training_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE CASCADE,
        title text NOT NULL,
        topic_id uuid NOT NULL REFERENCES training_topic(id),
        format text NOT NULL CHECK (format IN ('seminar', 'course', 'webinar')),
        committee_id uuid REFERENCES committee(id) ON DELETE SET NULL,
        programme_id uuid REFERENCES training_programme(id) ON DELETE SET NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        location text,
        trainers jsonb NOT NULL DEFAULT '[]',
        planned_hours numeric(6, 2) NOT NULL CHECK (planned_hours > 0),
        audiences text[] NOT NULL DEFAULT '{}'
          CHECK (audiences <@ ARRAY['pr_staff', 'journalists_media', 'drivers_protocol', 'deputies_officials', 'other']),
        invited integer CHECK (invited >= 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT training_event_dates CHECK (end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX training_event_region_start ON training_event (region_id, start_date)`);
    await q.query(`CREATE INDEX training_event_programme ON training_event (programme_id)`);
    await q.query(`
      CREATE TABLE attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES training_event(id) ON DELETE CASCADE,
        participant_name text NOT NULL,
        agency_id uuid REFERENCES agency(id) ON DELETE SET NULL,
        outlet text,
        audience text NOT NULL
          CHECK (audience IN ('pr_staff', 'journalists_media', 'drivers_protocol', 'deputies_officials', 'other')),
        attended boolean NOT NULL DEFAULT true,
        hours numeric(6, 2) NOT NULL CHECK (hours >= 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX attendance_event ON attendance (event_id)`);
    await q.query(`CREATE INDEX attendance_agency ON attendance (agency_id) WHERE attended`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'attendance',
      'training_event',
      'training_programme',
      'training_topic',
      'committee_member',
      'committee',
    ])
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    await q.query('DROP TRIGGER IF EXISTS region_training_topics ON region');
    await q.query('DROP FUNCTION IF EXISTS seed_training_topics');
    await q.query(`DELETE FROM app_user WHERE role::text = 'committee_member'`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT user_scope`);
    await q.query(`
      ALTER TABLE app_user ADD CONSTRAINT user_scope CHECK (
        (role = 'admin' AND region_id IS NULL AND agency_id IS NULL)
        OR (role IN ('director', 'evaluator', 'viewer') AND region_id IS NOT NULL AND agency_id IS NULL)
        OR (role = 'agency_editor' AND region_id IS NOT NULL AND agency_id IS NOT NULL)
      )`);
    // PostgreSQL cannot drop one value of an enum; committee_member stays in user_role, unused.
  }
}
