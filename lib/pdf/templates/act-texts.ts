import type { ActView } from './act-view';

type Locale = ActView['locale'];
type Service = ActView['lines'][number]['service'];
type SheetKind = NonNullable<ActView['sheet']>['kind'];
type Role = ActView['signatures'][number]['role'];

/**
 * The act's and the sheets' wording in both languages the portal signs in, following the forms of
 * App. 8–10 to the Rules (order No. 26 as amended by order No. 458). Kept beside the template
 * rather than in lib/i18n/messages, like the contract's: it is the text of a legal form, changed
 * together with its layout. The statement itself comes from the signed content.
 */
export interface ActTexts {
  portal: string;
  electronicDocument: string;
  appendix: (number: 8 | 9 | 10) => string;
  title: string;
  numbered: (number: string) => string;
  period: (from: string, to: string, month: string) => string;
  /** "2026-11" as the month and year, e.g. "ноябрь 2026 г.". */
  month: (month: string) => string;
  formedOn: string;
  version: string;
  order: string;
  provider: string;
  recipient: string;
  bin: string;
  iin: string;
  columns: { no: string; service: string; rendered: string; hours: string; unitPrice: string; cost: string; guaranteedSum: string; reimbursed: string };
  services: Record<Service, string>;
  linePeriod: (from: string, to: string) => string;
  noSum: string;
  total: string;
  totals: (amounts: { total: string; reimbursed: string; coPayment: string }) => string;
  paymentDetails: string;
  legalAddress: string;
  bank: string;
  iban: string;
  bik: string;
  copies: string;
  attachment: (sheet: string, month: string) => string;
  handedOver: string;
  accepted: string;
  providerSide: string;
  recipientSide: string;
  signatureLine: string;
  notRequiredIfDeceased: string;
  signedElectronically: (name: string, time: string) => string;
  deceased: string;
  sheetTitle: Record<SheetKind, string>;
  sheetName: Record<SheetKind, string>;
  sheetRecipient: string;
  sheetPeriod: string;
  sheetMonth: (month: string) => string;
  toAct: (number: string) => string;
  sheetColumns: { no: string; date: string; time: string; places: string; hours: string; mode: string; worker: Record<SheetKind, string> };
  modes: { online: string; offline: string };
  sheetTotal: string;
  workerSignature: Record<SheetKind, string>;
  recipientSignature: string;
  sheetDate: string;
  signaturesTitle: string;
  roles: Record<Role, string>;
  workerRole: Record<SheetKind, string>;
  signedBy: string;
  iinBin: string;
  certificate: string;
  certificateSerial: string;
  certificateIssuer: string;
  signingTime: string;
  signedDigest: string;
  verification: string;
  valid: string;
  invalid: string;
  awaitingSignatures: string;
  digestStatement: string;
  digestToSign: string;
  paperNote: string;
  footer: (number: string, appendix: 8 | 9 | 10) => string;
  /** The act of acceptance of a goods order: its own title, table and closing texts. */
  goods: {
    title: string;
    receivedOn: string;
    deliveryAddress: string;
    columns: { item: string; quantity: string; unitPrice: string; cost: string; guaranteedSum: string; reimbursed: string; coPayment: string };
    units: Record<NonNullable<ActView['goods']>['unit'], (count: number) => string>;
    totals: (amounts: { total: string; reimbursed: string; coPayment: string }) => string;
    signaturesTitle: string;
    digestStatement: string;
    digestToSign: string;
    paperNote: string;
    footer: (number: string) => string;
  };
}

/** Month names from the table rather than Intl: the paper must not depend on the ICU data the server ships. */
function monthOf(month: string, names: readonly string[], phrase: (name: string, year: string) => string): string {
  const [year, number] = month.split('-');
  const name = names[Number(number) - 1];
  return year && name ? phrase(name, year) : month;
}

