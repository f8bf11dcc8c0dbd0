import { Children, type ReactNode } from 'react';
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { displayTenge } from '@/lib/i18n/format';
import { PDF_FONT_FAMILY } from '../fonts';
import { orderContractTexts, type OrderContractTexts } from './order-contract-texts';
import type { OrderContractView } from './order-contract-view';

/**
 * The order contract as an A4 form: a pure function of its view model (no I/O, no arithmetic).
 * Fonts must be registered first (registerPdfFonts), which the render worker does.
 */

const BORDER = '#555555';
const RULE = 0.75;
const SHADE = '#eeeeee';

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 10, color: '#000000', paddingTop: 40, paddingBottom: 56, paddingLeft: 56, paddingRight: 42 },
  // Line height sits on the body, not the page (see footer), and beside each fontSize: react-pdf
  // turns a factor into points where it is declared.
  body: { fontSize: 10, lineHeight: 1.35 },
  masthead: { flexDirection: 'row', justifyContent: 'space-between', fontSize: 8, lineHeight: 1.3, color: '#333333', borderBottomWidth: RULE, borderBottomColor: BORDER, paddingBottom: 4, marginBottom: 18 },
  title: { fontSize: 14, lineHeight: 1.25, fontWeight: 700, textAlign: 'center', letterSpacing: 0.5 },
  subtitle: { fontSize: 10.5, lineHeight: 1.3, textAlign: 'center', marginTop: 2 },
  dateLine: { flexDirection: 'row', justifyContent: 'flex-end', marginTop: 12, marginBottom: 10 },
  paragraph: { textAlign: 'justify', marginBottom: 6 },
  heading: { fontSize: 11, lineHeight: 1.3, fontWeight: 700, marginTop: 12, marginBottom: 5 },
  subheading: { fontWeight: 700, marginTop: 4, marginBottom: 3 },
  table: { borderTopWidth: RULE, borderLeftWidth: RULE, borderColor: BORDER, marginBottom: 6 },
  row: { flexDirection: 'row' },
  cell: { borderRightWidth: RULE, borderBottomWidth: RULE, borderColor: BORDER, paddingVertical: 3, paddingHorizontal: 5 },
  labelCell: { width: '40%', backgroundColor: SHADE },
  valueCell: { width: '60%' },
  headCell: { backgroundColor: SHADE, fontWeight: 700 },
  priceTerm: { width: '50%' },
  priceAmount: { width: '25%', textAlign: 'right' },
  strong: { fontWeight: 700 },
  note: { fontSize: 9, lineHeight: 1.3, marginTop: 2, marginBottom: 6, textAlign: 'justify' },
  digestBox: { borderWidth: RULE, borderColor: BORDER, padding: 6, marginTop: 6, marginBottom: 8 },
  digestValue: { fontWeight: 700, marginTop: 2 },
  // No lineHeight here or above: react-pdf then drops the fixed `render` text (page numbers).
  footer: { position: 'absolute', bottom: 24, left: 56, right: 42, fontSize: 7.5, color: '#333333', borderTopWidth: RULE, borderTopColor: BORDER, paddingTop: 3, flexDirection: 'row', justifyContent: 'space-between' },
});

/** "2026-11-25" → "25.11.2026", the way both languages write dates on paper. */
function paperDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return year && month && day ? `${day}.${month}.${year}` : isoDate;
}

type Row = readonly [label: string, value: string, emphasis?: boolean];

/**
 * A two-column table of terms. Kept on one page: a table split by a page break loses its top
 * rule, and none of these has more than a handful of rows.
 */
function TermsTable({ rows }: { rows: readonly Row[] }) {
  return (
    <View style={styles.table} wrap={false}>
      {rows.map(([label, value, emphasis]) => (
        <View key={label} style={styles.row}>
          <Text style={[styles.cell, styles.labelCell]}>{label}</Text>
          <Text style={[styles.cell, styles.valueCell, emphasis ? styles.strong : {}]}>{value}</Text>
        </View>
      ))}
    </View>
  );
}

/**
 * A numbered section. Its heading is kept on one page with the first block that follows, so no
 * heading ends a page alone (react-pdf's minPresenceAhead did not prevent that here).
 */
