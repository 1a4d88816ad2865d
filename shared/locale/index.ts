// Locale: id-ID numbers, dates and durations.
export * from './date';
export * from './duration';
export * from './locale';
export * from './number';
