/**
 * Everything the act of services rendered (App. 8) and its sheet (App. 9 or 10) show, taken from
 * the signed content before rendering: the template formats but never calculates (money arrives
 * as decimal strings "1234.50", hours as "7:45", totals included).
 */
export interface ActView {
  locale: 'ru' | 'kk';
  number: string;            // act number, e.g. "QZ-2026-000123/2026-11/v1"
  version: number;
  formedOn: string;          // YYYY-MM-DD, Asia/Almaty: when the signed version was made
  orderNumber: string;
  period: { month: string; from: string; to: string }; // "2026-11", dates YYYY-MM-DD
  provider: { name: string; bin: string | null; iin: string | null; legalAddress: string; iban: string; bik: string; bankName: string };
  recipient: { fullName: string; iin: string; deceased: boolean };
  lines: { service: 'assistant' | 'sign_language' | 'goods'; dateFrom: string; dateTo: string; hours: string | null; quantity: number | null; unitPrice: string; guaranteedSum: string | null; reimbursedUnitPrice: string; cost: string; reimbursed: string }[];
  totals: { hours: string | null; total: string; reimbursed: string; coPayment: string };
  /** A goods act of acceptance: the item received. Null for service acts. */
  goods: { name: string; model: string | null; unit: 'piece' | 'hour' | 'day'; quantity: number; receivedOn: string; deliveryAddress: string | null } | null;
  /** The signed statement in the view's language. */
  statement: string;
  /** Service acts: App. 9 or 10. Null for goods. */
  sheet: {
    kind: 'accompaniment' | 'sign_language';
    rows: { date: string; start: string | null; end: string | null; hours: string; places: string | null; mode: 'online' | 'offline' | null; worker: string }[];
  } | null;
  documentSha256: string;
  signatures: {
    role: 'provider' | 'worker' | 'recipient' | 'representative';
    name: string;
    iin: string;
    bin: string | null;
    certificateSerial: string;
    certificateIssuer: string;
    signingTime: string;     // "2026-12-01 11:00:00+05:00", Asia/Almaty
    documentSha256: string;  // the digest this signature was made over
    valid: boolean;
  }[];
}
