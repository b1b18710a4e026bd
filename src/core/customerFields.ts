/**
 * The fields of a customer record, in the order a new Customers sheet lays them out.
 * Column roles, the record schema, the sheet layout and the header catalogue all key off this list.
 */
export const CUSTOMER_FIELDS = [
  'id',
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'company',
  'address',
  'city',
  'postcode',
  'country',
  'birthDate',
  'source',
  'consent',
  'created',
  'updated',
  'lastPurchase',
  'totalSpent',
  'nps',
  'notes',
  'otherContacts',
] as const;

export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/** Written by Clientele, not by people: protected with a warning on the sheet. */
export const SYSTEM_FIELDS: readonly CustomerField[] = ['id', 'created', 'updated'];

/** The columns a new Customers sheet gets. firstName/lastName are recognised when a user keeps them, not created. */
export const NEW_SHEET_FIELDS: readonly CustomerField[] = CUSTOMER_FIELDS.filter(
  (field) => field !== 'firstName' && field !== 'lastName' && field !== 'postcode' && field !== 'birthDate',
);

export function isCustomerField(value: string): value is CustomerField {
  return (CUSTOMER_FIELDS as readonly string[]).includes(value);
}