const ru: ActTexts = {
  portal: 'Портал социальных услуг «Qamqor»',
  electronicDocument: 'Электронный документ',
  appendix: (number) =>
    `Приложение ${number} к Правилам предоставления социальных услуг индивидуального помощника для инвалидов первой группы, ` +
    'имеющих затруднение в передвижении, и специалиста жестового языка для инвалидов по слуху',
  title: 'АКТ ОКАЗАННЫХ УСЛУГ',
  numbered: (number) => `№ ${number}`,
  period: (from, to, month) => `с ${from} по ${to} (${month})`,
  month: (month) => monthOf(month, ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'], (name, year) => `${name} ${year} г.`),
  formedOn: 'Дата составления',
  version: 'Редакция',
  order: 'По заказу (договору)',
  provider: 'Поставщик',
  recipient: 'Заказчик / услугополучатель',
  bin: 'БИН',
  iin: 'ИИН',
  columns: {
    no: '№ п/п',
    service: 'Наименование услуги',
    rendered: 'Оказано услуг',
    hours: 'Количество часов (ч:мин)',
    unitPrice: 'Цена за единицу (тенге)',
    cost: 'Стоимость (тенге)',
    guaranteedSum: 'Гарантированная сумма за час (тенге)',
    reimbursed: 'Возмещает государство (тенге)',
  },
  services: {
    assistant: 'Услуги индивидуального помощника',
    sign_language: 'Услуги специалиста жестового языка',
    goods: 'Товар',
  },
  linePeriod: (from, to) => (from === to ? `${from}` : `${from}–${to}`),
  noSum: 'не установлена',
  total: 'Итого',
  totals: ({ total, reimbursed, coPayment }) =>
    `Всего оказано услуг на сумму ${total} тенге, из них возмещает государство в пределах гарантированной суммы ${reimbursed} тенге, ` +
    `доплачивает услугополучатель ${coPayment} тенге.`,
  paymentDetails: 'Реквизиты поставщика для оплаты',
  legalAddress: 'Юридический адрес',
  bank: 'Банк',
  iban: 'ИИК (IBAN)',
  bik: 'БИК',
  copies: 'Настоящий акт составлен в форме электронного документа; Поставщику и Заказчику он доступен на портале «Qamqor».',
  attachment: (sheet, month) => `Приложение: ${sheet} за ${month}`,
  handedOver: 'Сдал',
  accepted: 'Принял',
  providerSide: 'Поставщик',
  recipientSide: 'Заказчик / услугополучатель (при предоставлении услуги через Портал)',
  signatureLine: 'подпись, расшифровка подписи / ЭЦП',
  notRequiredIfDeceased: '(не требуется в случае смерти)',
  signedElectronically: (name, time) => `Подписано ЭЦП: ${name}, ${time}`,
  deceased: 'Услугополучатель умер. Акт оформляется без его подписи.',
  sheetTitle: {
    accompaniment: 'ЛИСТ СОПРОВОЖДЕНИЯ ИНДИВИДУАЛЬНЫМ ПОМОЩНИКОМ',
    sign_language: 'ЛИСТ ОКАЗАНИЯ УСЛУГИ СПЕЦИАЛИСТА ЖЕСТОВОГО ЯЗЫКА',
  },
  sheetName: {
    accompaniment: 'Лист сопровождения индивидуальным помощником',
    sign_language: 'Лист оказания услуги специалиста жестового языка',
  },
  sheetRecipient: 'Услугополучатель (Ф.И.О., ИИН)',
  sheetPeriod: 'Период оказания услуг',
  sheetMonth: (month) => `за ${month}`,
  toAct: (number) => `к акту оказанных услуг № ${number}`,
  sheetColumns: {
    no: '№ п/п',
    date: 'Дата',
    time: 'Время (с–по)',
    places: 'Перечень объектов, посещённых инвалидом в сопровождении индивидуального помощника',
    hours: 'Количество часов (ч:мин)',
    mode: 'Способ оказания (онлайн / офлайн)',
    worker: { accompaniment: 'Индивидуальный помощник', sign_language: 'Специалист жестового языка' },
  },
  modes: { online: 'онлайн', offline: 'офлайн' },
  sheetTotal: 'Итого часов',
  workerSignature: {
    accompaniment: 'ФИО (при его наличии), подпись индивидуального помощника / ЭЦП',
    sign_language: 'ФИО (при его наличии), подпись специалиста жестового языка / ЭЦП',
  },
  recipientSignature: 'Подпись услугополучателя / ЭЦП (не требуется в случае смерти)',
  sheetDate: 'Дата',
  signaturesTitle: 'Электронные цифровые подписи акта и листа',
  roles: { provider: 'Поставщик (руководитель)', worker: 'Работник поставщика', recipient: 'Услугополучатель', representative: 'Представитель услугополучателя' },
  workerRole: { accompaniment: 'Индивидуальный помощник', sign_language: 'Специалист жестового языка' },
  signedBy: 'Подписант',
  iinBin: 'ИИН / БИН',
  certificate: 'Сертификат',
  certificateSerial: 'Серийный номер',
  certificateIssuer: 'Издатель',
  signingTime: 'Время подписания (Алматы)',
  signedDigest: 'Хэш подписанного документа (SHA-256)',
  verification: 'Результат проверки',
  valid: 'Подпись действительна',
  invalid: 'Подпись НЕДЕЙСТВИТЕЛЬНА',
  awaitingSignatures: 'Акт ожидает подписания: подписей пока нет.',
  digestStatement: 'Подписи относятся к акту с листом, хэш SHA-256 которых:',
  digestToSign: 'Подписывается акт с листом, хэш SHA-256 которых:',
  paperNote:
    'Акт и лист подписываются электронными цифровыми подписями на портале «Qamqor». Бумажная копия носит информационный характер; ' +
    'подлинность подписей проверяется по хэшу документа.',
  footer: (number, appendix) => `Акт № ${number} · приложение ${appendix}`,
  goods: {
    title: 'АКТ ПРИЕМА-ПЕРЕДАЧИ ТОВАРА',
    receivedOn: 'Дата получения товара услугополучателем',
    deliveryAddress: 'Адрес доставки',
    columns: {
      item: 'Наименование товара (модель)',
      quantity: 'Количество',
      unitPrice: 'Цена за единицу (тенге)',
      cost: 'Стоимость (тенге)',
      guaranteedSum: 'Гарантированная сумма за единицу (тенге)',
      reimbursed: 'Возмещает государство (тенге)',
      coPayment: 'Доплата услугополучателя (тенге)',
    },
    units: { piece: (n) => `${n} шт.`, hour: (n) => `${n} ч`, day: (n) => `${n} дн.` },
    totals: ({ total, reimbursed, coPayment }) =>
      `Всего передано товара на сумму ${total} тенге, из них возмещает государство в пределах гарантированной суммы ${reimbursed} тенге, ` +
      `доплачивает услугополучатель ${coPayment} тенге.`,
    signaturesTitle: 'Электронные цифровые подписи акта',
    digestStatement: 'Подписи относятся к акту, хэш SHA-256 которого:',
    digestToSign: 'Подписывается акт, хэш SHA-256 которого:',
    paperNote:
      'Акт подписывается электронными цифровыми подписями на портале «Qamqor». Бумажная копия носит информационный характер; ' +
      'подлинность подписей проверяется по хэшу документа.',
    footer: (number) => `Акт приема-передачи № ${number}`,
  },
};

const kk: ActTexts = {
  portal: '«Qamqor» әлеуметтік қызметтер порталы',
  electronicDocument: 'Электрондық құжат',
  appendix: (number) =>
    `Жүріп-тұруы қиын бірінші топтағы мүгедектігі бар адамдарға жеке көмекшінің және есту қабілеті бойынша мүгедектігі бар адамдарға ` +
    `ымдау тілі маманының әлеуметтік қызметтерін ұсыну қағидаларына ${number}-қосымша`,
  title: 'КӨРСЕТІЛГЕН ҚЫЗМЕТТЕР АКТІСІ',
  numbered: (number) => `№ ${number}`,
  period: (from, to, month) => `${from} бастап ${to} дейін (${month})`,
  month: (month) => monthOf(month, ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'], (name, year) => `${year} ж. ${name}`),
  formedOn: 'Жасалған күні',
  version: 'Редакциясы',
  order: 'Тапсырыс (шарт) бойынша',
  provider: 'Жеткізуші',
  recipient: 'Тапсырыс беруші / көрсетілетін қызметті алушы',
  bin: 'БСН',
  iin: 'ЖСН',
  columns: {
    no: 'Р/с №',
    service: 'Қызметтің атауы',
    rendered: 'Көрсетілген қызметтер',
    hours: 'Сағат саны (сағ:мин)',
    unitPrice: 'Бірлік бағасы (теңге)',
    cost: 'Құны (теңге)',
    guaranteedSum: 'Сағатына кепілдендірілген сома (теңге)',
    reimbursed: 'Мемлекет өтейді (теңге)',
  },
  services: {
    assistant: 'Жеке көмекшінің қызметтері',
    sign_language: 'Ымдау тілі маманының қызметтері',
    goods: 'Тауар',
  },
  linePeriod: (from, to) => (from === to ? `${from}` : `${from}–${to}`),
  noSum: 'белгіленбеген',
  total: 'Барлығы',
  totals: ({ total, reimbursed, coPayment }) =>
    `Барлығы ${total} теңгеге қызмет көрсетілді, оның ішінде мемлекет кепілдендірілген сома шегінде ${reimbursed} теңге өтейді, ` +
    `көрсетілетін қызметті алушы ${coPayment} теңге қосымша төлейді.`,
  paymentDetails: 'Төлем үшін жеткізушінің деректемелері',
  legalAddress: 'Заңды мекенжайы',
  bank: 'Банк',
  iban: 'ЖСК (IBAN)',
  bik: 'БСК',
  copies: 'Осы акт электрондық құжат нысанында жасалды; ол Жеткізушіге және Тапсырыс берушіге «Qamqor» порталында қолжетімді.',
  attachment: (sheet, month) => `Қосымша: ${month} айындағы ${sheet}.`,
  handedOver: 'Тапсырды',
  accepted: 'Қабылдады',
  providerSide: 'Жеткізуші',
  recipientSide: 'Тапсырыс беруші / көрсетілетін қызметті алушы (қызмет Портал арқылы ұсынылғанда)',
  signatureLine: 'қолы, қолтаңбаның толық жазылуы / ЭЦҚ',
  notRequiredIfDeceased: '(қайтыс болған жағдайда талап етілмейді)',
  signedElectronically: (name, time) => `ЭЦҚ-мен қол қойылды: ${name}, ${time}`,
  deceased: 'Көрсетілетін қызметті алушы қайтыс болды. Акт оның қолтаңбасынсыз ресімделеді.',
  sheetTitle: {
    accompaniment: 'ЖЕКЕ КӨМЕКШІНІҢ АЛЫП ЖҮРУ ПАРАҒЫ',
    sign_language: 'ЫМДАУ ТІЛІ МАМАНЫНЫҢ ҚЫЗМЕТ КӨРСЕТУ ПАРАҒЫ',
  },
  sheetName: {
    accompaniment: 'жеке көмекшінің алып жүру парағы',
    sign_language: 'ымдау тілі маманының қызмет көрсету парағы',
  },
  sheetRecipient: 'Көрсетілетін қызметті алушы (Т.А.Ә., ЖСН)',
  sheetPeriod: 'Қызмет көрсету кезеңі',
  sheetMonth: (month) => `${month} айы үшін`,
  toAct: (number) => `№ ${number} көрсетілген қызметтер актісіне`,
  sheetColumns: {
    no: 'Р/с №',
    date: 'Күні',
    time: 'Уақыты (бастап–дейін)',
    places: 'Мүгедектігі бар адам жеке көмекшінің алып жүруімен барған объектілердің тізбесі',
    hours: 'Сағат саны (сағ:мин)',
    mode: 'Көрсету тәсілі (онлайн / офлайн)',
    worker: { accompaniment: 'Жеке көмекші', sign_language: 'Ымдау тілі маманы' },
  },
  modes: { online: 'онлайн', offline: 'офлайн' },
  sheetTotal: 'Барлық сағат',
  workerSignature: {
    accompaniment: 'Жеке көмекшінің Т.А.Ә. (бар болса), қолы / ЭЦҚ',
    sign_language: 'Ымдау тілі маманының Т.А.Ә. (бар болса), қолы / ЭЦҚ',
  },
  recipientSignature: 'Көрсетілетін қызметті алушының қолы / ЭЦҚ (қайтыс болған жағдайда талап етілмейді)',
  sheetDate: 'Күні',
  signaturesTitle: 'Акт пен парақтың электрондық цифрлық қолтаңбалары',
  roles: { provider: 'Жеткізуші (басшы)', worker: 'Жеткізуші қызметкері', recipient: 'Көрсетілетін қызметті алушы', representative: 'Көрсетілетін қызметті алушының өкілі' },
  workerRole: { accompaniment: 'Жеке көмекші', sign_language: 'Ымдау тілі маманы' },
  signedBy: 'Қол қойған',
  iinBin: 'ЖСН / БСН',
  certificate: 'Тіркелгі куәлігі',
  certificateSerial: 'Сериялық нөмірі',
  certificateIssuer: 'Берген орган',
  signingTime: 'Қол қойылған уақыты (Алматы)',
  signedDigest: 'Қол қойылған құжаттың хэші (SHA-256)',
  verification: 'Тексеру нәтижесі',
  valid: 'Қолтаңба жарамды',
  invalid: 'Қолтаңба ЖАРАМСЫЗ',
  awaitingSignatures: 'Акт қол қоюды күтуде: әзірге қолтаңбалар жоқ.',
  digestStatement: 'Қолтаңбалар SHA-256 хэші мынадай акт пен параққа қойылған:',
  digestToSign: 'SHA-256 хэші мынадай акт пен параққа қол қойылады:',
  paperNote:
    'Акт пен парақ «Qamqor» порталында электрондық цифрлық қолтаңбалармен қол қойылады. Қағаз көшірме ақпараттық сипатта болады; ' +
    'қолтаңбалардың түпнұсқалығы құжаттың хэші бойынша тексеріледі.',
  footer: (number, appendix) => `№ ${number} акт · ${appendix}-қосымша`,  goods: {
    title: 'ТАУАРДЫ ҚАБЫЛДАУ-ТАПСЫРУ АКТІСІ',
    receivedOn: 'Көрсетілетін қызметті алушының тауарды алған күні',
    deliveryAddress: 'Жеткізу мекенжайы',
    columns: {
      item: 'Тауардың атауы (моделі)',
      quantity: 'Саны',
      unitPrice: 'Бірлік бағасы (теңге)',
      cost: 'Құны (теңге)',
      guaranteedSum: 'Бірлікке кепілдендірілген сома (теңге)',
      reimbursed: 'Мемлекет өтейді (теңге)',
      coPayment: 'Алушының қосымша төлемі (теңге)',
    },
    units: { piece: (n) => `${n} дана`, hour: (n) => `${n} сағ`, day: (n) => `${n} күн` },
    totals: ({ total, reimbursed, coPayment }) =>
      `Барлығы ${total} теңгеге тауар тапсырылды, оның ішінде мемлекет кепілдендірілген сома шегінде ${reimbursed} теңге өтейді, ` +
      `көрсетілетін қызметті алушы ${coPayment} теңге қосымша төлейді.`,
    signaturesTitle: 'Актінің электрондық цифрлық қолтаңбалары',
    digestStatement: 'Қолтаңбалар SHA-256 хэші төмендегідей актіге жатады:',
    digestToSign: 'SHA-256 хэші төмендегідей акт қол қойылады:',
    paperNote:
      'Акт «Qamqor» порталында электрондық цифрлық қолтаңбалармен қол қойылады. Қағаз көшірмесі ақпараттық сипатта болады; ' +
      'қолтаңбалардың түпнұсқалығы құжаттың хэші бойынша тексеріледі.',
    footer: (number) => `Қабылдау-тапсыру актісі № ${number}`,
  },
};

export const actTexts: Record<Locale, ActTexts> = { ru, kk };
