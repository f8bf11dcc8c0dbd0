/**
 * Kazakhstan's administrative units by KATO code (Classifier of administrative-territorial
 * objects): the 17 oblasts (with Abai, Zhetysu and Ulytau of 2022) and the 3 cities of
 * republican significance, with the districts of Astana, Almaty, Shymkent and of the Akmola and
 * Karaganda regions. Top-level codes are the classifier's; district codes follow its structure
 * and names were cross-checked against public lists, but each district code must be verified
 * against the current official KATO before production use (administrators can correct them).
 */
export interface RegionSeed {
  kato: string;
  parentKato: string | null;
  level: 'oblast' | 'city' | 'district';
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

export const regions: RegionSeed[] = [
  { kato: '100000000', parentKato: null, level: 'oblast', nameKk: 'Абай облысы', nameRu: 'Абайская область', nameEn: 'Abai Region' },
  { kato: '110000000', parentKato: null, level: 'oblast', nameKk: 'Ақмола облысы', nameRu: 'Акмолинская область', nameEn: 'Akmola Region' },
  { kato: '150000000', parentKato: null, level: 'oblast', nameKk: 'Ақтөбе облысы', nameRu: 'Актюбинская область', nameEn: 'Aktobe Region' },
  { kato: '190000000', parentKato: null, level: 'oblast', nameKk: 'Алматы облысы', nameRu: 'Алматинская область', nameEn: 'Almaty Region' },
  { kato: '230000000', parentKato: null, level: 'oblast', nameKk: 'Атырау облысы', nameRu: 'Атырауская область', nameEn: 'Atyrau Region' },
  { kato: '270000000', parentKato: null, level: 'oblast', nameKk: 'Батыс Қазақстан облысы', nameRu: 'Западно-Казахстанская область', nameEn: 'West Kazakhstan Region' },
  { kato: '310000000', parentKato: null, level: 'oblast', nameKk: 'Жамбыл облысы', nameRu: 'Жамбылская область', nameEn: 'Zhambyl Region' },
  { kato: '330000000', parentKato: null, level: 'oblast', nameKk: 'Жетісу облысы', nameRu: 'Область Жетісу', nameEn: 'Zhetysu Region' },
  { kato: '350000000', parentKato: null, level: 'oblast', nameKk: 'Қарағанды облысы', nameRu: 'Карагандинская область', nameEn: 'Karaganda Region' },
  { kato: '390000000', parentKato: null, level: 'oblast', nameKk: 'Қостанай облысы', nameRu: 'Костанайская область', nameEn: 'Kostanay Region' },
  { kato: '430000000', parentKato: null, level: 'oblast', nameKk: 'Қызылорда облысы', nameRu: 'Кызылординская область', nameEn: 'Kyzylorda Region' },
  { kato: '470000000', parentKato: null, level: 'oblast', nameKk: 'Маңғыстау облысы', nameRu: 'Мангистауская область', nameEn: 'Mangystau Region' },
  { kato: '550000000', parentKato: null, level: 'oblast', nameKk: 'Павлодар облысы', nameRu: 'Павлодарская область', nameEn: 'Pavlodar Region' },
  { kato: '590000000', parentKato: null, level: 'oblast', nameKk: 'Солтүстік Қазақстан облысы', nameRu: 'Северо-Казахстанская область', nameEn: 'North Kazakhstan Region' },
  { kato: '610000000', parentKato: null, level: 'oblast', nameKk: 'Түркістан облысы', nameRu: 'Туркестанская область', nameEn: 'Turkistan Region' },
  { kato: '620000000', parentKato: null, level: 'oblast', nameKk: 'Ұлытау облысы', nameRu: 'Область Ұлытау', nameEn: 'Ulytau Region' },
  { kato: '630000000', parentKato: null, level: 'oblast', nameKk: 'Шығыс Қазақстан облысы', nameRu: 'Восточно-Казахстанская область', nameEn: 'East Kazakhstan Region' },
  { kato: '710000000', parentKato: null, level: 'city', nameKk: 'Астана қаласы', nameRu: 'город Астана', nameEn: 'Astana' },
  { kato: '750000000', parentKato: null, level: 'city', nameKk: 'Алматы қаласы', nameRu: 'город Алматы', nameEn: 'Almaty' },
  { kato: '790000000', parentKato: null, level: 'city', nameKk: 'Шымкент қаласы', nameRu: 'город Шымкент', nameEn: 'Shymkent' },
  { kato: '711210000', parentKato: '710000000', level: 'district', nameKk: 'Алматы ауданы', nameRu: 'район Алматы', nameEn: 'Almaty District' },
  { kato: '711310000', parentKato: '710000000', level: 'district', nameKk: 'Есіл ауданы', nameRu: 'район Есиль', nameEn: 'Yesil District' },
  { kato: '711410000', parentKato: '710000000', level: 'district', nameKk: 'Сарыарқа ауданы', nameRu: 'район Сарыарка', nameEn: 'Saryarka District' },
  { kato: '711510000', parentKato: '710000000', level: 'district', nameKk: 'Байқоңыр ауданы', nameRu: 'район Байконыр', nameEn: 'Baikonur District' },
  { kato: '711610000', parentKato: '710000000', level: 'district', nameKk: 'Нұра ауданы', nameRu: 'район Нура', nameEn: 'Nura District' },
  { kato: '711710000', parentKato: '710000000', level: 'district', nameKk: 'Сарайшық ауданы', nameRu: 'район Сарайшык', nameEn: 'Saraishyk District' },
  { kato: '751110000', parentKato: '750000000', level: 'district', nameKk: 'Алатау ауданы', nameRu: 'Алатауский район', nameEn: 'Alatau District' },
  { kato: '751210000', parentKato: '750000000', level: 'district', nameKk: 'Алмалы ауданы', nameRu: 'Алмалинский район', nameEn: 'Almaly District' },
  { kato: '751310000', parentKato: '750000000', level: 'district', nameKk: 'Әуезов ауданы', nameRu: 'Ауэзовский район', nameEn: 'Auezov District' },
  { kato: '751410000', parentKato: '750000000', level: 'district', nameKk: 'Бостандық ауданы', nameRu: 'Бостандыкский район', nameEn: 'Bostandyk District' },
  { kato: '751510000', parentKato: '750000000', level: 'district', nameKk: 'Жетісу ауданы', nameRu: 'Жетысуский район', nameEn: 'Zhetysu District' },
  { kato: '751710000', parentKato: '750000000', level: 'district', nameKk: 'Медеу ауданы', nameRu: 'Медеуский район', nameEn: 'Medeu District' },
  { kato: '751810000', parentKato: '750000000', level: 'district', nameKk: 'Түрксіб ауданы', nameRu: 'Турксибский район', nameEn: 'Turksib District' },
  { kato: '751910000', parentKato: '750000000', level: 'district', nameKk: 'Наурызбай ауданы', nameRu: 'Наурызбайский район', nameEn: 'Nauryzbay District' },
  { kato: '791210000', parentKato: '790000000', level: 'district', nameKk: 'Әл-Фараби ауданы', nameRu: 'район Аль-Фараби', nameEn: 'Al-Farabi District' },
  { kato: '791310000', parentKato: '790000000', level: 'district', nameKk: 'Абай ауданы', nameRu: 'Абайский район', nameEn: 'Abai District' },
  { kato: '791410000', parentKato: '790000000', level: 'district', nameKk: 'Еңбекші ауданы', nameRu: 'Енбекшинский район', nameEn: 'Enbekshi District' },
  { kato: '791510000', parentKato: '790000000', level: 'district', nameKk: 'Қаратау ауданы', nameRu: 'район Каратау', nameEn: 'Karatau District' },
  { kato: '791610000', parentKato: '790000000', level: 'district', nameKk: 'Тұран ауданы', nameRu: 'район Туран', nameEn: 'Turan District' },
  { kato: '111010000', parentKato: '110000000', level: 'district', nameKk: 'Көкшетау қаласы', nameRu: 'город Кокшетау', nameEn: 'Kokshetau (city)' },
  { kato: '111810000', parentKato: '110000000', level: 'district', nameKk: 'Степногорск қаласы', nameRu: 'город Степногорск', nameEn: 'Stepnogorsk (city)' },
  { kato: '113200000', parentKato: '110000000', level: 'district', nameKk: 'Ақкөл ауданы', nameRu: 'Аккольский район', nameEn: 'Akkol District' },
  { kato: '113400000', parentKato: '110000000', level: 'district', nameKk: 'Аршалы ауданы', nameRu: 'Аршалынский район', nameEn: 'Arshaly District' },
  { kato: '113600000', parentKato: '110000000', level: 'district', nameKk: 'Астрахан ауданы', nameRu: 'Астраханский район', nameEn: 'Astrakhan District' },
  { kato: '113800000', parentKato: '110000000', level: 'district', nameKk: 'Атбасар ауданы', nameRu: 'Атбасарский район', nameEn: 'Atbasar District' },
  { kato: '114200000', parentKato: '110000000', level: 'district', nameKk: 'Біржан сал ауданы', nameRu: 'район Биржан сал', nameEn: 'Birzhan Sal District' },
  { kato: '115600000', parentKato: '110000000', level: 'district', nameKk: 'Зеренді ауданы', nameRu: 'Зерендинский район', nameEn: 'Zerendi District' },
  { kato: '116200000', parentKato: '110000000', level: 'district', nameKk: 'Целиноград ауданы', nameRu: 'Целиноградский район', nameEn: 'Tselinograd District' },
  { kato: '116400000', parentKato: '110000000', level: 'district', nameKk: 'Бурабай ауданы', nameRu: 'Бурабайский район', nameEn: 'Burabay District' },
  { kato: '116600000', parentKato: '110000000', level: 'district', nameKk: 'Шортанды ауданы', nameRu: 'Шортандинский район', nameEn: 'Shortandy District' },
  { kato: '351010000', parentKato: '350000000', level: 'district', nameKk: 'Қарағанды қаласы', nameRu: 'город Караганда', nameEn: 'Karaganda (city)' },
  { kato: '351610000', parentKato: '350000000', level: 'district', nameKk: 'Балқаш қаласы', nameRu: 'город Балхаш', nameEn: 'Balkhash (city)' },
  { kato: '352210000', parentKato: '350000000', level: 'district', nameKk: 'Теміртау қаласы', nameRu: 'город Темиртау', nameEn: 'Temirtau (city)' },
  { kato: '352410000', parentKato: '350000000', level: 'district', nameKk: 'Шахтинск қаласы', nameRu: 'город Шахтинск', nameEn: 'Shakhtinsk (city)' },
  { kato: '352010000', parentKato: '350000000', level: 'district', nameKk: 'Саран қаласы', nameRu: 'город Сарань', nameEn: 'Saran (city)' },
  { kato: '353200000', parentKato: '350000000', level: 'district', nameKk: 'Абай ауданы', nameRu: 'Абайский район', nameEn: 'Abai District' },
  { kato: '353400000', parentKato: '350000000', level: 'district', nameKk: 'Ақтоғай ауданы', nameRu: 'Актогайский район', nameEn: 'Aktogay District' },
  { kato: '353600000', parentKato: '350000000', level: 'district', nameKk: 'Бұқар жырау ауданы', nameRu: 'район Бухар жырау', nameEn: 'Bukhar-Zhyrau District' },
  { kato: '354400000', parentKato: '350000000', level: 'district', nameKk: 'Қарқаралы ауданы', nameRu: 'Каркаралинский район', nameEn: 'Karkaraly District' },
  { kato: '355200000', parentKato: '350000000', level: 'district', nameKk: 'Нұра ауданы', nameRu: 'Нуринский район', nameEn: 'Nura District' },
  { kato: '355400000', parentKato: '350000000', level: 'district', nameKk: 'Осакаров ауданы', nameRu: 'Осакаровский район', nameEn: 'Osakarov District' },
  { kato: '356400000', parentKato: '350000000', level: 'district', nameKk: 'Шет ауданы', nameRu: 'Шетский район', nameEn: 'Shet District' },
];
