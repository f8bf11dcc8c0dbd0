import type { ClassifierCategory } from '@/db/schema/classifier';

/**
 * The classifier of goods and services (the five wheelchair types of App. 9 → App. 2 of the
 * wheelchair rules, technical aids, prosthetics, sanatorium stay, the two hourly services) and
 * demonstration guaranteed sums. The sums are illustrative: administrators enter the real ones.
 */
export interface ClassifierSeed {
  code: string;
  category: ClassifierCategory;
  kind: 'goods' | 'service';
  unit: 'piece' | 'hour' | 'day';
  nameKk: string;
  nameRu: string;
  nameEn: string;
  sums: { validFrom: string; amount: string }[];
}

export const classifier: ClassifierSeed[] = [
  {
    code: 'WC-01',
    category: 'wheelchair',
    kind: 'goods',
    unit: 'piece',
    nameKk: 'Қолмен басқарылатын бөлмелік/серуендік базалық мүгедектер арбасы',
    nameRu: 'Кресло-коляска комнатная/прогулочная с ручным приводом базовая',
    nameEn: 'Room/walking manual wheelchair, basic',
    sums: [{ validFrom: '2025-01-01', amount: '120000.00' }],
  },
  {
    code: 'WC-02',
    category: 'wheelchair',
    kind: 'goods',
    unit: 'piece',
    nameKk: 'Иінтіректі жетегі бар серуендік мүгедектер арбасы',
    nameRu: 'Кресло-коляска прогулочная с рычажным приводом',
    nameEn: 'Walking wheelchair with lever drive',
    sums: [{ validFrom: '2025-01-01', amount: '185000.00' }],
  },
  {
    code: 'WC-03',
    category: 'wheelchair',
    kind: 'goods',
    unit: 'piece',
    nameKk: 'Белсенді типті әмбебап мүгедектер арбасы',
    nameRu: 'Кресло-коляска активного типа универсальная',
    nameEn: 'Active universal wheelchair',
    sums: [{ validFrom: '2025-01-01', amount: '360000.00' }],
  },
  {
    code: 'WC-04',
    category: 'wheelchair',
    kind: 'goods',
    unit: 'piece',
    nameKk: 'Электр жетегі бар мүгедектер арбасы (әмбебап)',
    nameRu: 'Кресло-коляска с электроприводом (универсальная)',
    nameEn: 'Electric wheelchair (universal)',
    sums: [{ validFrom: '2025-01-01', amount: '950000.00' }],
  },
  {
    code: 'WC-05',
    category: 'wheelchair',
    kind: 'goods',
    unit: 'piece',
    nameKk: 'Көпфункциялы мүгедектер арбасы (әмбебап, балаларға арналған)',
    nameRu: 'Кресло-коляска многофункциональная (универсальная детская)',
    nameEn: 'Multifunctional wheelchair (universal, for children)',
    sums: [{ validFrom: '2025-01-01', amount: '480000.00' }],
  },
  {
    code: 'TA-CANE',
    category: 'technical_aid',
    kind: 'goods',
    unit: 'piece',
    nameKk: 'Тірек таяқ',
    nameRu: 'Трость опорная',
    nameEn: 'Walking cane',
    sums: [{ validFrom: '2025-01-01', amount: '8500.00' }],
  },
  {
    code: 'TA-TACTILE-CANE',
    category: 'technical_aid',
    kind: 'goods',
    unit: 'piece',
    nameKk: 'Тактильді таяқ',
    nameRu: 'Трость тактильная',
    nameEn: 'Tactile (white) cane',
    sums: [{ validFrom: '2025-01-01', amount: '11000.00' }],
  },
  {
    code: 'TA-CRUTCHES',
    category: 'technical_aid',
    kind: 'goods',
    unit: 'piece',
    nameKk: 'Балдақтар',
    nameRu: 'Костыли',
    nameEn: 'Crutches',
    sums: [{ validFrom: '2025-01-01', amount: '16000.00' }],
  },
  {
    code: 'TA-WALKER',
    category: 'technical_aid',
    kind: 'goods',
    unit: 'piece',
    nameKk: 'Жүруге арналған тіреуіш (ходунки)',
    nameRu: 'Ходунки',
    nameEn: 'Walking frame',
    sums: [{ validFrom: '2025-01-01', amount: '36000.00' }],
  },
  {
    code: 'TA-HEARING-AID',
    category: 'technical_aid',
    kind: 'goods',
    unit: 'piece',
    nameKk: 'Есту аппараты',
    nameRu: 'Слуховой аппарат',
    nameEn: 'Hearing aid',
    sums: [{ validFrom: '2025-01-01', amount: '125000.00' }],
  },
  {
    code: 'TA-MATTRESS',
    category: 'technical_aid',
    kind: 'goods',
    unit: 'piece',
    nameKk: 'Ойық жараға қарсы матрас',
    nameRu: 'Противопролежневый матрац',
    nameEn: 'Anti-decubitus mattress',
    sums: [{ validFrom: '2025-01-01', amount: '47000.00' }],
  },
  {
    code: 'PR-SHIN',
    category: 'prosthetic',
    kind: 'goods',
    unit: 'piece',
    nameKk: 'Сирақ протезі',
    nameRu: 'Протез голени',
    nameEn: 'Lower-leg (transtibial) prosthesis',
    sums: [{ validFrom: '2025-01-01', amount: '680000.00' }],
  },
  {
    code: 'PR-FOREARM',
    category: 'prosthetic',
    kind: 'goods',
    unit: 'piece',
    nameKk: 'Білек протезі',
    nameRu: 'Протез предплечья',
    nameEn: 'Forearm prosthesis',
    sums: [{ validFrom: '2025-01-01', amount: '520000.00' }],
  },
  {
    code: 'SAN-STAY',
    category: 'sanatorium',
    kind: 'service',
    unit: 'day',
    nameKk: 'Санаторий-курорттық емделу (14 күнге дейін)',
    nameRu: 'Санаторно-курортное лечение (до 14 дней)',
    nameEn: 'Sanatorium treatment (up to 14 days)',
    // Per day of stay: the IPR grants at most 14 days a year.
    sums: [{ validFrom: '2025-01-01', amount: '20700.00' }],
  },
  {
    code: 'SRV-ASSISTANT',
    category: 'assistant',
    kind: 'service',
    unit: 'hour',
    nameKk: 'Жеке көмекшінің қызметі (сағат)',
    nameRu: 'Услуги индивидуального помощника (час)',
    nameEn: 'Individual assistant (hour)',
    sums: [
      { validFrom: '2025-01-01', amount: '1380.00' },
      { validFrom: '2026-01-01', amount: '1450.00' },
    ],
  },
  {
    code: 'SRV-SIGN-LANGUAGE',
    category: 'sign_language',
    kind: 'service',
    unit: 'hour',
    nameKk: 'Ымдау тілі маманының қызметі (сағат)',
    nameRu: 'Услуги специалиста жестового языка (час)',
    nameEn: 'Sign-language specialist (hour)',
    sums: [
      { validFrom: '2025-01-01', amount: '2800.00' },
      { validFrom: '2026-01-01', amount: '2950.00' },
    ],
  },
];
