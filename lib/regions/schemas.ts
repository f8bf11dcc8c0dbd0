import { z } from 'zod';
import { katoField } from '@/lib/identifiers/schemas';
import { plainText } from '@/lib/validation';

const regionName = () => plainText().trim().min(2).max(200);

/** A region's three names, replaced together. */
export const regionNamesInputSchema = z.object({
  kato: katoField(),
  nameKk: regionName(),
  nameRu: regionName(),
  nameEn: regionName(),
});
export type RegionNamesInput = z.infer<typeof regionNamesInputSchema>;

/**
 * A new district under an oblast or a city of republican significance. The code's form is
 * checked here; whether it is free and fits its parent is the domain's to say
 * (lib/regions/manage-regions.ts), because that needs the table.
 */
export const districtInputSchema = z.object({
  parentKato: katoField(),
  kato: katoField(),
  nameKk: regionName(),
  nameRu: regionName(),
  nameEn: regionName(),
});
export type DistrictInput = z.infer<typeof districtInputSchema>;
