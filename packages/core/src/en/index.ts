/**
 * The English vocabulary factledger reads: number words, the calendar, currencies, hedges, words
 * of change, units of measurement and a few closed word classes. These are facts of the language
 * and of currency codes, not of any topic: nothing here names a place or a story. Parsing (bylines,
 * datelines, sentence ends) and extraction read the same tables, so a month is spelled once.
 */
export * from './calendar.js';
export * from './change.js';
export * from './currency.js';
export * from './grammar.js';
export * from './hedges.js';
export * from './measures.js';
export * from './numbers.js';
