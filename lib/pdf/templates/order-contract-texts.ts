import type { OrderContractView } from './order-contract-view';

type Locale = OrderContractView['locale'];
type Unit = OrderContractView['subject']['unit'];
type Role = OrderContractView['signatures'][number]['role'];

/**
 * The contract's wording in both languages the portal signs in. Kept beside the template rather
 * than in lib/i18n/messages: it is the text of a legal document, changed together with its layout.
 */
export interface OrderContractTexts {
  portal: string;
  electronicDocument: string;
  title: (number: string) => string;
  subtitle: { goods: string; service: string };
  formedOn: string;
  preamble: (p: { provider: string; signer: string; recipient: string; representative: string | null }) => string;
  sections: { parties: string; subject: string; price: string; performance: string; signatures: string };
  provider: string;
  recipient: string;
  name: string;
  bin: string;
  iin: string;
  legalAddress: string;
  bank: string;
  iban: string;
  bik: string;
  signer: string;
  fullName: string;
  address: string;
  notStated: string;
  representative: string;
  subjectIntro: { goods: string; service: string };
  classifierCode: string;
  classifierName: string;
  itemName: { goods: string; service: string };
  model: string;
  quantity: string;
  units: Record<Unit, string>;
  priceColumns: { term: string; perUnit: string; total: string };
  unitPrice: string;
  guaranteedSum: string;
  reimbursed: string;
  coPayment: string;
  priceRule: string;
  method: string;
  methods: { delivery: string; pickup: string };
  deliveryAddress: string;
  leadTimeDays: string;
  servicePeriod: string;
  period: (from: string, to: string) => string;
  hoursPerDay: string;
  hoursPerYear: string;
  noPerformanceTerms: string;
  roles: Record<Role, string>;
  signedBy: string;
  iinBin: string;
  certificateSerial: string;
  certificateIssuer: string;
  signingTime: string;
  verification: string;
  valid: string;
  invalid: string;
  awaitingSignatures: string;
  digestStatement: string;
  digestToSign: string;
  paperNote: string;
  footer: (number: string, page: number, pages: number) => string;
}

const ru: OrderContractTexts = {
  portal: 'Портал социальных услуг «Qamqor»',
  electronicDocument: 'Электронный документ',
  title: (number) => `ДОГОВОР № ${number}`,
  subtitle: {
    goods: 'на предоставление технического средства реабилитации',
    service: 'на оказание услуги по реабилитации',
  },
  formedOn: 'Дата формирования',
  preamble: ({ provider, signer, recipient, representative }) =>
    `${provider} (далее — Поставщик), в лице ${signer}, с одной стороны, и ${recipient} (далее — Получатель)` +
    (representative ? `, от имени которого действует представитель ${representative}` : '') +
    ', с другой стороны, заключили настоящий договор о нижеследующем.',
  sections: {
    parties: 'Стороны договора',
    subject: 'Предмет договора',
    price: 'Цена и порядок оплаты',
    performance: 'Порядок и сроки исполнения',
    signatures: 'Электронные цифровые подписи сторон',
  },
  provider: 'Поставщик',
  recipient: 'Получатель',
  name: 'Наименование',
  bin: 'БИН',
  iin: 'ИИН',
  legalAddress: 'Юридический адрес',
  bank: 'Банк',
  iban: 'ИИК (IBAN)',
  bik: 'БИК',
  signer: 'Подписывает от имени Поставщика',
  fullName: 'Фамилия, имя, отчество',
  address: 'Адрес',
  notStated: 'не указан',
  representative: 'Представитель, действующий от имени Получателя',
  subjectIntro: {
    goods: 'Поставщик передаёт Получателю товар, указанный ниже. Государство возмещает Поставщику его стоимость в пределах гарантированной суммы.',
    service: 'Поставщик оказывает Получателю услугу, указанную ниже. Государство возмещает Поставщику её стоимость в пределах гарантированной суммы.',
  },
  classifierCode: 'Код по классификатору',
  classifierName: 'Наименование по классификатору',
  itemName: { goods: 'Наименование товара', service: 'Наименование услуги' },
  model: 'Модель',
  quantity: 'Количество',
  units: { piece: 'шт.', hour: 'ч', day: 'дн.' },
  priceColumns: { term: 'Показатель', perUnit: 'За единицу', total: 'Всего' },
  unitPrice: 'Цена Поставщика',
  guaranteedSum: 'Гарантированная сумма, действующая на дату договора',
  reimbursed: 'Возмещает государство',
  coPayment: 'Доплачивает Получатель',
  priceRule:
    'Государство возмещает цену единицы, но не более гарантированной суммы, умноженную на количество. ' +
    'Разницу между ценой Поставщика и гарантированной суммой оплачивает Получатель.',
  method: 'Способ получения',
  methods: { delivery: 'Доставка Поставщиком', pickup: 'Самовывоз' },
  deliveryAddress: 'Адрес доставки',
  leadTimeDays: 'Срок исполнения, дней',
  servicePeriod: 'Период оказания услуги',
  period: (from, to) => `с ${from} по ${to}`,
  hoursPerDay: 'Часов в день',
  hoursPerYear: 'Часов в год',
  noPerformanceTerms: 'не установлены',
  roles: { provider: 'Поставщик', recipient: 'Получатель', representative: 'Представитель Получателя' },
  signedBy: 'Подписант',
  iinBin: 'ИИН / БИН',
  certificateSerial: 'Серийный номер сертификата',
  certificateIssuer: 'Издатель сертификата',
  signingTime: 'Время подписания',
  verification: 'Результат проверки',
  valid: 'Подпись действительна',
  invalid: 'Подпись НЕДЕЙСТВИТЕЛЬНА',
  awaitingSignatures: 'Документ ожидает подписания сторонами: подписей пока нет.',
  digestStatement: 'Подписи относятся к документу с хэшем SHA-256:',
  digestToSign: 'Стороны подписывают документ с хэшем SHA-256:',
  paperNote:
    'Договор заключается в электронной форме на портале «Qamqor» и подписывается сторонами электронными цифровыми подписями. ' +
    'Бумажная копия носит информационный характер.',
  footer: (number, page, pages) => `Договор № ${number} · стр. ${page} из ${pages}`,
};

