/**
 * "Please check your details" links: the connected form opened once, one response made with
 * stand-in answers to its Customer ID, name, email and phone questions (found by their titles in
 * the six languages, as Clientele's form has them) and turned into a pre-filled URL
 * (FormResponse.toPrefilledUrl); core/keepInTouch/detailsLink.ts puts each customer's values in
 * it. A constant number of Forms calls, whatever the list's length.
 */
import { templateTitles } from '../../core/forms/formTemplate';
import { normaliseHeader } from '../../core/headerRoles';
import type { ContactCandidate } from '../../core/keepInTouch/contactGate';
import { DETAILS_FIELDS, DETAILS_STAND_INS, detailsLink } from '../../core/keepInTouch/detailsLink';
import type { ActionContext } from '../actionContext';
import { loadFormConnection } from '../capture/formConnection';

/** Each customer's pre-filled link; throws, saying what to do, when no form with a Customer ID question is connected. */
export function detailsLinks(context: ActionContext): (customer: ContactCandidate) => string {
  const connection = loadFormConnection();
  if (!connection) throw new Error(context.text.detailsCheckNoForm);
  const form = FormApp.openById(connection.formId);
  const items = form.getItems(FormApp.ItemType.TEXT);
  const response = form.createResponse();
  let hasId = false;
  for (const field of DETAILS_FIELDS) {
    const titles = new Set(templateTitles(field).map(normaliseHeader));
    const item = items.find((i) => titles.has(normaliseHeader(i.getTitle())));
    if (!item) continue;
    hasId ||= field === 'customerId';
    response.withItemResponse(item.asTextItem().createResponse(DETAILS_STAND_INS[field]));
  }
  if (!hasId) throw new Error(context.text.detailsCheckNoForm);
  const url = response.toPrefilledUrl();
  return (customer) => detailsLink(url, { customerId: customer.id, name: customer.name, email: customer.email, phone: customer.phone });
}
