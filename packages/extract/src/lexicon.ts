/**
 * The closed word classes the scanner needs. These are facts of English and of
 * currency codes, not of any topic: nothing here names a place or a story.
 */

export const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  lakh: 1e5,
  million: 1e6,
  crore: 1e7,
  billion: 1e9,
  trillion: 1e12,
};

/** Abbreviated scales glued to or following a number: `5bn`, `$3m`, `10k`, `4.7 bln`. */
export const SHORT_SCALES: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
  tr: 1e12,
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  hundredth: 100,
};

/** Denominators of spelled fractions: `three-quarters`, `a third`, `two-fifths`. */
export const FRACTIONS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  eighth: 8,
  eighths: 8,
  tenth: 10,
  tenths: 10,
};

export const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** Currency signs before a number. `$` alone is USD unless a prefix or the text says otherwise. */
export const CURRENCY_SIGNS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
  '₹': 'INR',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  '₫': 'VND',
  '₱': 'PHP',
  '฿': 'THB',
  '₦': 'NGN',
  '₴': 'UAH',
  '₿': 'BTC',
};

/** Letters glued before `$`: `US$`, `C$`, `A$`, `HK$`. */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD',
  c: 'CAD',
  ca: 'CAD',
  a: 'AUD',
  au: 'AUD',
  nz: 'NZD',
  hk: 'HKD',
  s: 'SGD',
  sg: 'SGD',
  nt: 'TWD',
  r: 'BRL',
  mx: 'MXN',
};

/** Abbreviations written before the number like a sign: `Rs 500 crore`, `Rs. 20`. */
export const CURRENCY_ABBREVIATIONS: Record<string, string> = { rs: 'INR', inr: 'INR' };

/** ISO 4217 codes written before or after the number (`JPY 1.25 trillion`, `5 million EUR`). */
export const CURRENCY_CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'KRW',
  'CNY',
  'RMB',
  'INR',
  'CAD',
  'AUD',
  'NZD',
  'CHF',
  'HKD',
  'SGD',
  'SEK',
  'NOK',
  'DKK',
  'RUB',
  'BRL',
  'MXN',
  'ZAR',
  'TRY',
  'TWD',
  'THB',
  'IDR',
  'MYR',
  'PHP',
  'VND',
  'PLN',
  'CZK',
  'HUF',
  'ILS',
  'AED',
  'SAR',
  'EGP',
  'NGN',
  'KES',
  'PKR',
  'BDT',
  'UAH',
  'ARS',
  'CLP',
  'COP',
  'PEN',
]);

/** Currency names written after the number: `2.6 trillion won`, `300 euros`. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  won: 'KRW',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  peso: 'MXN',
  pesos: 'MXN',
  franc: 'CHF',
  francs: 'CHF',
  rand: 'ZAR',
  lira: 'TRY',
  reais: 'BRL',
  ringgit: 'MYR',
  baht: 'THB',
  rupiah: 'IDR',
  dong: 'VND',
  shekel: 'ILS',
  shekels: 'ILS',
  naira: 'NGN',
  hryvnia: 'UAH',
  zloty: 'PLN',
  krona: 'SEK',
  kronor: 'SEK',
  krone: 'NOK',
  kroner: 'NOK',
  dirham: 'AED',
  dirhams: 'AED',
  riyal: 'SAR',
  riyals: 'SAR',
  sterling: 'GBP',
};

/** Adjectives that pin a currency name: `Canadian dollars`, `Hong Kong dollars`. */
export const CURRENCY_ADJECTIVES: Record<string, string> = {
  us: 'USD',
  american: 'USD',
  canadian: 'CAD',
  australian: 'AUD',
  singapore: 'SGD',
  taiwan: 'TWD',
  zealand: 'NZD',
  kong: 'HKD',
  mexican: 'MXN',
  argentine: 'ARS',
  chilean: 'CLP',
  colombian: 'COP',
  indian: 'INR',
  pakistani: 'PKR',
  swiss: 'CHF',
  swedish: 'SEK',
  norwegian: 'NOK',
  danish: 'DKK',
  egyptian: 'EGP',
  south: 'ZAR',
  brazilian: 'BRL',
  chinese: 'CNY',
  japanese: 'JPY',
};

/**
 * Hedges, longest first within each first word. A hedge qualifies the figure right
 * after it (`about $5 billion`), so only the words directly before a figure are read.
 */
