/**
 * Why an office returns an act: a closed list, each code with a plain explanation of how to fix
 * it (acts.returnReasons.<code>.title / .fix in the catalogs). "other" needs a comment.
 */
export const actReturnReasons = ['hours_mismatch', 'over_cap', 'outside_rights', 'disputed_entry', 'price_above_sum', 'region_not_served', 'signatures', 'payment_details', 'other'] as const;
export type ActReturnReason = (typeof actReturnReasons)[number];
