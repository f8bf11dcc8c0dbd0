import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { almatyDateOf } from '@/lib/calendar/local-date';
import type { Db } from '@/db/client';
import {
  employmentOffices,
  officeDistricts,
  providerRegions,
  providerWorkers,
  providers,
  recipients,
  representations,
  users,
  type UserRole,
} from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import { regions } from './data/regions';
import { seedDemoCatalog } from './demo-catalog';
import { seedLastMonthJournal, seedRunningServiceOrders } from './demo-services';
import { loadActor } from '@/lib/auth/actor';
import { allocateOfficeBudget } from '@/lib/ledger/budget';
import { money } from '@/lib/money';
import { withCheckDigit } from './identifiers';

export interface DemoAccount {
  role: UserRole;
  login: string;
  password: string;
  name: string;
  iin?: string;
  bin?: string;
  /** What this demo person shows (for people trying the portal). */
  note: string;
  /** For someone who signs for an organisation: what their certificate names. */
  organisation?: { bin: string; name: string; role: 'first_head' | 'signatory' | 'employee' };
  /** Their SIGN keystore (PKCS#12), its password, and their AUTH keystore (same password). */
  keystore?: string;
  keystorePassword?: string;
  authKeystore?: string;
}

const ASTANA = '710000000';
const KARAGANDA_OBLAST = '350000000';
const AKMOLA_OBLAST = '110000000';

function districtsOf(parent: string): string[] {
  const found = regions.filter((r) => r.parentKato === parent).map((r) => r.kato);
  if (found.length === 0) throw new Error(`seed regions have no districts for ${parent}`);
  return found;
}

function demoPassword(): string {
  return `Qq-${randomBytes(9).toString('base64url')}`;
}

/**
 * Demo data for trying the portal: two offices, three providers (one in two regions), five
 * recipients with different needs and one user per role. Passwords are random per database.
 */