const kk: OrderContractTexts = {
  portal: '«Qamqor» әлеуметтік қызметтер порталы',
  electronicDocument: 'Электрондық құжат',
  title: (number) => `№ ${number} ШАРТ`,
  subtitle: {
    goods: 'оңалтудың техникалық құралын беру туралы',
    service: 'оңалту қызметін көрсету туралы',
  },
  formedOn: 'Қалыптастырылған күні',
  preamble: ({ provider, signer, recipient, representative }) =>
    `Бір тараптан ${signer} атынан әрекет ететін ${provider} (бұдан әрі — Жеткізуші) және екінші тараптан ${recipient} (бұдан әрі — Алушы)` +
    (representative ? `, оның атынан өкілі ${representative} әрекет етеді,` : '') +
    ' төмендегілер туралы осы шартты жасасты.',
  sections: {
    parties: 'Шарт тараптары',
    subject: 'Шарттың нысанасы',
    price: 'Баға және төлем тәртібі',
    performance: 'Орындау тәртібі мен мерзімдері',
    signatures: 'Тараптардың электрондық цифрлық қолтаңбалары',
  },
  provider: 'Жеткізуші',
  recipient: 'Алушы',
  name: 'Атауы',
  bin: 'БСН',
  iin: 'ЖСН',
  legalAddress: 'Заңды мекенжайы',
  bank: 'Банк',
  iban: 'ЖСК (IBAN)',
  bik: 'БСК',
  signer: 'Жеткізушінің атынан қол қоятын тұлға',
  fullName: 'Тегі, аты, әкесінің аты',
  address: 'Мекенжайы',
  notStated: 'көрсетілмеген',
  representative: 'Алушының атынан әрекет ететін өкіл',
  subjectIntro: {
    goods: 'Жеткізуші Алушыға төменде көрсетілген тауарды береді. Мемлекет оның құнын Жеткізушіге кепілдендірілген сома шегінде өтейді.',
    service: 'Жеткізуші Алушыға төменде көрсетілген қызметті көрсетеді. Мемлекет оның құнын Жеткізушіге кепілдендірілген сома шегінде өтейді.',
  },
  classifierCode: 'Жіктеуіш бойынша коды',
  classifierName: 'Жіктеуіш бойынша атауы',
  itemName: { goods: 'Тауардың атауы', service: 'Қызметтің атауы' },
  model: 'Үлгісі',
  quantity: 'Саны',
  units: { piece: 'дана', hour: 'сағ.', day: 'күн' },
  priceColumns: { term: 'Көрсеткіш', perUnit: 'Бірлік үшін', total: 'Барлығы' },
  unitPrice: 'Жеткізушінің бағасы',
  guaranteedSum: 'Шарт жасалған күні қолданыстағы кепілдендірілген сома',
  reimbursed: 'Мемлекет өтейді',
  coPayment: 'Алушы қосымша төлейді',
  priceRule:
    'Мемлекет бірлік бағасын, бірақ кепілдендірілген сомадан аспайтын мөлшерде, санына көбейтіп өтейді. ' +
    'Жеткізушінің бағасы мен кепілдендірілген сома арасындағы айырманы Алушы төлейді.',
  method: 'Алу тәсілі',
  methods: { delivery: 'Жеткізушінің жеткізуі', pickup: 'Өзі алып кету' },
  deliveryAddress: 'Жеткізу мекенжайы',
  leadTimeDays: 'Орындау мерзімі, күн',
  servicePeriod: 'Қызмет көрсету кезеңі',
  period: (from, to) => `${from} бастап ${to} дейін`,
  hoursPerDay: 'Күніне сағат',
  hoursPerYear: 'Жылына сағат',
  noPerformanceTerms: 'белгіленбеген',
  roles: { provider: 'Жеткізуші', recipient: 'Алушы', representative: 'Алушының өкілі' },
  signedBy: 'Қол қойған',
  iinBin: 'ЖСН / БСН',
  certificateSerial: 'Тіркелгі куәлігінің сериялық нөмірі',
  certificateIssuer: 'Тіркелгі куәлігін берген орган',
  signingTime: 'Қол қойылған уақыты',
  verification: 'Тексеру нәтижесі',
  valid: 'Қолтаңба жарамды',
  invalid: 'Қолтаңба ЖАРАМСЫЗ',
  awaitingSignatures: 'Құжат тараптардың қол қоюын күтуде: әзірге қолтаңбалар жоқ.',
  digestStatement: 'Қолтаңбалар SHA-256 хэші мынадай құжатқа қойылған:',
  digestToSign: 'Тараптар SHA-256 хэші мынадай құжатқа қол қояды:',
  paperNote:
    'Шарт «Qamqor» порталында электрондық нысанда жасалады және тараптар оған электрондық цифрлық қолтаңбалармен қол қояды. ' +
    'Қағаз көшірме ақпараттық сипатта болады.',
  footer: (number, page, pages) => `№ ${number} шарт · ${pages} беттің ${page}-беті`,
};

export const orderContractTexts: Record<Locale, OrderContractTexts> = { ru, kk };
