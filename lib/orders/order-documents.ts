import { locales } from '@/lib/i18n/config';
import { translateKey } from '@/lib/i18n/translator';
import type { OrderRow } from '@/db/schema';
import { orderMoney } from './rules';

/** The kinds of signed document an order carries, each with subject ('order', order id). */
export const ORDER_DOCUMENT_KINDS = {
  application: 'order_application',
  decision: 'order_decision',
  contract: 'order_contract',
  receipt: 'order_receipt',
} as const;
export type OrderDocumentKind = (typeof ORDER_DOCUMENT_KINDS)[keyof typeof ORDER_DOCUMENT_KINDS];

export interface OrderParties {
  provider: { name: string; bin: string | null; iin: string | null };
  recipient: { fullName: string; iin: string };
  signer: { name: string; iin: string; bin?: string };
  itemName: string;
  itemModel: string | null;
  classifierName: string;
  unit: 'piece' | 'hour' | 'day';
  /** What a contract states about the provider beyond its name: address and where it is paid. */
  providerDetails: { legalAddress: string; iban: string; bik: string; bankName: string };
  recipientAddress: string | null;
}

/** A text in every language, so the signed bytes read the same whatever language the signer uses. */
export function inEveryLanguage(key: string, values: Record<string, string | number>) {
  return Object.fromEntries(locales.map((l) => [l, translateKey(l, key, values)])) as Record<(typeof locales)[number], string>;
}

/** What every order document states about the order: the same facts the parties agreed on. */
function orderFacts(order: OrderRow, parties: OrderParties) {
  return {
    number: order.number,
    provider: parties.provider,
    recipient: parties.recipient,
    item: { code: order.classifierCode, name: parties.itemName, model: parties.itemModel, classifierName: parties.classifierName, unit: parties.unit },
    quantity: order.quantity,
    money: orderMoney(order.unitPrice, order.guaranteedSum, order.quantity),
    delivery: order.delivery,
    deliveryAddress: order.deliveryAddress,
    leadTimeDays: order.leadTimeDays,
    period: order.periodFrom ? { from: order.periodFrom, to: order.periodTo } : null,
    iprNumber: order.iprNumber,
  };
}

function textValues(order: OrderRow, parties: OrderParties) {
  const m = orderMoney(order.unitPrice, order.guaranteedSum, order.quantity);
  return { number: order.number, provider: parties.provider.name, item: parties.itemName, quantity: order.quantity, total: m.total, reimbursed: m.reimbursedTotal, coPayment: m.coPaymentTotal };
}

/** The application for reimbursement of the guaranteed sum, signed by the recipient or their representative. */
export function applicationContent(order: OrderRow, parties: OrderParties, date: string) {
  return {
    title: inEveryLanguage('orders.documents.application.title', { number: order.number }),
    text: inEveryLanguage('orders.documents.application.text', textValues(order, parties)),
    signer: parties.signer,
    date,
    order: orderFacts(order, parties),
  };
}

/** The provider's decision: acceptance, or refusal with its reason. */
export function decisionContent(order: OrderRow, parties: OrderParties, date: string, decision: { decision: 'accept' | 'refuse'; reason: string | null; comment: string | null }) {
  const key = decision.decision === 'accept' ? 'orders.documents.decision.accept_text' : 'orders.documents.decision.refuse_text';
  const reasonText = decision.reason ? inEveryLanguage(`orders.refusal_reasons.${decision.reason}`, {}) : null;
  return {
    title: inEveryLanguage('orders.documents.decision.title', { number: order.number }),
    text: Object.fromEntries(
      locales.map((l) => [l, translateKey(l, key, { ...textValues(order, parties), reason: reasonText?.[l] ?? '', comment: decision.comment ?? '' })]),
    ),
    signer: parties.signer,
    date,
    decision,
    order: orderFacts(order, parties),
  };
}

/**
 * The contract both parties sign once the provider accepted: everything its PDF shows (the
 * provider's address and bank details, who signs for it, the recipient's address, the
 * representative) is in the signed content, so the printed form says exactly what was signed.
 */
export function contractContent(order: OrderRow, parties: OrderParties, date: string, representative: { fullName: string; iin: string } | null, measure: { hoursPerDay: number | null; hoursPerYear: number | null }) {
  return {
    title: inEveryLanguage('orders.documents.contract.title', { number: order.number }),
    text: inEveryLanguage('orders.documents.contract.text', textValues(order, parties)),
    date,
    providerSigner: parties.signer,
    providerDetails: parties.providerDetails,
    recipientAddress: parties.recipientAddress,
    representative,
    measure,
    order: orderFacts(order, parties),
  };
}

/** The acceptance certificate: the recipient confirms they received the goods or the stay. */
export function receiptContent(order: OrderRow, parties: OrderParties, date: string) {
  return {
    title: inEveryLanguage('orders.documents.receipt.title', { number: order.number }),
    text: inEveryLanguage('orders.documents.receipt.text', textValues(order, parties)),
    signer: parties.signer,
    date,
    order: orderFacts(order, parties),
  };
}
