import { z } from 'zod';
import { challengeResponseSchema, meResponseSchema, tokenRequestSchema, tokenResponseSchema } from '@/lib/auth/schemas';
import type { Permission } from '@/lib/auth/permissions';
import { deadlineQuerySchema, deadlineResponseSchema } from '@/lib/calendar/schemas';
import { verificationRequestSchema, verificationResultSchema } from '@/lib/signatures/schemas';
import { classifierQuerySchema, classifierResponseSchema } from '@/lib/classifier/schemas';
import { catalogItemIdParamsSchema, catalogItemInputSchema, catalogItemPatchSchema, catalogItemResponseSchema } from '@/lib/catalog/schemas';
import { providersQuerySchema, providersResponseSchema } from '@/lib/marketplace/schemas';
import { importRequestSchema, importResponseSchema } from '@/lib/entitlements/import-schemas';
import { eventsRequestSchema, eventsResponseSchema } from '@/lib/entitlements/event-schemas';
import { fulfilmentParamsSchema, fulfilmentResponseSchema } from '@/lib/entitlements/fulfilment';
import { fulfilmentStepSchema, orderDecisionSchema, orderIdParamsSchema, orderListQuerySchema, placeOrderSchema } from '@/lib/orders/schemas';
import { orderDetailSchema, orderDocumentToSignSchema, orderViewSchema } from '@/lib/orders/order-view';
import { journalEntryInputSchema, journalEntryListSchema, journalEntryViewSchema, journalListQuerySchema } from '@/lib/journals/schemas';
import { documentIdParamsSchema, documentViewSchema, signatureAcceptedSchema, signatureSubmissionSchema } from '@/lib/documents/schemas';

/**
 * The REST API's contract: every endpoint, its schemas and the permission it needs. Route
 * handlers validate with these schemas and /api/v1/openapi.json is generated from them, so
 * the document cannot drift from what the code accepts.
 */
export interface EndpointSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** 'public' endpoints need no credential; every other one names its permission. */
  access: 'public' | Permission;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** Largest request body accepted; default 64 KiB. */
  maxBodyBytes?: number;
  /** For endpoints that answer raw bytes instead of JSON. */
  responseContentType?: string;
  successStatus: 200 | 201;
  /** Accepts an Idempotency-Key header (R8): a retried key replays the first answer. */
  idempotent?: true;
  /** Problem codes the endpoint may answer besides validation and server errors. */
  problems: readonly (401 | 403 | 404 | 409 | 422 | 429)[];
}

