/**
 * Everything the order contract shows, computed before rendering: the template formats but never
 * calculates (money arrives as decimal strings "1234.50", totals included).
 */
export interface OrderContractView {
  locale: 'ru' | 'kk';
  number: string;            // order number, e.g. "QZ-2026-000123"
  formedOn: string;          // YYYY-MM-DD, Asia/Almaty
  provider: { name: string; bin: string | null; iin: string | null; legalAddress: string; iban: string; bik: string; bankName: string; signerName: string };
  recipient: { fullName: string; iin: string; address: string | null; representative: { fullName: string; iin: string } | null };
  subject: { code: string; classifierName: string; itemName: string; model: string | null; quantity: number; unit: 'piece' | 'hour' | 'day' };
  money: { unitPrice: string; guaranteedSum: string; reimbursedPerUnit: string; coPaymentPerUnit: string; total: string; reimbursedTotal: string; coPaymentTotal: string }; // decimal strings "1234.50"
  delivery: { method: 'delivery' | 'pickup' | null; address: string | null; leadTimeDays: number | null };
  service: { periodFrom: string; periodTo: string; hoursPerDay: number | null; hoursPerYear: number | null } | null;
  documentSha256: string;
  signatures: { role: 'provider' | 'recipient' | 'representative'; name: string; iin: string; bin: string | null; certificateSerial: string; certificateIssuer: string; signingTime: string; valid: boolean }[];
}
