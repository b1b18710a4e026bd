/**
 * "Simulate a form submission": the forms whose responses come to the open spreadsheet, with
 * their questions, and a submission that goes the way a real one does (the form's responses
 * sheet, then the spreadsheet's onFormSubmit triggers, running the built add-on).
 */
import { submitFormResponse, type SubmittedAnswers } from '../formSubmissions';
import { HttpError } from './httpJson';
import type { PlaygroundSession } from './playgroundSession';

export interface SimulatedQuestion {
  title: string;
  type: string;
  helpText: string;
  choices: string[];
  lowerBound: number;
  upperBound: number;
}

export interface SimulatedForm {
  id: string;
  title: string;
  questions: SimulatedQuestion[];
}

export function linkedForms(session: PlaygroundSession): SimulatedForm[] {
  const spreadsheetId = session.host.activeSpreadsheetId();
  return session.host.formApp
    .listForms()
    .filter((form) => form.destinationId !== null && form.destinationId === spreadsheetId)
    .map((form) => ({
      id: form.id,
      title: form.title,
      questions: form.items.map(({ title, type, helpText, choices, lowerBound, upperBound }) => ({ title, type, helpText, choices, lowerBound, upperBound })),
    }));
}

export function answersField(body: Record<string, unknown>): SubmittedAnswers {
  const answers = body.answers;
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) throw new HttpError(400, 'answers must be an object of question title -> answer.');
  const clean: SubmittedAnswers = {};
  for (const [title, value] of Object.entries(answers as Record<string, unknown>)) {
    if (typeof value === 'string') clean[title] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) clean[title] = value as string[];
    else throw new HttpError(400, `The answer to “${title}” must be text or a list of texts.`);
  }
  return clean;
}

/** Submits a response to a linked form; what the trigger's handler returned is the outcome shown. */
export function simulateSubmission(session: PlaygroundSession, formId: string, answers: SubmittedAnswers): { formOutcome: unknown[] } {
  if (!linkedForms(session).some((form) => form.id === formId)) throw new HttpError(404, 'No form with this id sends its responses to this spreadsheet.');
  return { formOutcome: submitFormResponse(session.host, formId, answers).handlerResults };
}
