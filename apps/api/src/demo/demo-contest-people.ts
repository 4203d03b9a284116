import type { Role } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import type { Agency } from '../app/agencies/agency.entity';
import { User } from '../app/users/user.entity';
import { demoEmail } from './demo-region';

const FIRST_NAMES = [
  'Али',
  'Мохаммад',
  'Реза',
  'Хасан',
  'Мехди',
  'Амир',
  'Саид',
  'Маджид',
  'Насер',
  'Хамид',
  'Фатеме',
  'Захра',
  'Марьям',
  'Сара',
  'Наргес',
  'Лейла',
  'Мина',
  'Париса',
  'Ширин',
  'Нахид',
];
const SURNAMES = [
  'Ахмади',
  'Хоссейни',
  'Резаи',
  'Мохаммади',
  'Карими',
  'Садеги',
  'Рахими',
  'Мусави',
  'Джафари',
  'Каземи',
  'Насири',
  'Амини',
  'Хейдари',
  'Ширази',
  'Табризи',
  'Бахрами',
  'Сохраби',
  'Мортазави',
  'Эбрахими',
  'Толуи',
];

export interface DemoPerson {
  name: string;
  organisation: string;
  agencyId: string;
}

/**
 * `count` different people (name and agency), drawn with `random`; the people listed first in `fixed` come
 * first, so that a contest's stars are who the story says.
 */
export function demoPeople(
  count: number,
  agencies: Agency[],
  random: () => number,
  fixed: DemoPerson[] = [],
): DemoPerson[] {
  const people = [...fixed];
  const seen = new Set(people.map((p) => `${p.name}|${p.agencyId}`));
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  while (people.length < count) {
    const agency = pick(agencies);
    const name = `${pick(FIRST_NAMES)} ${pick(SURNAMES)}`;
    if (seen.has(`${name}|${agency.id}`)) continue;
    seen.add(`${name}|${agency.id}`);
    people.push({ name, organisation: agency.name['ru'] ?? agency.code, agencyId: agency.id });
  }
  return people;
}

/** Accounts for contests: the listed `juror` and `journalist`, and unlisted colleagues so that juries and votes are full. */
export async function createContestAccounts(manager: EntityManager, regionId: string, passwordHash: string) {
  const account = (login: string, displayName: string, role: Role) => ({
    login,
    displayName,
    role,
    email: demoEmail(login),
    passwordHash,
    regionId,
    agencyId: null,
    locale: null,
    active: true,
  });
  const save = (login: string, displayName: string, role: Role) =>
    manager.save(User, account(login, displayName, role));
  const juror = await save('juror', 'Член экспертной комиссии', 'juror');
  const experts = [
    await save('expert2', 'Эксперт: Союз журналистов', 'juror'),
    await save('expert3', 'Эксперт: Общественная палата', 'juror'),
  ];
  const journalist = await save('journalist', 'Журналист областной газеты', 'journalist');
  const reporters = await manager.save(
    User,
    Array.from({ length: 40 }, (_, i) =>
      account(`reporter${String(i + 1).padStart(2, '0')}`, `Корреспондент ${i + 1}`, 'journalist'),
    ),
  );
  return { juror, experts, journalist, reporters };
}

export type ContestAccounts = Awaited<ReturnType<typeof createContestAccounts>>;

export const OUTLETS = [
  'Хорасан-е Джонуби ТВ',
  'Газета «Ава-е Хорасан»',
  'Информагентство IRNA',
  'Радио Бирдженд',
  'Телеграм-канал «Новости Бирдженда»',
  'Блог «Город и люди»',
];