export const HEDGES: [string[], import('@factledger/core').Hedge][] = [
  [['an', 'estimated'], 'about'],
  [['approximately'], 'about'],
  [['~'], 'about'],
  [['approx'], 'about'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['roughly'], 'about'],
  [['some'], 'about'],
  [['circa'], 'about'],
  [['estimated'], 'about'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
  [['close', 'to'], 'nearly'],
  [['just', 'under'], 'nearly'],
  [['just', 'shy', 'of'], 'nearly'],
  [['up', 'to'], 'up-to'],
  [['as', 'much', 'as'], 'up-to'],
  [['as', 'many', 'as'], 'up-to'],
  [['as', 'high', 'as'], 'up-to'],
  [['at', 'most'], 'up-to'],
  [['no', 'more', 'than'], 'up-to'],
  [['no', 'later', 'than'], 'up-to'],
  [['not', 'later', 'than'], 'up-to'],
  [['more', 'than'], 'more-than'],
  [['over'], 'more-than'],
  [['just', 'over'], 'more-than'],
  [['upwards', 'of'], 'more-than'],
  [['upward', 'of'], 'more-than'],
  [['well', 'over'], 'more-than'],
  [['well', 'above'], 'more-than'],
  [['in', 'excess', 'of'], 'more-than'],
  [['greater', 'than'], 'more-than'],
  [['above'], 'more-than'],
  ...['exceed', 'exceeds', 'exceeded', 'exceeding', 'surpass', 'surpasses', 'surpassed', 'surpassing'].map(
    (verb): [string[], import('@factledger/core').Hedge] => [[verb], 'more-than'],
  ),
  [['at', 'least'], 'at-least'],
  [['no', 'fewer', 'than'], 'at-least'],
  [['no', 'less', 'than'], 'at-least'],
  [['a', 'minimum', 'of'], 'at-least'],
  [['no', 'earlier', 'than'], 'at-least'],
  [['not', 'earlier', 'than'], 'at-least'],
  // `as few as 200`: the writer stresses how low the figure is, so the quantity reaches at least it.
  [['as', 'few', 'as'], 'at-least'],
  [['as', 'little', 'as'], 'at-least'],
  [['as', 'low', 'as'], 'at-least'],
  [['less', 'than'], 'less-than'],
  [['fewer', 'than'], 'less-than'],
  [['under'], 'less-than'],
  [['below'], 'less-than'],
];

/** Rate periods after a figure: `a year`, `per month`, `annually`. */
export const PERIOD_NOUNS: Record<string, string> = {
  year: 'year',
  annum: 'year',
  month: 'month',
  week: 'week',
  day: 'day',
  quarter: 'quarter',
  hour: 'hour',
};
export const PERIOD_ADVERBS: Record<string, string> = {
  annually: 'year',
  yearly: 'year',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
  quarterly: 'quarter',
  hourly: 'hour',
};

/** Units of time, for durations and relative dates. */
export const TIME_UNITS: Record<string, string> = {
  year: 'year',
  years: 'year',
  month: 'month',
  months: 'month',
  week: 'week',
  weeks: 'week',
  day: 'day',
  days: 'day',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
  hour: 'hour',
  hours: 'hour',
  minute: 'minute',
  minutes: 'minute',
  quarter: 'quarter',
  quarters: 'quarter',
};

/** Words that are a multiplier when they compare (`twice as much`) or act as the verb (`to double`). */
export const BARE_MULTIPLIERS: Record<string, number> = { twice: 2, thrice: 3, double: 2, triple: 3, quadruple: 4 };

/** Verbs that state a multiplier: `doubled`, `tripling`. */
export const MULTIPLYING_VERBS: Record<string, number> = {
  doubled: 2,
  doubling: 2,
  doubles: 2,
  tripled: 3,
  tripling: 3,
  triples: 3,
  quadrupled: 4,
  quadrupling: 4,
  quadruples: 4,
};

/** Currency subunits written after a number: `62 cents` is 0.62 dollars. */
export const SUBUNITS: Record<string, { code: string; factor: number }> = {
  cent: { code: 'USD', factor: 0.01 },
  cents: { code: 'USD', factor: 0.01 },
  pence: { code: 'GBP', factor: 0.01 },
  penny: { code: 'GBP', factor: 0.01 },
};

/**
 * Units of measurement after a number (`13 km`, `0.5 g`, `25 kilometres`, `7.0 Mw`): a measure is
 * no count of things, and no kind of claim the ledger holds. `m` is left out: after a number it
 * is as often millions as metres.
 */
export const MEASURE_UNITS = new Set([
  ...['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'mi', 'mile', 'miles', 'metre', 'metres'],
  ...['meter', 'meters', 'cm', 'centimetres', 'centimeters', 'mm', 'millimetres', 'millimeters', 'ft', 'feet'],
  ...['foot', 'inch', 'inches', 'yd', 'yard', 'yards', 'nm', 'kg', 'kilogram', 'kilograms', 'g', 'gram'],
  ...[
    'grams',
    'gm',
    'gms',
    'kms',
    'mg',
    'lb',
    'lbs',
    'oz',
    'ounce',
    'ounces',
    'tonne',
    'tonnes',
    'l',
    'litre',
    'litres',
    'liter',
  ],
  ...['liters', 'ml', 'gallon', 'gallons', 'ha', 'hectare', 'hectares', 'acre', 'acres', 'sq', 'mph', 'kph'],
  ...['km/h', 'knots', 'degrees', 'mw', 'kw', 'gw', 'kwh', 'mwh', 'gwh', 'hz', 'khz', 'mhz', 'ghz', 'db'],
  ...['ppm', 'psi', 'volts', 'watts', 'kcal', '°'],
]);

/** Nouns that read a number off a scale (`magnitude 7.0`): a measure, not a count. */
export const SCALE_READINGS = new Set(['magnitude']);