export const healthResponseSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export const endpoints = {
  health: {
    method: 'GET',
    path: '/api/v1/health',
    operationId: 'getHealth',
    summary: 'Liveness: answers without touching the database',
    tag: 'service',
    access: 'public',
    response: healthResponseSchema,
    successStatus: 200,
    problems: [],
  },
  issueToken: {
    method: 'POST',
    path: '/api/v1/auth/token',
    operationId: 'issueToken',
    summary: 'Exchange a login and password for a bearer token (valid one hour)',
    tag: 'auth',
    access: 'public',
    body: tokenRequestSchema,
    response: tokenResponseSchema,
    successStatus: 200,
    problems: [401, 403, 429],
  },
  signInChallenge: {
    method: 'POST',
    path: '/api/v1/auth/challenge',
    operationId: 'issueSignInChallenge',
    summary: 'A one-time challenge to sign with the AUTH key for signing in with a digital signature (valid 5 minutes)',
    tag: 'auth',
    access: 'public',
    response: challengeResponseSchema,
    successStatus: 201,
    problems: [],
  },
  me: {
    method: 'GET',
    path: '/api/v1/me',
    operationId: 'getMe',
    summary: 'The account behind the token or session',
    tag: 'auth',
    access: 'profile.read',
    response: meResponseSchema,
    successStatus: 200,
    problems: [401],
  },
  deadline: {
    method: 'GET',
    path: '/api/v1/calendar/deadline',
    operationId: 'getWorkingDayDeadline',
    summary: 'The end of the Nth working day after an arrival instant (arrival day not counted), Asia/Almaty',
    tag: 'calendar',
    access: 'calendar.read',
    query: deadlineQuerySchema,
    response: deadlineResponseSchema,
    successStatus: 200,
    problems: [401, 403, 422],
  },
  getDocument: {
    method: 'GET',
    path: '/api/v1/documents/{id}',
    operationId: 'getDocument',
    summary: 'A document version: metadata, status, and its signatures with their verification results',
    tag: 'documents',
    access: 'documents.read',
    params: documentIdParamsSchema,
    response: documentViewSchema,
    successStatus: 200,
    problems: [401, 403, 404],
  },
  getDocumentContent: {
    method: 'GET',
    path: '/api/v1/documents/{id}/content',
    operationId: 'getDocumentContent',
    summary: 'The exact canonical bytes to sign (RFC 8785 JSON); their SHA-256 is in the ETag',
    tag: 'documents',
    access: 'documents.read',
    params: documentIdParamsSchema,
    response: z.string().meta({ format: 'binary' }),
    responseContentType: 'application/octet-stream',
    successStatus: 200,
    problems: [401, 403, 404],
  },
  submitSignature: {
    method: 'POST',
    path: '/api/v1/documents/{id}/signatures',
    operationId: 'submitSignature',
    summary: "Submit the signer's detached CMS; it is verified (S1–S6) before it is stored",
    tag: 'documents',
    access: 'documents.sign',
    params: documentIdParamsSchema,
    body: signatureSubmissionSchema,
    response: signatureAcceptedSchema,
    successStatus: 201,
    problems: [401, 403, 404, 409, 422],
  },
  verifySignature: {
    method: 'POST',
    path: '/api/v1/signatures/verify',
    operationId: 'verifySignature',
    summary: 'Anyone (an office, a court) checks who signed some bytes, when, and whether the signature holds',
    tag: 'documents',
    access: 'public',
    body: verificationRequestSchema,
    maxBodyBytes: 30 * 1024 * 1024,
    response: verificationResultSchema,
    successStatus: 200,
    problems: [],
  },
  classifier: {
    method: 'GET',
    path: '/api/v1/classifier',
    operationId: 'listClassifier',
    summary: 'The classifier of goods and services with the guaranteed sum per unit in force (today, or on ?date)',
    tag: 'catalog',
    access: 'public',
    query: classifierQuerySchema,
    response: classifierResponseSchema,
    successStatus: 200,
    problems: [],
  },
  providers: {
    method: 'GET',
    path: '/api/v1/providers',
    operationId: 'listProviders',
    summary: 'Verified providers serving a region, with their offers (of one classifier entry when ?code is given); paged by cursor',
    tag: 'catalog',
    access: 'public',
    query: providersQuerySchema,
    response: providersResponseSchema,
    successStatus: 200,
    problems: [],
  },
  listCatalogItems: {
    method: 'GET',
    path: '/api/v1/catalog-items',
    operationId: 'listOwnCatalogItems',
    summary: "The calling provider's own active items",
    tag: 'catalog',
    access: 'catalog.manage',
    response: z.object({ items: z.array(catalogItemResponseSchema) }).meta({ id: 'CatalogItems' }),
    successStatus: 200,
    problems: [401, 403],
  },
  createCatalogItem: {
    method: 'POST',
    path: '/api/v1/catalog-items',
    operationId: 'createCatalogItem',
    summary: 'A provider administrator adds an item to their catalog',
    tag: 'catalog',
    access: 'catalog.manage',
    body: catalogItemInputSchema,
    response: catalogItemResponseSchema,
    successStatus: 201,
    idempotent: true,
    problems: [401, 403, 409, 422],
  },
  updateCatalogItem: {
    method: 'PATCH',
    path: '/api/v1/catalog-items/{id}',
    operationId: 'updateCatalogItem',
    summary: "Change one of the provider's own items; orders already placed keep their price",
    tag: 'catalog',
    access: 'catalog.manage',
    params: catalogItemIdParamsSchema,
    body: catalogItemPatchSchema,
    response: catalogItemResponseSchema,
    successStatus: 200,
    problems: [401, 403, 404, 409, 422],
  },
  deleteCatalogItem: {
    method: 'DELETE',
    path: '/api/v1/catalog-items/{id}',
    operationId: 'withdrawCatalogItem',
    summary: 'Withdraw one of the provider\'s own items (kept for the orders that refer to it)',
    tag: 'catalog',
    access: 'catalog.manage',
    params: catalogItemIdParamsSchema,
    response: catalogItemResponseSchema,
    successStatus: 200,
    problems: [401, 403, 404],
  },
  importEntitlements: {
    method: 'POST',
    path: '/api/v1/entitlements/import',
    operationId: 'importEntitlements',
    summary:
      'E-Sobes sends IPR records (up to 10,000). Each is checked on its own: the answer lists accepted and rejected records with the reasons. Idempotent by IPR number and version; a newer version takes over from its start date.',
    tag: 'entitlements',
    access: 'entitlements.import',
    body: importRequestSchema,
    response: importResponseSchema,
    // 10,000 records of a few hundred bytes each.
    maxBodyBytes: 16 * 1024 * 1024,
    successStatus: 200,
    problems: [401, 403],
  },
  recordEntitlementEvents: {
    method: 'POST',
    path: '/api/v1/entitlements/events',
    operationId: 'recordEntitlementEvents',
    summary:
      "E-Sobes reports a recipient's death or departure, or an IPR's early end. `date` is the last day the right holds. Re-sent events change nothing.",
    tag: 'entitlements',
    access: 'entitlements.import',
    body: eventsRequestSchema,
    response: eventsResponseSchema,
    maxBodyBytes: 1024 * 1024,
    successStatus: 200,
    problems: [401, 403],
  },
  entitlementFulfilment: {
    method: 'GET',
    path: '/api/v1/entitlements/{iprNumber}/fulfilment',
    operationId: 'getEntitlementFulfilment',
    summary: "What was delivered and rendered against each measure of the IPR's latest version (for E-Sobes)",
    tag: 'entitlements',
    access: 'entitlements.import',
    params: fulfilmentParamsSchema,
    response: fulfilmentResponseSchema,
    successStatus: 200,
    problems: [401, 403, 404],
  },
  placeOrder: {
    method: 'POST',
    path: '/api/v1/orders',
    operationId: 'placeOrder',
    summary:
      'The recipient (or a representative, naming recipientId) orders a catalog item within what the IPR allows. The order is a draft until the application for reimbursement (documents.application) is signed; then it reaches the provider and the decision clock starts.',
    tag: 'orders',
    access: 'orders.place',
    body: placeOrderSchema,
    response: orderViewSchema,
    successStatus: 201,
    idempotent: true,
    problems: [401, 403, 409, 422],
  },
  listOrders: {
    method: 'GET',
    path: '/api/v1/orders',
    operationId: 'listOrders',
    summary: "The caller's orders (as recipient, representative, provider, office or administrator), newest first, paged with cursor",
    tag: 'orders',
    access: 'orders.read',
    query: orderListQuerySchema,
    response: z.object({ items: z.array(orderViewSchema), nextCursor: z.string().nullable() }).meta({ id: 'OrderList' }),
    successStatus: 200,
    problems: [401, 403],
  },
  getOrder: {
    method: 'GET',
    path: '/api/v1/orders/{id}',
    operationId: 'getOrder',
    summary: 'One order with its history (who, when, what, signatures) from the audit log',
    tag: 'orders',
    access: 'orders.read',
    params: orderIdParamsSchema,
    response: orderDetailSchema,
    successStatus: 200,
    problems: [401, 403, 404],
  },
  decideOrder: {
    method: 'POST',
    path: '/api/v1/orders/{id}/decision',
    operationId: 'decideOrder',
    summary:
      "The provider accepts or refuses (reason: not_in_stock for goods; no_specialist_available, fully_booked, address_not_served or other with a comment for services). Answers the decision document to sign; the decision takes effect when the provider's signature is posted.",
    tag: 'orders',
    access: 'orders.decide',
    params: orderIdParamsSchema,
    body: orderDecisionSchema,
    response: orderDocumentToSignSchema,
    successStatus: 201,
    idempotent: true,
    problems: [401, 403, 404, 409, 422],
  },
  markOrderFulfilment: {
    method: 'POST',
    path: '/api/v1/orders/{id}/fulfilment',
    operationId: 'markOrderFulfilment',
    summary: 'The provider marks goods shipped (delivery) or ready for pickup',
    tag: 'orders',
    access: 'orders.decide',
    params: orderIdParamsSchema,
    body: fulfilmentStepSchema,
    response: orderViewSchema,
    successStatus: 200,
    idempotent: true,
    problems: [401, 403, 404, 409, 422],
  },
  confirmOrderReceipt: {
    method: 'POST',
    path: '/api/v1/orders/{id}/receipt',
    operationId: 'confirmOrderReceipt',
    summary: 'The recipient confirms receipt: answers the acceptance certificate to sign; the order is delivered when it is signed',
    tag: 'orders',
    access: 'orders.receive',
    params: orderIdParamsSchema,
    response: orderDocumentToSignSchema,
    successStatus: 201,
    idempotent: true,
    problems: [401, 403, 404, 409, 422],
  },
  getOrderContractPdf: {
    method: 'GET',
    path: '/api/v1/orders/{id}/contract.pdf',
    operationId: 'getOrderContractPdf',
    summary: "The order's contract as a PDF (Russian or Kazakh), made from the signed content, with a block listing each signature",
    tag: 'orders',
    access: 'orders.read',
    params: orderIdParamsSchema,
    query: z.object({ lang: z.enum(['ru', 'kk']).optional() }).meta({ id: 'ContractPdfQuery' }),
    response: z.string().meta({ description: 'application/pdf' }),
    responseContentType: 'application/pdf',
    successStatus: 200,
    problems: [401, 403, 404],
  },
  recordJournalEntry: {
    method: 'POST',
    path: '/api/v1/journal-entries',
    operationId: 'recordJournalEntry',
    summary:
      'A worker (or the provider) records time served under a service order: minutes, or start and end ("09:00"); places for the assistant, mode (online/offline) for sign language. 422 names the rule that refused it, such as the daily or yearly cap with the minutes left.',
    tag: 'journals',
    access: 'journal.record',
    body: journalEntryInputSchema,
    response: journalEntryViewSchema,
    successStatus: 201,
    idempotent: true,
    problems: [401, 403, 404, 409, 422],
  },
  listJournalEntries: {
    method: 'GET',
    path: '/api/v1/journal-entries',
    operationId: 'listJournalEntries',
    summary: "An order's journal entries in a month (YYYY-MM), for those who may see the order",
    tag: 'journals',
    access: 'journal.read',
    query: journalListQuerySchema,
    response: journalEntryListSchema,
    successStatus: 200,
    problems: [401, 403],
  },
  openapi: {
    method: 'GET',
    path: '/api/v1/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'This OpenAPI 3.1 document',
    tag: 'service',
    access: 'public',
    response: z.record(z.string(), z.unknown()).meta({ id: 'OpenApiDocument' }),
    successStatus: 200,
    problems: [],
  },
} as const satisfies Record<string, EndpointSpec>;
