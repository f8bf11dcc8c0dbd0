import type { GovernmentTransfer, StatutoryHoliday } from '@/lib/calendar/holiday-rules';

/**
 * Kazakhstan's public holidays for 2025–2027 (Law on holidays) and the government's day-off
 * transfers. This is seed DATA: the portal reads the calendar table, which administrators edit.
 * Constitution Day was 30 August until 2025; there is none in the official 2026 list; from 2027
 * it is reported to be 15 March. Kurban Ait follows the Spiritual Administration's dates.
 */
export const statutoryHolidays: StatutoryHoliday[] = [
  { date: '2025-01-01', religious: false, nameKk: 'Жаңа жыл', nameRu: 'Новый год', nameEn: 'New Year' },
  { date: '2025-01-02', religious: false, nameKk: 'Жаңа жыл', nameRu: 'Новый год', nameEn: 'New Year' },
  { date: '2025-01-07', religious: true, nameKk: 'Православиелік Рождество', nameRu: 'Православное Рождество', nameEn: 'Orthodox Christmas' },
  { date: '2025-03-08', religious: false, nameKk: 'Халықаралық әйелдер күні', nameRu: 'Международный женский день', nameEn: "International Women's Day" },
  { date: '2025-03-21', religious: false, nameKk: 'Наурыз мейрамы', nameRu: 'Наурыз мейрамы', nameEn: 'Nauryz' },
  { date: '2025-03-22', religious: false, nameKk: 'Наурыз мейрамы', nameRu: 'Наурыз мейрамы', nameEn: 'Nauryz' },
  { date: '2025-03-23', religious: false, nameKk: 'Наурыз мейрамы', nameRu: 'Наурыз мейрамы', nameEn: 'Nauryz' },
  { date: '2025-05-01', religious: false, nameKk: 'Қазақстан халқының бірлігі мерекесі', nameRu: 'Праздник единства народа Казахстана', nameEn: 'Day of Unity of the People of Kazakhstan' },
  { date: '2025-05-07', religious: false, nameKk: 'Отан қорғаушы күні', nameRu: 'День защитника Отечества', nameEn: 'Defender of the Fatherland Day' },
  { date: '2025-05-09', religious: false, nameKk: 'Жеңіс күні', nameRu: 'День Победы', nameEn: 'Victory Day' },
  { date: '2025-06-06', religious: true, nameKk: 'Құрбан айттың бірінші күні', nameRu: 'Первый день Курбан айта', nameEn: 'Kurban Ait, first day' },
  { date: '2025-07-06', religious: false, nameKk: 'Астана күні', nameRu: 'День Столицы', nameEn: 'Capital Day' },
  { date: '2025-08-30', religious: false, nameKk: 'Қазақстан Республикасының Конституциясы күні', nameRu: 'День Конституции Республики Казахстан', nameEn: 'Constitution Day' },
  { date: '2025-10-25', religious: false, nameKk: 'Республика күні', nameRu: 'День Республики', nameEn: 'Republic Day' },
  { date: '2025-12-16', religious: false, nameKk: 'Тәуелсіздік күні', nameRu: 'День Независимости', nameEn: 'Independence Day' },
  { date: '2026-01-01', religious: false, nameKk: 'Жаңа жыл', nameRu: 'Новый год', nameEn: 'New Year' },
  { date: '2026-01-02', religious: false, nameKk: 'Жаңа жыл', nameRu: 'Новый год', nameEn: 'New Year' },
  { date: '2026-01-07', religious: true, nameKk: 'Православиелік Рождество', nameRu: 'Православное Рождество', nameEn: 'Orthodox Christmas' },
  { date: '2026-03-08', religious: false, nameKk: 'Халықаралық әйелдер күні', nameRu: 'Международный женский день', nameEn: "International Women's Day" },
  { date: '2026-03-21', religious: false, nameKk: 'Наурыз мейрамы', nameRu: 'Наурыз мейрамы', nameEn: 'Nauryz' },
  { date: '2026-03-22', religious: false, nameKk: 'Наурыз мейрамы', nameRu: 'Наурыз мейрамы', nameEn: 'Nauryz' },
  { date: '2026-03-23', religious: false, nameKk: 'Наурыз мейрамы', nameRu: 'Наурыз мейрамы', nameEn: 'Nauryz' },
  { date: '2026-05-01', religious: false, nameKk: 'Қазақстан халқының бірлігі мерекесі', nameRu: 'Праздник единства народа Казахстана', nameEn: 'Day of Unity of the People of Kazakhstan' },
  { date: '2026-05-07', religious: false, nameKk: 'Отан қорғаушы күні', nameRu: 'День защитника Отечества', nameEn: 'Defender of the Fatherland Day' },
  { date: '2026-05-09', religious: false, nameKk: 'Жеңіс күні', nameRu: 'День Победы', nameEn: 'Victory Day' },
  { date: '2026-05-27', religious: true, nameKk: 'Құрбан айттың бірінші күні', nameRu: 'Первый день Курбан айта', nameEn: 'Kurban Ait, first day' },
  { date: '2026-07-06', religious: false, nameKk: 'Астана күні', nameRu: 'День Столицы', nameEn: 'Capital Day' },
  { date: '2026-10-25', religious: false, nameKk: 'Республика күні', nameRu: 'День Республики', nameEn: 'Republic Day' },
  { date: '2026-12-16', religious: false, nameKk: 'Тәуелсіздік күні', nameRu: 'День Независимости', nameEn: 'Independence Day' },
  { date: '2027-01-01', religious: false, nameKk: 'Жаңа жыл', nameRu: 'Новый год', nameEn: 'New Year' },
  { date: '2027-01-02', religious: false, nameKk: 'Жаңа жыл', nameRu: 'Новый год', nameEn: 'New Year' },
  { date: '2027-01-07', religious: true, nameKk: 'Православиелік Рождество', nameRu: 'Православное Рождество', nameEn: 'Orthodox Christmas' },
  { date: '2027-03-08', religious: false, nameKk: 'Халықаралық әйелдер күні', nameRu: 'Международный женский день', nameEn: "International Women's Day" },
  { date: '2027-03-15', religious: false, nameKk: 'Қазақстан Республикасының Конституциясы күні', nameRu: 'День Конституции Республики Казахстан', nameEn: 'Constitution Day' },
  { date: '2027-03-21', religious: false, nameKk: 'Наурыз мейрамы', nameRu: 'Наурыз мейрамы', nameEn: 'Nauryz' },
  { date: '2027-03-22', religious: false, nameKk: 'Наурыз мейрамы', nameRu: 'Наурыз мейрамы', nameEn: 'Nauryz' },
  { date: '2027-03-23', religious: false, nameKk: 'Наурыз мейрамы', nameRu: 'Наурыз мейрамы', nameEn: 'Nauryz' },
  { date: '2027-05-01', religious: false, nameKk: 'Қазақстан халқының бірлігі мерекесі', nameRu: 'Праздник единства народа Казахстана', nameEn: 'Day of Unity of the People of Kazakhstan' },
  { date: '2027-05-07', religious: false, nameKk: 'Отан қорғаушы күні', nameRu: 'День защитника Отечества', nameEn: 'Defender of the Fatherland Day' },
  { date: '2027-05-09', religious: false, nameKk: 'Жеңіс күні', nameRu: 'День Победы', nameEn: 'Victory Day' },
  { date: '2027-05-16', religious: true, nameKk: 'Құрбан айттың бірінші күні', nameRu: 'Первый день Курбан айта', nameEn: 'Kurban Ait, first day' },
  { date: '2027-07-06', religious: false, nameKk: 'Астана күні', nameRu: 'День Столицы', nameEn: 'Capital Day' },
  { date: '2027-10-25', religious: false, nameKk: 'Республика күні', nameRu: 'День Республики', nameEn: 'Republic Day' },
  { date: '2027-12-16', religious: false, nameKk: 'Тәуелсіздік күні', nameRu: 'День Независимости', nameEn: 'Independence Day' },
];

export const governmentTransfers: GovernmentTransfer[] = [
  { date: '2025-01-03', kind: 'day_off', nameKk: 'Демалыс күні (5 қаңтардан ауыстырылды)', nameRu: 'Выходной день (перенесён с 5 января)', nameEn: 'Day off (moved from 5 January)' },
  { date: '2025-01-05', kind: 'working_day', nameKk: 'Жұмыс күні (3 қаңтардың орнына)', nameRu: 'Рабочий день (вместо 3 января)', nameEn: 'Working day (in place of 3 January)' },
];