export async function seedDemoData(db: Db, at: Date): Promise<DemoAccount[]> {
  const astanaDistricts = districtsOf(ASTANA);
  const karagandaDistricts = districtsOf(KARAGANDA_OBLAST);
  const district = (list: string[], i: number) => list[i % list.length] as string;
  const accounts: DemoAccount[] = [];

  await db.transaction(async (tx) => {
    const [astanaOffice, karagandaOffice] = await tx
      .insert(employmentOffices)
      .values([
        {
          nameKk: 'Астана қаласының жұмыспен қамту және әлеуметтік бағдарламалар басқармасы',
          nameRu: 'Управление занятости и социальных программ города Астаны',
          nameEn: 'Astana City Department of Employment and Social Programmes',
          regionKato: ASTANA,
          address: 'Астана, пр. Абая, 33',
        },
        {
          nameKk: 'Қарағанды облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы',
          nameRu: 'Управление координации занятости и социальных программ Карагандинской области',
          nameEn: 'Karaganda Region Department of Employment Coordination and Social Programmes',
          regionKato: KARAGANDA_OBLAST,
          address: 'Караганда, ул. Алиханова, 13',
        },
      ])
      .returning({ id: employmentOffices.id });
    if (!astanaOffice || !karagandaOffice) throw new Error('offices not created');
    await tx.insert(officeDistricts).values([
      ...astanaDistricts.map((kato) => ({ kato, officeId: astanaOffice.id })),
      ...karagandaDistricts.map((kato) => ({ kato, officeId: karagandaOffice.id })),
    ]);

    const providerRows = [
      {
        kind: 'organisation' as const,
        bin: withCheckDigit('1503400001'),
        iin: null,
        name: 'ТОО «Медтехника Сарыарка»',
        legalAddress: 'Астана, ул. Кенесары, 40',
        phone: '+77172000101',
        email: 'office@medtech-saryarka.kz',
        iban: 'KZ86125KZT5004100100',
        bik: 'KCJBKZKX',
        bankName: 'АО «Банк ЦентрКредит»',
        status: 'verified' as const,
        createdAt: at,
      },
      {
        kind: 'organisation' as const,
        bin: withCheckDigit('1807400002'),
        iin: null,
        name: 'ТОО «Инва-Сервис Караганда»',
        legalAddress: 'Караганда, пр. Бухар-Жырау, 57',
        phone: '+77212000202',
        email: 'info@inva-service.kz',
        iban: 'KZ86125KZT5004100100',
        bik: 'KCJBKZKX',
        bankName: 'АО «Банк ЦентрКредит»',
        status: 'verified' as const,
        createdAt: at,
      },
      {
        kind: 'entrepreneur' as const,
        bin: null,
        iin: withCheckDigit('8805124000'),
        name: 'ИП Сейткали Айгерим (жестовый язык, индивидуальный помощник)',
        legalAddress: 'Астана, ул. Сыганак, 18, кв. 12',
        phone: '+77015550303',
        email: 'aigerim.seitkali@example.kz',
        iban: 'KZ86125KZT5004100100',
        bik: 'KCJBKZKX',
        bankName: 'АО «Банк ЦентрКредит»',
        status: 'verified' as const,
        createdAt: at,
      },
    ];
    const [medtech, inva, entrepreneur] = await tx.insert(providers).values(providerRows).returning();
    if (!medtech || !inva || !entrepreneur) throw new Error('providers not created');
    await tx.insert(providerRegions).values([
      { providerId: medtech.id, kato: ASTANA },
      { providerId: medtech.id, kato: AKMOLA_OBLAST },
      { providerId: inva.id, kato: KARAGANDA_OBLAST },
      { providerId: entrepreneur.id, kato: ASTANA },
    ]);

    const recipientSeeds = [
      { iin: withCheckDigit('7203153000'), fullName: 'Жумабаев Ерлан Серикович', kato: district(astanaDistricts, 0), group: '1' as const, note: 'wheelchair user, first group: individual assistant 8 h/day and an electric wheelchair' },
      { iin: withCheckDigit('9011214000'), fullName: 'Ахметова Динара Болатовна', kato: district(astanaDistricts, 1), group: '3' as const, note: 'deaf: sign-language specialist 60 h/year and a hearing aid' },
      { iin: withCheckDigit('6508093000'), fullName: 'Ким Виктор Александрович', kato: district(karagandaDistricts, 0), group: '2' as const, note: 'lower-leg amputation: prosthesis and sanatorium stay' },
      { iin: withCheckDigit('5411024000'), fullName: 'Омарова Гульнар Кайратовна', kato: district(karagandaDistricts, 1), group: '1' as const, note: 'blind, first group: tactile cane and individual assistant' },
      { iin: withCheckDigit('1604255000'), fullName: 'Нурланов Алихан Даниярович', kato: district(astanaDistricts, 2), group: 'child' as const, note: 'child with cerebral palsy: multifunctional children\'s wheelchair; acts through his mother' },
      { iin: withCheckDigit('8712063000'), fullName: 'Сериков Тимур Ерланович', kato: district(astanaDistricts, 0), group: '1' as const, note: 'deafblind: individual assistant and sign language, both already being rendered by ИП Сейткали (the journals)' },
      { iin: withCheckDigit('6903123000'), fullName: 'Касымов Ержан Болатович', kato: district(astanaDistricts, 1), group: '1' as const, note: 'assistant and sign language from ИП Сейткали since last month: last month is in the journal, ready to be billed in acts' },
    ];
    const recipientRows = await tx
      .insert(recipients)
      .values(
        recipientSeeds.map((r, i) => ({
          iin: r.iin,
          fullName: r.fullName,
          phone: `+7701000000${i + 1}`,
          address: `${r.kato.startsWith('71') ? 'Астана' : 'Караганда'}, ул. Демонстрационная, ${i + 1}`,
          kato: r.kato,
          disabilityGroup: r.group,
          createdAt: at,
        })),
      )
      .returning();

    type UserSeed = {
      role: UserRole;
      login: string;
      email?: string;
      iin?: string;
      bin?: string;
      fullName: string;
      providerId?: string;
      officeId?: string;
      recipientId?: string;
      note: string;
      organisation?: DemoAccount['organisation'];
      specialty?: 'assistant' | 'sign_language';
    };
    const userSeeds: UserSeed[] = [
      { role: 'administrator', login: 'admin@qamqor.kz', email: 'admin@qamqor.kz', iin: withCheckDigit('8001013000'), fullName: 'Администратор Бекжан Тулегенов', note: 'classifier, sums, regions, calendar, provider register' },
      { role: 'integration_client', login: 'e-sobes@integration.qamqor.kz', email: 'e-sobes@integration.qamqor.kz', fullName: 'E-Sobes (интеграция)', note: 'pushes IPR entitlements through the REST API' },
      { role: 'office_officer', login: withCheckDigit('8506154000'), iin: withCheckDigit('8506154000'), fullName: 'Сапарова Жанар Маратовна', officeId: astanaOffice.id, note: 'officer of the Astana office' },
      { role: 'office_officer', login: withCheckDigit('7909203000'), iin: withCheckDigit('7909203000'), fullName: 'Петров Андрей Николаевич', officeId: karagandaOffice.id, note: 'officer of the Karaganda office' },
      { role: 'provider_admin', login: medtech.bin!, bin: medtech.bin!, iin: withCheckDigit('7702283000'), fullName: 'Искаков Нурлан Темирович', providerId: medtech.id, organisation: { bin: medtech.bin!, name: medtech.name, role: 'first_head' }, note: `head of ${medtech.name} (Astana and Akmola region)` },
      { role: 'provider_admin', login: inva.bin!, bin: inva.bin!, iin: withCheckDigit('8103114000'), fullName: 'Литвиненко Ольга Петровна', providerId: inva.id, organisation: { bin: inva.bin!, name: inva.name, role: 'first_head' }, note: `head of ${inva.name}` },
      { role: 'provider_admin', login: entrepreneur.iin!, iin: entrepreneur.iin!, fullName: 'Сейткали Айгерим Нурболкызы', providerId: entrepreneur.id, note: 'individual entrepreneur (IIN), sign-language services' },
      { role: 'provider_worker', login: withCheckDigit('9502173000'), iin: withCheckDigit('9502173000'), fullName: 'Бекова Асель Жанатовна', providerId: entrepreneur.id, specialty: 'assistant', note: 'individual assistant' },
      { role: 'provider_worker', login: withCheckDigit('9307084000'), iin: withCheckDigit('9307084000'), fullName: 'Мухамедиева Сауле Ериковна', providerId: entrepreneur.id, specialty: 'sign_language', note: 'sign-language specialist' },
      ...recipientRows.map((r, i) => ({
        role: 'recipient' as const,
        login: r.iin,
        iin: r.iin,
        fullName: r.fullName,
        recipientId: r.id,
        note: recipientSeeds[i]?.note ?? '',
      })),
      { role: 'representative', login: withCheckDigit('8807254000'), iin: withCheckDigit('8807254000'), fullName: 'Нурланова Мадина Ерболовна', note: 'mother and legal representative of Нурланов Алихан' },
    ];

    for (const seed of userSeeds) {
      const password = demoPassword();
      const [user] = await tx
        .insert(users)
        .values({
          role: seed.role,
          login: seed.login.toLowerCase(),
          email: seed.email ?? null,
          iin: seed.iin ?? null,
          fullName: seed.fullName,
          passwordHash: await hashPassword(password),
          providerId: seed.providerId ?? null,
          officeId: seed.officeId ?? null,
          recipientId: seed.recipientId ?? null,
          createdAt: at,
        })
        .returning({ id: users.id });
      if (!user) throw new Error('user not created');
      if (seed.specialty && seed.providerId) {
        await tx.insert(providerWorkers).values({ userId: user.id, providerId: seed.providerId, specialty: seed.specialty, invitedAt: at });
      }
      if (seed.role === 'representative') {
        const child = recipientRows[4];
        if (!child) throw new Error('represented recipient missing');
        await tx.insert(representations).values({
          representativeUserId: user.id,
          recipientId: child.id,
          basis: 'legal_representative',
          documentNumber: 'Свидетельство о рождении № 0123456',
          validFrom: '2016-04-25',
        });
      }
      await writeAudit(tx, {
        actor: null,
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        toState: 'active',
        data: { role: seed.role, source: 'demo_seed' },
      });
      accounts.push({
        role: seed.role,
        login: seed.login,
        password,
        name: seed.fullName,
        ...(seed.bin ? { bin: seed.bin } : {}),
        ...(seed.iin ? { iin: seed.iin } : {}),
        note: seed.note,
        ...(seed.organisation ? { organisation: seed.organisation } : {}),
      });
    }
    await seedDemoCatalog(tx, { providers: { medtech: medtech.id, inva: inva.id, entrepreneur: entrepreneur.id }, recipients: recipientRows, at });
    await seedRunningServiceOrders(tx, { recipientId: recipientRows[5]!.id, providerId: entrepreneur.id, at, acceptedDaysAgo: 30 });
    // The act path: last month rendered and in the journal, and each office's budget for the year.
    const billable = await seedRunningServiceOrders(tx, { recipientId: recipientRows[6]!.id, providerId: entrepreneur.id, at, acceptedDaysAgo: 55 });
    const worker = async (specialty: 'assistant' | 'sign_language') => {
      const seed = userSeeds.find((u) => u.role === 'provider_worker' && u.specialty === specialty)!;
      const [user] = await tx.select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.login, seed.login.toLowerCase()));
      return (await loadActor(tx, user!.id, user!.sessionVersion))!;
    };
    await seedLastMonthJournal(tx, { orders: billable, assistant: await worker('assistant'), signLanguage: await worker('sign_language'), at });
    for (const office of [astanaOffice, karagandaOffice]) {
      const year = Number(almatyDateOf(at).slice(0, 4));
      await allocateOfficeBudget(tx, { allocationId: `demo-${office.id}-${year}`, officeId: office.id, year, amount: money('5000000.00'), by: null, at });
    }
  });
  return accounts;
}
