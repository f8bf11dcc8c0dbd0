export * from './iin';
export * from './bin';
export * from './iban';
export { twelveDigitCheckDigit } from './check-digit';