function Section({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  const [first, ...rest] = Children.toArray(children);
  return (
    <View>
      <View wrap={false}>
        <Text style={styles.heading}>{`${number}. ${title}`}</Text>
        {first}
      </View>
      {rest}
    </View>
  );
}

/** A subheading with its table, never split. */
function Block({ title, rows }: { title: string; rows: readonly Row[] }) {
  return (
    <View wrap={false}>
      <Text style={styles.subheading}>{title}</Text>
      <TermsTable rows={rows} />
    </View>
  );
}

interface PartProps {
  view: OrderContractView;
  t: OrderContractTexts;
  number: number;
}

function Parties({ view, t, number }: PartProps) {
  const { provider, recipient } = view;
  const providerRows: Row[] = [[t.name, provider.name]];
  if (provider.bin) providerRows.push([t.bin, provider.bin]);
  if (provider.iin) providerRows.push([t.iin, provider.iin]);
  providerRows.push(
    [t.legalAddress, provider.legalAddress],
    [t.bank, provider.bankName],
    [t.iban, provider.iban],
    [t.bik, provider.bik],
    [t.signer, provider.signerName],
  );
  const recipientRows: Row[] = [
    [t.fullName, recipient.fullName],
    [t.iin, recipient.iin],
    [t.address, recipient.address ?? t.notStated],
  ];
  if (recipient.representative) {
    recipientRows.push([t.representative, `${recipient.representative.fullName}, ${t.iin} ${recipient.representative.iin}`]);
  }
  return (
    <Section number={number} title={t.sections.parties}>
      <Block title={`${number}.1. ${t.provider}`} rows={providerRows} />
      <Block title={`${number}.2. ${t.recipient}`} rows={recipientRows} />
    </Section>
  );
}

function Subject({ view, t, number, kind }: PartProps & { kind: 'goods' | 'service' }) {
  const { subject } = view;
  const rows: Row[] = [
    [t.classifierCode, subject.code],
    [t.classifierName, subject.classifierName],
    [t.itemName[kind], subject.itemName, true],
  ];
  if (subject.model) rows.push([t.model, subject.model]);
  rows.push([t.quantity, `${subject.quantity} ${t.units[subject.unit]}`]);
  return (
    <Section number={number} title={t.sections.subject}>
      <View>
        <Text style={styles.paragraph}>{t.subjectIntro[kind]}</Text>
        <TermsTable rows={rows} />
      </View>
    </Section>
  );
}

function Price({ view, t, number }: PartProps) {
  const { money, subject, locale } = view;
  const tenge = (amount: string) => displayTenge(amount, locale);
  const rows: [string, string, string][] = [
    [t.unitPrice, tenge(money.unitPrice), tenge(money.total)],
    [t.guaranteedSum, tenge(money.guaranteedSum), '—'],
    [t.reimbursed, tenge(money.reimbursedPerUnit), tenge(money.reimbursedTotal)],
    [t.coPayment, tenge(money.coPaymentPerUnit), tenge(money.coPaymentTotal)],
  ];
  return (
    <Section number={number} title={t.sections.price}>
      <View style={styles.table} wrap={false}>
        <View style={styles.row}>
          <Text style={[styles.cell, styles.headCell, styles.priceTerm]}>{t.priceColumns.term}</Text>
          <Text style={[styles.cell, styles.headCell, styles.priceAmount]}>{t.priceColumns.perUnit}</Text>
          <Text style={[styles.cell, styles.headCell, styles.priceAmount]}>
            {`${t.priceColumns.total} (${subject.quantity} ${t.units[subject.unit]})`}
          </Text>
        </View>
        {rows.map(([term, perUnit, total]) => (
          <View key={term} style={styles.row}>
            <Text style={[styles.cell, styles.priceTerm]}>{term}</Text>
            <Text style={[styles.cell, styles.priceAmount]}>{perUnit}</Text>
            <Text style={[styles.cell, styles.priceAmount, styles.strong]}>{total}</Text>
          </View>
        ))}
      </View>
      <Text style={styles.note}>{t.priceRule}</Text>
    </Section>
  );
}

function Performance({ view, t, number }: PartProps) {
  const { delivery, service } = view;
  const rows: Row[] = [];
  if (delivery.method) rows.push([t.method, t.methods[delivery.method]]);
  if (delivery.method === 'delivery') rows.push([t.deliveryAddress, delivery.address ?? t.notStated]);
  if (delivery.leadTimeDays !== null) rows.push([t.leadTimeDays, String(delivery.leadTimeDays)]);
  if (service) {
    rows.push([t.servicePeriod, t.period(paperDate(service.periodFrom), paperDate(service.periodTo))]);
    if (service.hoursPerDay !== null) rows.push([t.hoursPerDay, String(service.hoursPerDay)]);
    if (service.hoursPerYear !== null) rows.push([t.hoursPerYear, String(service.hoursPerYear)]);
  }
  return (
    <Section number={number} title={t.sections.performance}>
      {rows.length > 0 ? <TermsTable rows={rows} /> : <Text style={styles.paragraph}>{t.noPerformanceTerms}</Text>}
    </Section>
  );
}

function Signatures({ view, t, number }: PartProps) {
  return (
    <Section number={number} title={t.sections.signatures}>
      {view.signatures.length === 0 ? (
        <Text style={[styles.paragraph, styles.strong]}>{t.awaitingSignatures}</Text>
      ) : (
        view.signatures.map((s, index) => (
          <Block
            key={`${s.role}-${s.certificateSerial}-${index}`}
            title={`${number}.${index + 1}. ${t.roles[s.role]}`}
            rows={[
              [t.signedBy, s.name],
              [t.iinBin, s.bin ? `${s.iin} / ${s.bin}` : s.iin],
              [t.certificateSerial, s.certificateSerial],
              [t.certificateIssuer, s.certificateIssuer],
              [t.signingTime, s.signingTime],
              [t.verification, s.valid ? t.valid : t.invalid, true],
            ]}
          />
        ))
      )}
      <View style={styles.digestBox} wrap={false}>
        <Text>{view.signatures.length > 0 ? t.digestStatement : t.digestToSign}</Text>
        <Text style={styles.digestValue}>{view.documentSha256}</Text>
        {/* Inside the box, so the closing note never lands alone on a page of its own. */}
        <Text style={styles.note}>{t.paperNote}</Text>
      </View>
    </Section>
  );
}

export function OrderContract({ view }: { view: OrderContractView }) {
  const t = orderContractTexts[view.locale];
  const kind = view.service ? 'service' : 'goods';
  const representative = view.recipient.representative;
  return (
    <Document
      title={t.title(view.number)}
      subject={t.subtitle[kind]}
      author={view.provider.name}
      creator="Qamqor"
      producer="Qamqor"
      language={view.locale}
      // A fixed date instead of "now", so the same view renders to the same content.
      creationDate={new Date(`${view.formedOn}T00:00:00+05:00`)}
    >
      <Page size="A4" style={styles.page}>
        <View style={styles.masthead} fixed>
          <Text>{t.portal}</Text>
          <Text>{t.electronicDocument}</Text>
        </View>
        <View style={styles.body}>
          <Text style={styles.title}>{t.title(view.number)}</Text>
          <Text style={styles.subtitle}>{t.subtitle[kind]}</Text>
          <View style={styles.dateLine}>
            <Text>{`${t.formedOn}: ${paperDate(view.formedOn)}`}</Text>
          </View>
          <Text style={styles.paragraph}>
            {t.preamble({
              provider: view.provider.name,
              signer: view.provider.signerName,
              recipient: view.recipient.fullName,
              representative: representative ? representative.fullName : null,
            })}
          </Text>
          <Parties view={view} t={t} number={1} />
          <Subject view={view} t={t} number={2} kind={kind} />
          <Price view={view} t={t} number={3} />
          <Performance view={view} t={t} number={4} />
          <Signatures view={view} t={t} number={5} />
        </View>
        <View style={styles.footer} fixed>
          <Text render={({ pageNumber, totalPages }) => t.footer(view.number, pageNumber, totalPages)} />
          <Text>{`SHA-256: ${view.documentSha256}`}</Text>
        </View>
      </Page>
    </Document>
  );
}
