/**
 * Kazakhstan's administrative units by KATO code (Classifier of administrative-territorial
 * objects, NK RK 11, maintained by the Bureau of National Statistics): the 17 oblasts (with
 * Abai, Zhetysu and Ulytau of 2022), the 3 cities of republican significance, the districts of
 * Astana, Almaty and Shymkent, and the districts and cities of regional significance of the
 * Akmola and Karaganda oblasts.
 *
 * Sources (public repositories that read the official classifier files):
 *  - a population-by-rayon pipeline built on the KATO release of 18.09.2026: the two-digit
 *    region codes (10 Abai, 33 Zhetysu, 62 Ulytau ...), Astana 711110000 / 711210000 /
 *    711510000 / 711610000 (Saraishyk, split off Almaty district on 29 Jan 2025) and the five
 *    Shymkent districts 791110000 ... 791910000;
 *  - a location catalogue generated from KATO 11-2025: all city-district codes of Astana,
 *    Almaty and Shymkent with their names;
 *  - two lists of four-digit KATO unit prefixes (one from 2022 after the oblast reform, one
 *    from an August 2025 report script): the Akmola and Karaganda units and the Almaty /
 *    Astana / Shymkent districts existing in 2022;
 *  - the October 2022 KATO file itself (as CSV) for the code structure: an oblast-level unit is
 *    its four-digit prefix + '00000' (e.g. 611000000 "Туркестан Г.А." is the parent of
 *    611010000 "г.Туркестан"); an Akmola code in full form (116600000 Tselinograd) was also
 *    seen in a land-cadastre client.
 * A city of regional significance is listed by its city-administration unit (XXXX00000, the
 * oblast's direct child in KATO), not by the town itself (XXXX10000).
 */
