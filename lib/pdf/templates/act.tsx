import type { ComponentProps, ReactNode } from 'react';
import { Document, Page, StyleSheet, Text as PdfText, View } from '@react-pdf/renderer';
import { PDF_FONT_FAMILY } from '../fonts';
import { actTexts, type ActTexts } from './act-texts';
import type { ActView } from './act-view';

/**
 * The act of services rendered (App. 8) on its first page, its sheet (App. 9 for the individual
 * assistant, App. 10 for the sign-language specialist) from the next, then the list of electronic
 * signatures. A pure function of its view model (no I/O, no arithmetic); fonts must be registered
 * first (registerPdfFonts), which the render worker does.
 */

const BORDER = '#555555';
const RULE = 0.75;
const SHADE = '#eeeeee';
const NBSP = '\u00a0';
const NO_FEATURES = { kern: false, liga: false, clig: false, calt: false, ccmp: false, locl: false, mark: false, mkmk: false, rlig: false } as const;

const styles = StyleSheet.create({
  // No OpenType features: Russian and Kazakh letters need no shaping (each is one precomposed
  // glyph), and running Noto Sans's mark, kerning and ligature tables over every word cost about a
  // seventh of the render time; kerning moves a glyph by half a point at most at these sizes.
  page: { fontFamily: PDF_FONT_FAMILY, fontFeatureSettings: NO_FEATURES, fontSize: 9.5, color: '#000000', paddingTop: 40, paddingBottom: 56, paddingLeft: 56, paddingRight: 42 },
  // Line height sits beside each fontSize: react-pdf turns a factor into points where it is declared.
  body: { fontSize: 9.5, lineHeight: 1.3 },
  masthead: { flexDirection: 'row', justifyContent: 'space-between', fontSize: 8, lineHeight: 1.3, color: '#333333', borderBottomWidth: RULE, borderBottomColor: BORDER, paddingBottom: 4, marginBottom: 8 },
  appendix: { alignSelf: 'flex-end', width: '52%', fontSize: 7.5, lineHeight: 1.25, color: '#333333', marginBottom: 6 },
  title: { fontSize: 13, lineHeight: 1.25, fontWeight: 700, textAlign: 'center', letterSpacing: 0.5 },
  subtitle: { fontSize: 10, lineHeight: 1.3, textAlign: 'center', marginTop: 2 },
  metaLine: { flexDirection: 'row', justifyContent: 'space-between', marginTop: 8, marginBottom: 6 },
  paragraph: { textAlign: 'justify', marginBottom: 6 },
  heading: { fontSize: 10.5, lineHeight: 1.3, fontWeight: 700, marginTop: 8, marginBottom: 4 },
  // Tables: the left rule on the table, the top rule on its (repeated) head row, right and bottom
  // rules on every cell, so a table broken across pages keeps its frame on both.
  table: { borderLeftWidth: RULE, borderColor: BORDER, marginBottom: 6 },
  tableTop: { borderTopWidth: RULE, borderColor: BORDER },
  row: { flexDirection: 'row' },
  cell: { borderRightWidth: RULE, borderBottomWidth: RULE, borderColor: BORDER, paddingVertical: 2.5, paddingHorizontal: 4 },
  headCell: { backgroundColor: SHADE, fontWeight: 700, fontSize: 7.5, lineHeight: 1.25, textAlign: 'center', paddingHorizontal: 3 },
  labelCell: { width: '38%', backgroundColor: SHADE },
  valueCell: { width: '62%' },
  number: { textAlign: 'right' },
  centre: { textAlign: 'center' },
  strong: { fontWeight: 700 },
  small: { fontSize: 8, lineHeight: 1.25 },
  deceased: { borderWidth: 1.2, borderColor: '#000000', padding: 6, marginTop: 4, marginBottom: 8, fontWeight: 700, textAlign: 'center' },
  signRow: { flexDirection: 'row', justifyContent: 'space-between', marginTop: 8 },
  signColumn: { width: '47%' },
  signRole: { fontWeight: 700 },
  signSide: { fontSize: 8, lineHeight: 1.25, color: '#333333', marginBottom: 1 },
  signName: { marginBottom: 8 },
  signLine: { borderBottomWidth: RULE, borderBottomColor: '#000000', minHeight: 14, justifyContent: 'flex-end', paddingBottom: 1 },
  signCaption: { fontSize: 7.5, lineHeight: 1.25, color: '#333333', marginTop: 1 },
  sheetSign: { marginTop: 10 },
  digestBox: { borderWidth: RULE, borderColor: BORDER, padding: 6, marginTop: 6, marginBottom: 8 },
  digestValue: { fontWeight: 700, marginTop: 2 },
  note: { fontSize: 8.5, lineHeight: 1.3, marginTop: 4, textAlign: 'justify' },
  // Two lines, since an act number and the digest do not fit side by side.
  footer: { position: 'absolute', bottom: 18, left: 56, right: 42, fontSize: 7.5, color: '#333333', borderTopWidth: RULE, borderTopColor: BORDER, paddingTop: 3 },
});

