/** Units of measurement: a number with one of these states a measure, not a count. */

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
