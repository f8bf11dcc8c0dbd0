import type { Tx } from '@/db/client';
import { catalogItemPrices, catalogItems, iprMeasures, iprs } from '@/db/schema';
import { addDays, almatyDateOf } from '@/lib/calendar/local-date';
import { measureWindow } from '@/lib/entitlements/measure-rules';

interface DemoItem {
  code: string;
  name: string;
  model?: string;
  description: string;
  price: string;
  stock: number | null;
  delivery: boolean;
  pickup: boolean;
  leadTimeDays: number;
}

/** What the three demo providers offer: some below the guaranteed sum, some above it (co-payment). */
const offers: Record<'medtech' | 'inva' | 'entrepreneur', DemoItem[]> = {
  medtech: [
    { code: 'WC-01', name: 'Кресло-коляска «Стандарт»', model: 'Ortonica Base 130', description: 'Складная, ширина сиденья 46 см, пневматические колёса.', price: '115000.00', stock: 12, delivery: true, pickup: true, leadTimeDays: 3 },
    { code: 'WC-04', name: 'Электроколяска универсальная', model: 'Armed FS111A', description: 'Запас хода 25 км, аккумуляторы в комплекте, зарядное устройство.', price: '1020000.00', stock: 2, delivery: true, pickup: false, leadTimeDays: 10 },
    { code: 'WC-05', name: 'Кресло-коляска детская многофункциональная', model: 'Convaid EZ Rider', description: 'Регулируемая спинка и подголовник, для детей 4–12 лет.', price: '480000.00', stock: 1, delivery: true, pickup: true, leadTimeDays: 7 },
    { code: 'TA-HEARING-AID', name: 'Слуховой аппарат заушный', model: 'Phonak Naida', description: 'Цифровой, 4 программы, настройка у сурдолога включена.', price: '139000.00', stock: 6, delivery: false, pickup: true, leadTimeDays: 5 },
    { code: 'TA-TACTILE-CANE', name: 'Трость тактильная складная', description: 'Алюминий, длина 120 см, светоотражающая.', price: '9800.00', stock: 40, delivery: true, pickup: true, leadTimeDays: 2 },
    { code: 'TA-WALKER', name: 'Ходунки шагающие', description: 'Регулировка по высоте, складные.', price: '36000.00', stock: 0, delivery: true, pickup: true, leadTimeDays: 14 },
  ],
  inva: [
    { code: 'PR-SHIN', name: 'Протез голени модульный', description: 'Изготовление по слепку; примерка в стационаре.', price: '680000.00', stock: 3, delivery: false, pickup: true, leadTimeDays: 20 },
    { code: 'TA-TACTILE-CANE', name: 'Трость тактильная белая', description: 'Складная, 4 секции.', price: '11500.00', stock: 15, delivery: true, pickup: true, leadTimeDays: 3 },
    { code: 'WC-02', name: 'Кресло-коляска с рычажным приводом', model: 'Otto Bock Lever', description: 'Для управления одной рукой.', price: '185000.00', stock: 4, delivery: true, pickup: true, leadTimeDays: 5 },
    { code: 'SAN-STAY', name: 'Санаторий «Жартас», день пребывания', description: 'Проживание, питание, лечение; курс до 14 дней.', price: '20700.00', stock: null, delivery: false, pickup: false, leadTimeDays: 10 },
  ],
  entrepreneur: [
    { code: 'SRV-ASSISTANT', name: 'Услуги индивидуального помощника', description: 'Сопровождение по городу, помощь дома, до 8 часов в день.', price: '1450.00', stock: null, delivery: false, pickup: false, leadTimeDays: 1 },
    { code: 'SRV-SIGN-LANGUAGE', name: 'Услуги специалиста жестового языка', description: 'Очно или онлайн (видеосвязь).', price: '3100.00', stock: null, delivery: false, pickup: false, leadTimeDays: 1 },
  ],
};

/** Each demo recipient's IPR, matching the needs their notes describe. */
const programmes: { measures: { code: string; quantity?: number; hoursPerDay?: number; hoursPerYear?: number }[] }[] = [
  { measures: [{ code: 'SRV-ASSISTANT', hoursPerDay: 8 }, { code: 'WC-04', quantity: 1 }] },
  { measures: [{ code: 'SRV-SIGN-LANGUAGE', hoursPerYear: 60 }, { code: 'TA-HEARING-AID', quantity: 1 }] },
  { measures: [{ code: 'PR-SHIN', quantity: 1 }, { code: 'SAN-STAY', quantity: 14 }] },
  { measures: [{ code: 'TA-TACTILE-CANE', quantity: 1 }, { code: 'SRV-ASSISTANT', hoursPerDay: 8 }] },
  { measures: [{ code: 'WC-05', quantity: 1 }] },
  { measures: [{ code: 'SRV-ASSISTANT', hoursPerDay: 8 }, { code: 'SRV-SIGN-LANGUAGE', hoursPerYear: 60 }] },
  { measures: [{ code: 'SRV-ASSISTANT', hoursPerDay: 8 }, { code: 'SRV-SIGN-LANGUAGE', hoursPerYear: 60 }] },
];

export async function seedDemoCatalog(
  tx: Tx,
  input: { providers: Record<keyof typeof offers, string>; recipients: { id: string }[]; at: Date },
) {
  for (const [key, items] of Object.entries(offers) as [keyof typeof offers, DemoItem[]][]) {
    for (const item of items) {
      const [row] = await tx
        .insert(catalogItems)
        .values({
          providerId: input.providers[key],
          classifierCode: item.code,
          name: item.name,
          model: item.model ?? null,
          description: item.description,
          price: item.price,
          stock: item.stock,
          delivery: item.delivery,
          pickup: item.pickup,
          leadTimeDays: item.leadTimeDays,
          createdAt: input.at,
          updatedAt: input.at,
        })
        .returning({ id: catalogItems.id });
      await tx.insert(catalogItemPrices).values({ catalogItemId: row!.id, price: item.price, setAt: input.at });
    }
  }
  const today = almatyDateOf(input.at);
  const validFrom = addDays(today, -60);
  for (const [i, programme] of programmes.entries()) {
    const recipient = input.recipients[i];
    if (!recipient) throw new Error('demo recipient missing');
    const [ipr] = await tx
      .insert(iprs)
      .values({ recipientId: recipient.id, iprNumber: `ИПР-DEMO-${String(i + 1).padStart(4, '0')}`, version: 1, validFrom, validTo: addDays(validFrom, 364), receivedAt: input.at, source: 'seed' })
      .returning({ id: iprs.id });
    await tx.insert(iprMeasures).values(
      programme.measures.map((m) => ({
        iprId: ipr!.id,
        classifierCode: m.code,
        quantity: m.quantity ?? null,
        hoursPerDay: m.hoursPerDay ?? null,
        hoursPerYear: m.hoursPerYear ?? null,
        // The demo's only assistant code; its hours end with the year, as an imported IPR's do.
        ...measureWindow(m.code === 'SRV-ASSISTANT' ? 'assistant' : 'technical_aid', validFrom, addDays(validFrom, 364)),
      })),
    );
  }
}
