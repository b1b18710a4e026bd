/**
 * "Please check your details": each customer's pre-filled link to the connected form, from ONE
 * URL that FormResponse.toPrefilledUrl made with stand-in answers, so a list of any length costs
 * the same few Forms calls. The stand-ins are plain letters (the same whatever the URL encoding),
 * each replaced by the customer's value, percent-encoded; a blank value leaves the question empty.
 * Google's entry ids are taken from the URL, never computed.
 */
export const DETAILS_FIELDS = ['customerId', 'name', 'email', 'phone'] as const;
export type DetailsField = (typeof DETAILS_FIELDS)[number];

export const DETAILS_STAND_INS: Record<DetailsField, string> = {
  customerId: 'ClienteleCustomerId', name: 'ClienteleName', email: 'ClienteleEmail', phone: 'ClientelePhone',
};

export function detailsLink(prefilledUrl: string, values: Record<DetailsField, string>): string {
  let url = prefilledUrl;
  for (const field of DETAILS_FIELDS) {
    const standIn = `=${DETAILS_STAND_INS[field]}`;
    const value = values[field].trim();
    url = value === '' ? url.replace(new RegExp(`[?&]entry\\.\\d+${standIn}(?=&|$)`), '') : url.replace(standIn, `=${encodeURIComponent(value)}`);
  }
  return url;
}