export interface RegionSeed {
  kato: string; // 9-digit KATO (Classifier of administrative-territorial objects of Kazakhstan) code
  parentKato: string | null;
  level: 'oblast' | 'city' | 'district'; // 'city' = city of republican significance
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

export const regions: RegionSeed[] = [
  // Oblasts
  { kato: '100000000', parentKato: null, level: 'oblast', nameKk: 'Абай облысы', nameRu: 'область Абай', nameEn: 'Abai Region' },
  { kato: '110000000', parentKato: null, level: 'oblast', nameKk: 'Ақмола облысы', nameRu: 'Акмолинская область', nameEn: 'Akmola Region' },
  { kato: '150000000', parentKato: null, level: 'oblast', nameKk: 'Ақтөбе облысы', nameRu: 'Актюбинская область', nameEn: 'Aktobe Region' },
  { kato: '190000000', parentKato: null, level: 'oblast', nameKk: 'Алматы облысы', nameRu: 'Алматинская область', nameEn: 'Almaty Region' },
  { kato: '230000000', parentKato: null, level: 'oblast', nameKk: 'Атырау облысы', nameRu: 'Атырауская область', nameEn: 'Atyrau Region' },
  { kato: '270000000', parentKato: null, level: 'oblast', nameKk: 'Батыс Қазақстан облысы', nameRu: 'Западно-Казахстанская область', nameEn: 'West Kazakhstan Region' },
  { kato: '310000000', parentKato: null, level: 'oblast', nameKk: 'Жамбыл облысы', nameRu: 'Жамбылская область', nameEn: 'Zhambyl Region' },
  { kato: '330000000', parentKato: null, level: 'oblast', nameKk: 'Жетісу облысы', nameRu: 'область Жетісу', nameEn: 'Zhetysu Region' },
  { kato: '350000000', parentKato: null, level: 'oblast', nameKk: 'Қарағанды облысы', nameRu: 'Карагандинская область', nameEn: 'Karaganda Region' },
  { kato: '390000000', parentKato: null, level: 'oblast', nameKk: 'Қостанай облысы', nameRu: 'Костанайская область', nameEn: 'Kostanay Region' },
  { kato: '430000000', parentKato: null, level: 'oblast', nameKk: 'Қызылорда облысы', nameRu: 'Кызылординская область', nameEn: 'Kyzylorda Region' },
  { kato: '470000000', parentKato: null, level: 'oblast', nameKk: 'Маңғыстау облысы', nameRu: 'Мангистауская область', nameEn: 'Mangystau Region' },
  { kato: '550000000', parentKato: null, level: 'oblast', nameKk: 'Павлодар облысы', nameRu: 'Павлодарская область', nameEn: 'Pavlodar Region' },
  { kato: '590000000', parentKato: null, level: 'oblast', nameKk: 'Солтүстік Қазақстан облысы', nameRu: 'Северо-Казахстанская область', nameEn: 'North Kazakhstan Region' },
  { kato: '610000000', parentKato: null, level: 'oblast', nameKk: 'Түркістан облысы', nameRu: 'Туркестанская область', nameEn: 'Turkistan Region' },
  { kato: '620000000', parentKato: null, level: 'oblast', nameKk: 'Ұлытау облысы', nameRu: 'область Ұлытау', nameEn: 'Ulytau Region' },
  { kato: '630000000', parentKato: null, level: 'oblast', nameKk: 'Шығыс Қазақстан облысы', nameRu: 'Восточно-Казахстанская область', nameEn: 'East Kazakhstan Region' },

  // Cities of republican significance
  { kato: '710000000', parentKato: null, level: 'city', nameKk: 'Астана қаласы', nameRu: 'город Астана', nameEn: 'Astana' },
  { kato: '750000000', parentKato: null, level: 'city', nameKk: 'Алматы қаласы', nameRu: 'город Алматы', nameEn: 'Almaty' },
  { kato: '790000000', parentKato: null, level: 'city', nameKk: 'Шымкент қаласы', nameRu: 'город Шымкент', nameEn: 'Shymkent' },

  // Astana
  { kato: '711110000', parentKato: '710000000', level: 'district', nameKk: 'Алматы ауданы', nameRu: 'район Алматы', nameEn: 'Almaty District' },
  { kato: '711210000', parentKato: '710000000', level: 'district', nameKk: 'Есіл ауданы', nameRu: 'район Есиль', nameEn: 'Yesil District' },
  { kato: '711310000', parentKato: '710000000', level: 'district', nameKk: 'Сарыарқа ауданы', nameRu: 'район Сарыарка', nameEn: 'Saryarka District' },
  { kato: '711410000', parentKato: '710000000', level: 'district', nameKk: 'Байқоңыр ауданы', nameRu: 'район Байконур', nameEn: 'Baikonur District' },
  { kato: '711510000', parentKato: '710000000', level: 'district', nameKk: 'Нұра ауданы', nameRu: 'район Нура', nameEn: 'Nura District' }, // created 2022
  { kato: '711610000', parentKato: '710000000', level: 'district', nameKk: 'Сарайшық ауданы', nameRu: 'район Сарайшык', nameEn: 'Saraishyk District' }, // created 2025 from Almaty district

  // Almaty
  { kato: '751110000', parentKato: '750000000', level: 'district', nameKk: 'Алмалы ауданы', nameRu: 'Алмалинский район', nameEn: 'Almaly District' },
  { kato: '751210000', parentKato: '750000000', level: 'district', nameKk: 'Алатау ауданы', nameRu: 'Алатауский район', nameEn: 'Alatau District' },
  { kato: '751310000', parentKato: '750000000', level: 'district', nameKk: 'Әуезов ауданы', nameRu: 'Ауэзовский район', nameEn: 'Auezov District' },
  { kato: '751410000', parentKato: '750000000', level: 'district', nameKk: 'Бостандық ауданы', nameRu: 'Бостандыкский район', nameEn: 'Bostandyk District' },
  { kato: '751510000', parentKato: '750000000', level: 'district', nameKk: 'Жетісу ауданы', nameRu: 'Жетысуский район', nameEn: 'Zhetysu District' },
  { kato: '751710000', parentKato: '750000000', level: 'district', nameKk: 'Медеу ауданы', nameRu: 'Медеуский район', nameEn: 'Medeu District' },
  { kato: '751810000', parentKato: '750000000', level: 'district', nameKk: 'Наурызбай ауданы', nameRu: 'Наурызбайский район', nameEn: 'Nauryzbay District' },
  { kato: '751910000', parentKato: '750000000', level: 'district', nameKk: 'Түрксіб ауданы', nameRu: 'Турксибский район', nameEn: 'Turksib District' },

  // Shymkent
  { kato: '791110000', parentKato: '790000000', level: 'district', nameKk: 'Абай ауданы', nameRu: 'Абайский район', nameEn: 'Abai District' },
  { kato: '791310000', parentKato: '790000000', level: 'district', nameKk: 'Әл-Фараби ауданы', nameRu: 'Аль-Фарабийский район', nameEn: 'Al-Farabi District' },
  { kato: '791510000', parentKato: '790000000', level: 'district', nameKk: 'Еңбекші ауданы', nameRu: 'Енбекшинский район', nameEn: 'Yenbekshi District' },
  { kato: '791710000', parentKato: '790000000', level: 'district', nameKk: 'Қаратау ауданы', nameRu: 'Каратауский район', nameEn: 'Karatau District' },
  { kato: '791910000', parentKato: '790000000', level: 'district', nameKk: 'Тұран ауданы', nameRu: 'Туранский район', nameEn: 'Turan District' }, // created 2022

  // Akmola oblast: cities of regional significance, then districts
  { kato: '111000000', parentKato: '110000000', level: 'district', nameKk: 'Көкшетау қаласы', nameRu: 'город Кокшетау', nameEn: 'Kokshetau (city)' },
  { kato: '111600000', parentKato: '110000000', level: 'district', nameKk: 'Қосшы қаласы', nameRu: 'город Косшы', nameEn: 'Kosshy (city)' },
  { kato: '111800000', parentKato: '110000000', level: 'district', nameKk: 'Степногор қаласы', nameRu: 'город Степногорск', nameEn: 'Stepnogorsk (city)' },
  { kato: '113200000', parentKato: '110000000', level: 'district', nameKk: 'Ақкөл ауданы', nameRu: 'Аккольский район', nameEn: 'Akkol District' },
  { kato: '113400000', parentKato: '110000000', level: 'district', nameKk: 'Аршалы ауданы', nameRu: 'Аршалынский район', nameEn: 'Arshaly District' },
  { kato: '113600000', parentKato: '110000000', level: 'district', nameKk: 'Астрахан ауданы', nameRu: 'Астраханский район', nameEn: 'Astrakhan District' },
  { kato: '113800000', parentKato: '110000000', level: 'district', nameKk: 'Атбасар ауданы', nameRu: 'Атбасарский район', nameEn: 'Atbasar District' },
  { kato: '114000000', parentKato: '110000000', level: 'district', nameKk: 'Бұланды ауданы', nameRu: 'Буландынский район', nameEn: 'Bulandy District' },
  { kato: '114400000', parentKato: '110000000', level: 'district', nameKk: 'Егіндікөл ауданы', nameRu: 'Егиндыкольский район', nameEn: 'Egindykol District' },
  { kato: '114500000', parentKato: '110000000', level: 'district', nameKk: 'Біржан сал ауданы', nameRu: 'район Биржан сал', nameEn: 'Birzhan Sal District' },
  { kato: '114600000', parentKato: '110000000', level: 'district', nameKk: 'Ерейментау ауданы', nameRu: 'Ерейментауский район', nameEn: 'Ereymentau District' },
  { kato: '114800000', parentKato: '110000000', level: 'district', nameKk: 'Есіл ауданы', nameRu: 'Есильский район', nameEn: 'Yesil District' },
  { kato: '115200000', parentKato: '110000000', level: 'district', nameKk: 'Жақсы ауданы', nameRu: 'Жаксынский район', nameEn: 'Zhaksy District' },
  { kato: '115400000', parentKato: '110000000', level: 'district', nameKk: 'Жарқайың ауданы', nameRu: 'Жаркаинский район', nameEn: 'Zharkaiyn District' },
  { kato: '115600000', parentKato: '110000000', level: 'district', nameKk: 'Зеренді ауданы', nameRu: 'Зерендинский район', nameEn: 'Zerendi District' },
  { kato: '116000000', parentKato: '110000000', level: 'district', nameKk: 'Қорғалжын ауданы', nameRu: 'Коргалжынский район', nameEn: 'Korgalzhyn District' },
  { kato: '116400000', parentKato: '110000000', level: 'district', nameKk: 'Сандықтау ауданы', nameRu: 'Сандыктауский район', nameEn: 'Sandyktau District' },
  { kato: '116600000', parentKato: '110000000', level: 'district', nameKk: 'Целиноград ауданы', nameRu: 'Целиноградский район', nameEn: 'Tselinograd District' },
  { kato: '116800000', parentKato: '110000000', level: 'district', nameKk: 'Шортанды ауданы', nameRu: 'Шортандинский район', nameEn: 'Shortandy District' },
  { kato: '117000000', parentKato: '110000000', level: 'district', nameKk: 'Бурабай ауданы', nameRu: 'Бурабайский район', nameEn: 'Burabay District' },

  // Karaganda oblast (after Zhezkazgan, Karazhal, Satpayev, Zhanaarka and Ulytau moved to Ulytau oblast in 2022)
  { kato: '351000000', parentKato: '350000000', level: 'district', nameKk: 'Қарағанды қаласы', nameRu: 'город Караганда', nameEn: 'Karaganda (city)' },
  { kato: '351600000', parentKato: '350000000', level: 'district', nameKk: 'Балқаш қаласы', nameRu: 'город Балхаш', nameEn: 'Balkhash (city)' },
  { kato: '352100000', parentKato: '350000000', level: 'district', nameKk: 'Приозерск қаласы', nameRu: 'город Приозерск', nameEn: 'Priozersk (city)' },
  { kato: '352200000', parentKato: '350000000', level: 'district', nameKk: 'Саран қаласы', nameRu: 'город Сарань', nameEn: 'Saran (city)' },
  { kato: '352400000', parentKato: '350000000', level: 'district', nameKk: 'Теміртау қаласы', nameRu: 'город Темиртау', nameEn: 'Temirtau (city)' },
  { kato: '352800000', parentKato: '350000000', level: 'district', nameKk: 'Шахтинск қаласы', nameRu: 'город Шахтинск', nameEn: 'Shakhtinsk (city)' },
  { kato: '353200000', parentKato: '350000000', level: 'district', nameKk: 'Абай ауданы', nameRu: 'Абайский район', nameEn: 'Abai District' },
  { kato: '353600000', parentKato: '350000000', level: 'district', nameKk: 'Ақтоғай ауданы', nameRu: 'Актогайский район', nameEn: 'Aktogay District' },
  { kato: '354000000', parentKato: '350000000', level: 'district', nameKk: 'Бұқар жырау ауданы', nameRu: 'Бухар-Жырауский район', nameEn: 'Bukhar-Zhyrau District' },
  { kato: '354800000', parentKato: '350000000', level: 'district', nameKk: 'Қарқаралы ауданы', nameRu: 'Каркаралинский район', nameEn: 'Karkaraly District' },
  { kato: '355200000', parentKato: '350000000', level: 'district', nameKk: 'Нұра ауданы', nameRu: 'Нуринский район', nameEn: 'Nura District' },
  { kato: '355600000', parentKato: '350000000', level: 'district', nameKk: 'Осакаров ауданы', nameRu: 'Осакаровский район', nameEn: 'Osakarov District' },
  { kato: '356400000', parentKato: '350000000', level: 'district', nameKk: 'Шет ауданы', nameRu: 'Шетский район', nameEn: 'Shet District' },
];
