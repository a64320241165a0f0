/** The `lang` of a country alias that is a code ("DE", "USA"): read only where a code fits. */
export const CODE = 'code';
