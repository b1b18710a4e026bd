/**
 * Currency signs, codes and words as people write them beside an amount, with the ISO 4217 code
 * each one means. The amount reader drops them (a money column's currency is the sheet's); the
 * Purchases sheet keeps them, because a shop may take several currencies.
 *
 * Iran counts in two units of one currency: the rial (IRR, the legal unit) and the toman (10
 * rials, what prices are said and written in). Toman has no ISO code; `IRT` is the code Iranian
 * software and payment providers use for it. The two are converted exactly (×10), never by a rate.
 * "¥" is read as the yuan: of our six languages only Chinese uses it.
 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  '$': 'USD', 'us$': 'USD', 'usd': 'USD', 'dollar': 'USD', 'dollars': 'USD', 'دلار': 'USD', '美元': 'USD',
  '€': 'EUR', 'eur': 'EUR', 'euro': 'EUR', 'euros': 'EUR', 'يورو': 'EUR', 'یورو': 'EUR',
  '£': 'GBP', 'gbp': 'GBP',
  '¥': 'CNY', '￥': 'CNY', '元': 'CNY', '圆': 'CNY', '块': 'CNY', '塊': 'CNY', 'cny': 'CNY', 'rmb': 'CNY', 'yuan': 'CNY', '人民币': 'CNY', '人民幣': 'CNY',
  '円': 'JPY', 'jpy': 'JPY', '日元': 'JPY',
  '₸': 'KZT', 'kzt': 'KZT', 'тг': 'KZT', 'тңг': 'KZT', 'тенге': 'KZT', 'теңге': 'KZT', 'tenge': 'KZT', 'tg': 'KZT',
  '₽': 'RUB', 'rub': 'RUB', 'rur': 'RUB', 'руб': 'RUB', 'р': 'RUB', 'рубль': 'RUB', 'рубля': 'RUB', 'рублей': 'RUB',
  '₮': 'MNT', 'mnt': 'MNT', 'төг': 'MNT', 'төгрөг': 'MNT', 'төгрөгө': 'MNT', 'tugrik': 'MNT',
  '﷼': 'IRR', 'irr': 'IRR', 'ریال': 'IRR', 'ر': 'IRR',
  'irt': 'IRT', 'تومان': 'IRT', 'تومن': 'IRT', 'ت': 'IRT', 'toman': 'IRT',
  '₹': 'INR', '₩': 'KRW', '₺': 'TRY', 'try': 'TRY', '₴': 'UAH', 'uah': 'UAH', 'грн': 'UAH', '₾': 'GEL', '₼': 'AZN',
  'aed': 'AED', 'kgs': 'KGS', 'сом': 'KGS', 'uzs': 'UZS', 'сум': 'UZS',
};

/** The ISO code a currency sign, code or word means (any case, a trailing dot allowed), or null. */
export function currencyCode(text: string): string | null {
  const key = text.normalize('NFKC').trim().toLowerCase().replace(/\.$/, '');
  if (key === '') return null;
  const known = CURRENCY_WORDS[key];
  if (known) return known;
  return /^[a-z]{3}$/.test(key) ? key.toUpperCase() : null;
}

/** Rials per unit: the two Iranian units are one currency. */
const IRANIAN_UNITS: Readonly<Record<string, number>> = { IRR: 1, IRT: 10 };

/**
 * An amount in `from` expressed in `to`: the same currency as it is; rial and toman by their
 * fixed ratio; any other pair only through the user's rate table (units of `to` per unit of
 * each currency, where `to` is the shop's currency), else null: currencies are never added
 * together without a rate someone gave.
 */
export function convertAmount(amount: number, from: string, to: string, rates: Readonly<Record<string, number>> = {}): number | null {
  if (from === to) return amount;
  const fromRials = IRANIAN_UNITS[from];
  const toRials = IRANIAN_UNITS[to];
  if (fromRials !== undefined && toRials !== undefined) return (amount * fromRials) / toRials;
  const rate = rates[from];
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? amount * rate : null;
}
