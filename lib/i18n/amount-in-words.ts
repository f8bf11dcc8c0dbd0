import type { Locale } from './config';

/**
 * A tenge amount in words, as payment documents write it beside the figures: the tenge in words,
 * the tiyn in figures ("два миллиона пятьсот тысяч тенге 50 тиынов"). It is read from the decimal
 * string digit group by digit group, never through a float. Up to 999 billion.
 */

const ru = {
  units: ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  unitsFeminine: ['', 'одна', 'две'],
  teens: ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'],
  tens: ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'],
  hundreds: ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'],
  /** [one, few, many] for thousands, millions, billions; thousands are feminine. */
  scales: [
    ['тысяча', 'тысячи', 'тысяч'],
    ['миллион', 'миллиона', 'миллионов'],
    ['миллиард', 'миллиарда', 'миллиардов'],
  ],
  tiyn: ['тиын', 'тиына', 'тиынов'],
};

const kk = {
  units: ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'],
  tens: ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'],
  scales: ['мың', 'миллион', 'миллиард'],
};

const en = {
  units: ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  teens: ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
  tens: ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  scales: ['thousand', 'million', 'billion'],
};

/** Russian plural form: 0 for 1, 21…; 1 for 2–4, 22–24…; 2 for the rest (5–20, 25…). */
function ruForm(n: number): 0 | 1 | 2 {
  if (n % 100 >= 11 && n % 100 <= 14) return 2;
  if (n % 10 === 1) return 0;
  if (n % 10 >= 2 && n % 10 <= 4) return 1;
  return 2;
}

function ruTriple(n: number, feminine: boolean): string[] {
  const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  const words = [ru.hundreds[h]!];
  if (t === 1) words.push(ru.teens[u]!);
  else words.push(ru.tens[t]!, feminine && u <= 2 ? ru.unitsFeminine[u]! : ru.units[u]!);
  return words.filter(Boolean);
}

function kkTriple(n: number): string[] {
  const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  return [h ? `${kk.units[h]} жүз` : '', kk.tens[t]!, kk.units[u]!].filter(Boolean);
}

function enTriple(n: number): string[] {
  const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  const rest = t === 1 ? en.teens[u]! : t > 1 ? (u ? `${en.tens[t]}-${en.units[u]}` : en.tens[t]!) : en.units[u]!;
  return [h ? `${en.units[h]} hundred` : '', rest].filter(Boolean);
}

/** The whole tenge of an amount in words ("zero" when none). */
function wholeInWords(digits: string, locale: Locale): string {
  const groups: number[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(Number(digits.slice(Math.max(0, end - 3), end)));
  if (groups.length > 4) throw new RangeError('an amount in words goes up to 999 billion');
  const words: string[] = [];
  groups.forEach((group, i) => {
    const scale = groups.length - 1 - i; // 0: units, 1: thousands, 2: millions, 3: billions
    if (group === 0) return;
    if (locale === 'ru') {
      words.push(...ruTriple(group, scale === 1));
      if (scale > 0) words.push(ru.scales[scale - 1]![ruForm(group)]!);
    } else if (locale === 'kk') {
      words.push(...kkTriple(group));
      if (scale > 0) words.push(kk.scales[scale - 1]!);
    } else {
      words.push(...enTriple(group));
      if (scale > 0) words.push(en.scales[scale - 1]!);
    }
  });
  if (words.length === 0) return { ru: 'ноль', kk: 'нөл', en: 'zero' }[locale];
  return words.join(' ');
}

/** "2500000.50" → "два миллиона пятьсот тысяч тенге 50 тиынов" / "екі миллион бес жүз мың теңге 50 тиын" / "two million five hundred thousand tenge 50 tiyn". */
export function amountInWords(amount: string, locale: Locale): string {
  const match = /^(\d{1,12})\.(\d{2})$/.exec(amount);
  if (!match) throw new TypeError(`not a tenge amount with two decimals: ${amount}`);
  const [, whole = '0', tiyn = '00'] = match;
  const currency = { ru: 'тенге', kk: 'теңге', en: 'tenge' }[locale];
  const tiynWord = locale === 'ru' ? ru.tiyn[ruForm(Number(tiyn))]! : locale === 'kk' ? 'тиын' : 'tiyn';
  return `${wholeInWords(whole.replace(/^0+(?=\d)/, ''), locale)} ${currency} ${tiyn} ${tiynWord}`;
}