/** "2026-11-25" → "25.11.2026", the way both languages write dates on paper. */
function paperDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return year && month && day ? `${day}.${month}.${year}` : isoDate;
}

/**
 * "10802.49" → "10 802,49" (non-breaking spaces, so a cell never splits a number): grouping on
 * the decimal string itself, never through a float.
 */
function amount(value: string): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${negative ? '−' : ''}${grouped},${fraction.padEnd(2, '0')}`;
}

const sameName = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLocaleUpperCase() === b.replace(/\s+/g, ' ').trim().toLocaleUpperCase();

type Style = Parameters<typeof StyleSheet.create>[0][string];

/**
 * react-pdf's Text that breaks lines only at spaces. textkit takes every change of script inside a
 * word (Cyrillic to Latin, as in "ОРТАЛЫҚ (RSA)" or "номер: 5f19…") for a hyphenation point and
 * would print a hyphen there, misquoting serials and digests; a penalty of textkit's infinity
 * (10000) makes such a point no break at all.
 */
function Text(props: ComponentProps<typeof PdfText>) {
  return <PdfText hyphenationPenalty={10_000} {...props} />;
}

type Signature = ActView['signatures'][number];
type Row = readonly [label: string, value: string, emphasis?: boolean];
type Column = { width: string; align?: 'right' | 'center' };

/** A two-column table of terms, never split: none has more than a handful of rows. */
function TermsTable({ rows }: { rows: readonly Row[] }) {
  return (
    <View style={[styles.table, styles.tableTop]} wrap={false}>
      {rows.map(([label, value, emphasis]) => (
        <View key={label} style={styles.row}>
          <Text style={[styles.cell, styles.labelCell]}>{label}</Text>
          <Text style={[styles.cell, styles.valueCell, emphasis ? styles.strong : {}]}>{value}</Text>
        </View>
      ))}
    </View>
  );
}

function Cell({ column, children, style }: { column: Column; children: ReactNode; style?: Style | Style[] }) {
  return <Text style={[styles.cell, { width: column.width }, column.align === 'right' ? styles.number : column.align === 'center' ? styles.centre : {}, ...[style ?? {}].flat()]}>{children}</Text>;
}

/**
 * The running head, the appendix line and the footer, the same on every page. The footer names the
 * act, the form and the digest but no page numbers: react-pdf lays out every page holding a `render`
 * node twice more, which cost about a third of the render time.
 */
function Frame({ view, t, appendix, children }: { view: ActView; t: ActTexts; appendix: 8 | 9 | 10 | null; children: ReactNode }) {
  return (
    <Page size="A4" style={styles.page}>
      <View style={styles.masthead} fixed>
        <Text>{t.portal}</Text>
        <Text>{t.electronicDocument}</Text>
      </View>
      <View style={styles.body}>
        {appendix ? <Text style={styles.appendix}>{t.appendix(appendix)}</Text> : null}
        {children}
      </View>
      <View style={styles.footer} fixed>
        <Text>{appendix ? t.footer(view.number, appendix) : t.goods.footer(view.number)}</Text>
        <Text>{`SHA-256: ${view.documentSha256}`}</Text>
      </View>
    </Page>
  );
}

/** A signature line of the form: the electronic signature's name and time on it once made. */
function SignLine({ t, signature, caption }: { t: ActTexts; signature: Signature | undefined; caption: string }) {
  return (
    <View>
      <View style={styles.signLine}>
        <Text style={styles.small}>{signature ? t.signedElectronically(signature.name, signature.signingTime) : ' '}</Text>
      </View>
      <Text style={styles.signCaption}>{caption}</Text>
    </View>
  );
}

// Widths in per cent of the table; "rendered" spans hours, unit price and cost.
const W = { no: 5, service: 26, hours: 11, unitPrice: 13, cost: 13, guaranteedSum: 16, reimbursed: 16 };
const RENDERED_WIDTH = W.hours + W.unitPrice + W.cost;
const LINE_COLUMNS = {
  no: { width: `${W.no}%`, align: 'center' },
  service: { width: `${W.service}%` },
  hours: { width: `${W.hours}%`, align: 'right' },
  unitPrice: { width: `${W.unitPrice}%`, align: 'right' },
  cost: { width: `${W.cost}%`, align: 'right' },
  guaranteedSum: { width: `${W.guaranteedSum}%`, align: 'right' },
  reimbursed: { width: `${W.reimbursed}%`, align: 'right' },
} as const satisfies Record<string, Column>;
/** A column of the "rendered" group, as a share of the group's width. */
const within = (width: number): Column => ({ width: `${(width / RENDERED_WIDTH) * 100}%` });

/** App. 8's table: "rendered" spans hours, unit price and cost as on the form; the state's share follows. */
function LinesTable({ view, t }: { view: ActView; t: ActTexts }) {
  const c = LINE_COLUMNS;
  const head = (column: Column, text: string) => <Cell column={column} style={styles.headCell}>{text}</Cell>;
  return (
    <View style={[styles.table, styles.tableTop]} wrap={false}>
      <View style={styles.row}>
        {head(c.no, t.columns.no)}
        {head(c.service, t.columns.service)}
        <View style={{ width: `${RENDERED_WIDTH}%` }}>
          <Text style={[styles.cell, styles.headCell]}>{t.columns.rendered}</Text>
          <View style={[styles.row, { flexGrow: 1 }]}>
            {head(within(W.hours), t.columns.hours)}
            {head(within(W.unitPrice), t.columns.unitPrice)}
            {head(within(W.cost), t.columns.cost)}
          </View>
        </View>
        {head(c.guaranteedSum, t.columns.guaranteedSum)}
        {head(c.reimbursed, t.columns.reimbursed)}
      </View>
      {view.lines.map((line, index) => (
        <View key={`${line.dateFrom}-${index}`} style={styles.row}>
          <Cell column={c.no}>{String(index + 1)}</Cell>
          <Cell column={c.service}>
            {`${t.services[line.service]}\n`}
            <Text style={styles.small}>{t.linePeriod(paperDate(line.dateFrom), paperDate(line.dateTo))}</Text>
          </Cell>
          <Cell column={c.hours}>{line.hours}</Cell>
          <Cell column={c.unitPrice}>{amount(line.unitPrice)}</Cell>
          <Cell column={c.cost}>{amount(line.cost)}</Cell>
          <Cell column={c.guaranteedSum}>{line.guaranteedSum === null ? t.noSum : amount(line.guaranteedSum)}</Cell>
          <Cell column={c.reimbursed}>{amount(line.reimbursed)}</Cell>
        </View>
      ))}
      <View style={[styles.row, styles.strong]}>
        <Cell column={{ width: `${W.no + W.service}%` }}>{t.total}</Cell>
        <Cell column={c.hours}>{view.totals.hours}</Cell>
        <Cell column={c.unitPrice}>—</Cell>
        <Cell column={c.cost}>{amount(view.totals.total)}</Cell>
        <Cell column={c.guaranteedSum}>—</Cell>
        <Cell column={c.reimbursed}>{amount(view.totals.reimbursed)}</Cell>
      </View>
    </View>
  );
}

/** "Handed over" by the provider and "accepted" by the recipient, each with its signature line. */
function HandoverSignatures({ view, t }: { view: ActView; t: ActTexts }) {
  const { provider, recipient } = view;
  const providerSignature = view.signatures.find((s) => s.role === 'provider');
  const recipientSignature = view.signatures.find((s) => s.role === 'recipient' || s.role === 'representative');
  return (
    <View style={styles.signRow} wrap={false}>
      <View style={styles.signColumn}>
        <Text style={styles.signRole}>{t.handedOver}</Text>
        <Text style={styles.signSide}>{t.providerSide}</Text>
        <Text style={styles.signName}>{provider.name}</Text>
        <SignLine t={t} signature={providerSignature} caption={t.signatureLine} />
      </View>
      <View style={styles.signColumn}>
        <Text style={styles.signRole}>{t.accepted}</Text>
        <Text style={styles.signSide}>{t.recipientSide}</Text>
        <Text style={styles.signName}>{recipient.fullName}</Text>
        {recipient.deceased ? (
          <Text style={[styles.small, styles.strong]}>{t.deceased}</Text>
        ) : (
          <SignLine t={t} signature={recipientSignature} caption={`${t.signatureLine} ${t.notRequiredIfDeceased}`} />
        )}
      </View>
    </View>
  );
}

/** The order, the date the act was made and its version, under the title. */
function MetaLine({ view, t }: { view: ActView; t: ActTexts }) {
  return (
    <View style={styles.metaLine}>
      <Text>{`${t.order} ${t.numbered(view.orderNumber)}`}</Text>
      <Text>{`${t.formedOn}: ${paperDate(view.formedOn)} · ${t.version} ${view.version}`}</Text>
    </View>
  );
}

/** The parties as the act's head names them. */
function partyRows(view: ActView, t: ActTexts): Row[] {
  const { provider, recipient } = view;
  return [
    [t.provider, [provider.name, provider.bin ? `${t.bin} ${provider.bin}` : null, provider.iin ? `${t.iin} ${provider.iin}` : null].filter(Boolean).join(', ')],
    [t.recipient, `${recipient.fullName}, ${t.iin} ${recipient.iin}`],
  ];
}

/** Where the money goes: the provider's name and BIN/IIN head the act. */
function PaymentDetails({ view, t }: { view: ActView; t: ActTexts }) {
  const { provider } = view;
  return (
    <View wrap={false}>
      <Text style={styles.heading}>{`${t.paymentDetails}:`}</Text>
      <TermsTable rows={[[t.iban, provider.iban, true], [t.bik, provider.bik], [t.bank, provider.bankName], [t.legalAddress, provider.legalAddress]]} />
    </View>
  );
}

function ActPage({ view, t, month }: { view: ActView; t: ActTexts; month: string }) {
  const { recipient } = view;
  return (
    <Frame view={view} t={t} appendix={8}>
      <Text style={styles.title}>{t.title}</Text>
      <Text style={styles.subtitle}>{t.numbered(view.number)}</Text>
      <Text style={styles.subtitle}>{t.period(paperDate(view.period.from), paperDate(view.period.to), month)}</Text>
      <MetaLine view={view} t={t} />
      <TermsTable
        rows={[
          ...partyRows(view, t),
        ]}
      />
      {recipient.deceased ? <Text style={styles.deceased}>{t.deceased}</Text> : null}
      <LinesTable view={view} t={t} />
      <Text style={[styles.paragraph, styles.strong]}>{t.totals({ total: amount(view.totals.total), reimbursed: amount(view.totals.reimbursed), coPayment: amount(view.totals.coPayment) })}</Text>
      <Text style={styles.paragraph}>{view.statement}</Text>
      <PaymentDetails view={view} t={t} />
      <Text style={styles.paragraph}>{t.copies}</Text>
      {view.sheet ? <Text style={styles.paragraph}>{t.attachment(t.sheetName[view.sheet.kind], month)}</Text> : null}
      <HandoverSignatures view={view} t={t} />
    </Frame>
  );
}

type SheetKind = NonNullable<ActView['sheet']>['kind'];

function sheetColumns(kind: SheetKind): Record<string, Column> {
  return kind === 'accompaniment'
    ? { no: { width: '6%', align: 'center' }, date: { width: '12%', align: 'center' }, time: { width: '13%', align: 'center' }, places: { width: '34%' }, hours: { width: '11%', align: 'right' }, worker: { width: '24%' } }
    : { no: { width: '7%', align: 'center' }, date: { width: '16%', align: 'center' }, hours: { width: '17%', align: 'right' }, mode: { width: '24%', align: 'center' }, worker: { width: '36%' } };
}

/**
 * App. 9 or 10 on a page of its own: one row per journal entry of the month, its head repeated on
 * every page it spans; the list of signatures follows, since they cover the act and the sheet alike.
 */
function SheetPage({ view, t, month, sheet }: { view: ActView; t: ActTexts; month: string; sheet: NonNullable<ActView['sheet']> }) {
  const { recipient } = view;
  const kind = sheet.kind;
  const c = sheetColumns(kind);
  const workers = [...new Set(sheet.rows.map((r) => r.worker))];
  const recipientSignature = view.signatures.find((s) => s.role === 'recipient' || s.role === 'representative');
  const workerSignature = (name: string) => view.signatures.find((s) => (s.role === 'worker' || s.role === 'provider') && sameName(s.name, name));
  const head = (key: string, text: string) => c[key] && <Cell column={c[key]} style={styles.headCell}>{text}</Cell>;
  const cell = (key: string, text: string) => c[key] && <Cell column={c[key]}>{text}</Cell>;
  return (
    <Frame view={view} t={t} appendix={kind === 'accompaniment' ? 9 : 10}>
      <Text style={styles.title}>{t.sheetTitle[kind]}</Text>
      <Text style={styles.subtitle}>{t.toAct(view.number)}</Text>
      <View style={{ marginTop: 10, marginBottom: 6 }}>
        <TermsTable
          rows={[
            [t.sheetRecipient, `${recipient.fullName}, ${t.iin} ${recipient.iin}`],
            [t.providerSide, view.provider.name],
            [t.sheetPeriod, `${t.sheetMonth(month)} (${paperDate(view.period.from)}–${paperDate(view.period.to)})`],
          ]}
        />
      </View>
      <View style={styles.table}>
        <View style={[styles.row, styles.tableTop]} fixed>
          {head('no', t.sheetColumns.no)}
          {head('date', t.sheetColumns.date)}
          {head('time', t.sheetColumns.time)}
          {head('places', t.sheetColumns.places)}
          {head('hours', t.sheetColumns.hours)}
          {head('mode', t.sheetColumns.mode)}
          {head('worker', t.sheetColumns.worker[kind])}
        </View>
        {sheet.rows.map((row, index) => (
          <View key={`${row.date}-${index}`} style={styles.row} wrap={false}>
            {cell('no', String(index + 1))}
            {cell('date', paperDate(row.date))}
            {cell('time', row.start && row.end ? `${row.start}–${row.end}` : '—')}
            {cell('places', row.places ?? '—')}
            {cell('hours', row.hours)}
            {cell('mode', row.mode ? t.modes[row.mode] : '—')}
            {cell('worker', row.worker)}
          </View>
        ))}
        <View style={[styles.row, styles.strong]} wrap={false}>
          <Cell column={{ width: kind === 'accompaniment' ? '65%' : '23%' }}>{t.sheetTotal}</Cell>
          <Cell column={c.hours!}>{view.totals.hours}</Cell>
          <Cell column={{ width: kind === 'accompaniment' ? '24%' : '60%' }}> </Cell>
        </View>
      </View>
      <View wrap={false}>
        {workers.map((name) => (
          <View key={name} style={styles.sheetSign}>
            <Text>{name}</Text>
            <SignLine t={t} signature={workerSignature(name)} caption={t.workerSignature[kind]} />
          </View>
        ))}
        <View style={styles.sheetSign}>
          <Text>{recipient.fullName}</Text>
          {recipient.deceased ? (
            <Text style={[styles.small, styles.strong]}>{t.deceased}</Text>
          ) : (
            <SignLine t={t} signature={recipientSignature} caption={t.recipientSignature} />
          )}
        </View>
        <Text style={{ marginTop: 8 }}>{`${t.sheetDate}: ${paperDate(view.formedOn)}`}</Text>
      </View>
      <Signatures view={view} t={t} />
    </Frame>
  );
}

/**
 * Who signed, with what certificate, when, and over which digest: what a reader checks the paper
 * by. One table row per signature (and one for its digest) rather than a table each: a page of
 * nested tables costs react-pdf several times the layout time of the act itself.
 */
// Wide enough that a 40-digit certificate serial and a 64-digit digest each keep to one line: react-pdf
// breaks a word longer than its cell with a hyphen, which would misquote them.
const SIGNATURE_COLUMNS = {
  no: { width: '4%', align: 'center' },
  signer: { width: '34%' },
  certificate: { width: '44%' },
  time: { width: '18%', align: 'center' },
  digest: { width: '74%' },
  result: { width: '26%', align: 'center' },
} as const satisfies Record<string, Column>;

function Signatures({ view, t }: { view: ActView; t: ActTexts }) {
  const c = SIGNATURE_COLUMNS;
  const role = (s: Signature) => (s.role === 'worker' && view.sheet ? t.workerRole[view.sheet.kind] : t.roles[s.role]);
  const goods = view.goods !== null;
  const head = (column: Column, text: string) => <Cell column={column} style={styles.headCell}>{text}</Cell>;
  return (
    <View>
      <View wrap={false}>
        <Text style={[styles.heading, { marginTop: 14 }]}>{goods ? t.goods.signaturesTitle : t.signaturesTitle}</Text>
        {view.signatures.length === 0 ? (
          <Text style={[styles.paragraph, styles.strong]}>{t.awaitingSignatures}</Text>
        ) : (
          <View style={[styles.row, styles.tableTop, { borderLeftWidth: RULE, borderColor: BORDER }]}>
            {head(c.no, '№')}
            {head(c.signer, t.signedBy)}
            {head(c.certificate, t.certificate)}
            {head(c.time, t.signingTime)}
          </View>
        )}
      </View>
      {view.signatures.length > 0 ? (
        <View style={styles.table}>
          {view.signatures.map((s, index) => (
            <View key={`${s.iin}-${s.certificateSerial}-${index}`} wrap={false}>
              <View style={styles.row}>
                <Cell column={c.no}>{String(index + 1)}</Cell>
                <Cell column={c.signer}>
                  <Text style={styles.strong}>{`${role(s)}\n`}</Text>
                  {`${s.name}\n${t.iinBin}: ${s.bin ? `${s.iin} / ${s.bin}` : s.iin}`}
                </Cell>
                <Cell column={c.certificate} style={styles.small}>{`${t.certificateSerial}:\n${s.certificateSerial}\n${t.certificateIssuer}: ${s.certificateIssuer}`}</Cell>
                <Cell column={c.time} style={styles.small}>{s.signingTime}</Cell>
              </View>
              <View style={styles.row}>
                <Cell column={c.digest} style={styles.small}>{`${t.signedDigest}:\n${s.documentSha256}`}</Cell>
                <Cell column={c.result} style={[styles.small, styles.strong]}>{`${t.verification}: ${s.valid && s.documentSha256 === view.documentSha256 ? t.valid : t.invalid}`}</Cell>
              </View>
            </View>
          ))}
        </View>
      ) : null}
      <View style={styles.digestBox} wrap={false}>
        <Text>{goods ? (view.signatures.length > 0 ? t.goods.digestStatement : t.goods.digestToSign) : view.signatures.length > 0 ? t.digestStatement : t.digestToSign}</Text>
        <Text style={styles.digestValue}>{view.documentSha256}</Text>
        {/* Inside the box, so the closing note never lands alone on a page of its own. */}
        <Text style={styles.note}>{goods ? t.goods.paperNote : t.paperNote}</Text>
      </View>
    </View>
  );
}

// The goods table: item, quantity, the provider's price and cost, the state's share, the co-payment.
const GOODS_COLUMNS = {
  no: { width: '5%', align: 'center' },
  item: { width: '23%' },
  quantity: { width: '12%', align: 'right' },
  unitPrice: { width: '12%', align: 'right' },
  cost: { width: '12%', align: 'right' },
  guaranteedSum: { width: '12%', align: 'right' },
  reimbursed: { width: '12%', align: 'right' },
  coPayment: { width: '12%', align: 'right' },
} as const satisfies Record<string, Column>;

/**
 * The act of acceptance of a goods order on one page: the parties, the item received and when,
 * the priced line with the guaranteed sum and co-payment, the statement, the provider's payment
 * details, both sides' signature lines and the list of electronic signatures.
 */
function GoodsActPage({ view, goods, t }: { view: ActView; goods: NonNullable<ActView['goods']>; t: ActTexts }) {
  const { recipient } = view;
  const c = GOODS_COLUMNS;
  const head = (column: Column, text: string) => <Cell column={column} style={styles.headCell}>{text}</Cell>;
  const units = t.goods.units[goods.unit];
  return (
    <Frame view={view} t={t} appendix={null}>
      <Text style={styles.title}>{t.goods.title}</Text>
      <Text style={styles.subtitle}>{t.numbered(view.number)}</Text>
      <MetaLine view={view} t={t} />
      <TermsTable
        rows={[
          ...partyRows(view, t),
          [t.goods.receivedOn, paperDate(goods.receivedOn)],
          ...(goods.deliveryAddress ? [[t.goods.deliveryAddress, goods.deliveryAddress] as const] : []),
        ]}
      />
      {recipient.deceased ? <Text style={styles.deceased}>{t.deceased}</Text> : null}
      <View style={[styles.table, styles.tableTop]} wrap={false}>
        <View style={styles.row}>
          {head(c.no, t.columns.no)}
          {head(c.item, t.goods.columns.item)}
          {head(c.quantity, t.goods.columns.quantity)}
          {head(c.unitPrice, t.goods.columns.unitPrice)}
          {head(c.cost, t.goods.columns.cost)}
          {head(c.guaranteedSum, t.goods.columns.guaranteedSum)}
          {head(c.reimbursed, t.goods.columns.reimbursed)}
          {head(c.coPayment, t.goods.columns.coPayment)}
        </View>
        {view.lines.map((line, index) => (
          <View key={`${line.dateFrom}-${index}`} style={styles.row}>
            <Cell column={c.no}>{String(index + 1)}</Cell>
            <Cell column={c.item}>{[goods.name, goods.model].filter(Boolean).join(', ')}</Cell>
            <Cell column={c.quantity}>{units(line.quantity ?? 0)}</Cell>
            <Cell column={c.unitPrice}>{amount(line.unitPrice)}</Cell>
            <Cell column={c.cost}>{amount(line.cost)}</Cell>
            <Cell column={c.guaranteedSum}>{line.guaranteedSum === null ? t.noSum : amount(line.guaranteedSum)}</Cell>
            <Cell column={c.reimbursed}>{amount(line.reimbursed)}</Cell>
            <Cell column={c.coPayment}>{amount(view.totals.coPayment)}</Cell>
          </View>
        ))}
      </View>
      <Text style={[styles.paragraph, styles.strong]}>{t.goods.totals({ total: amount(view.totals.total), reimbursed: amount(view.totals.reimbursed), coPayment: amount(view.totals.coPayment) })}</Text>
      <Text style={styles.paragraph}>{view.statement}</Text>
      <PaymentDetails view={view} t={t} />
      <HandoverSignatures view={view} t={t} />
      <Signatures view={view} t={t} />
    </Frame>
  );
}

export function Act({ view }: { view: ActView }) {
  const t = actTexts[view.locale];
  const month = t.month(view.period.month);
  return (
    <Document
      title={`${t.title} ${t.numbered(view.number)}`}
      subject={view.sheet ? t.sheetTitle[view.sheet.kind] : t.goods.title}
      author={view.provider.name}
      creator="Qamqor"
      producer="Qamqor"
      language={view.locale}
      // A fixed date instead of "now", so the same view renders to the same content.
      creationDate={new Date(`${view.formedOn}T00:00:00+05:00`)}
    >
      {view.goods ? (
        <GoodsActPage view={view} goods={view.goods} t={t} />
      ) : (
        <>
          <ActPage view={view} t={t} month={month} />
          {view.sheet ? <SheetPage view={view} t={t} month={month} sheet={view.sheet} /> : null}
        </>
      )}
    </Document>
  );
}
