import type { SimulatedForm, SimulatedQuestion } from '../formSimulation';
import { byId, h } from './dom';

type Answer = () => string | string[];

/** One question as the form shows it; returns the element and how to read its answer. */
function questionField(question: SimulatedQuestion): { element: HTMLElement; answer: Answer } {
  const label = h('span', { class: 'question', dir: 'auto' }, question.title);
  const help = question.helpText ? h('small', { class: 'muted', dir: 'auto' }, question.helpText) : null;
  if (question.type === 'CHECKBOX') {
    const boxes = question.choices.map((choice) => h('input', { type: 'checkbox', value: choice }));
    const element = h('fieldset', { 'data-testid': 'form-question' }, h('legend', {}, label), help,
      ...boxes.map((box) => h('label', { dir: 'auto' }, box, ` ${box.value}`)));
    return { element, answer: () => boxes.filter((b) => b.checked).map((b) => b.value) };
  }
  let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (question.type === 'MULTIPLE_CHOICE' || question.type === 'SCALE') {
    const options = question.type === 'SCALE'
      ? Array.from({ length: question.upperBound - question.lowerBound + 1 }, (_, i) => String(question.lowerBound + i))
      : question.choices;
    input = h('select', {}, h('option', { value: '' }, '—'), ...options.map((o) => h('option', { value: o }, o)));
  } else if (question.type === 'PARAGRAPH_TEXT') {
    input = h('textarea', { rows: '2', dir: 'auto' });
  } else {
    input = h('input', { type: 'text', dir: 'auto' });
  }
  input.setAttribute('data-question', question.title);
  const element = h('label', { class: 'form-question', 'data-testid': 'form-question' }, label, help, input);
  return { element, answer: () => input.value };
}

/**
 * "Simulate a form submission": the forms linked to this spreadsheet, drawn as respondents see
 * them. Submit goes the way a real response goes: the responses sheet, then the add-on's trigger.
 */
export class FormsPanel {
  private readonly panel = byId('forms');
  private readonly button = byId<HTMLButtonElement>('forms-button');

  constructor(
    private readonly load: () => Promise<SimulatedForm[]>,
    private readonly submit: (formId: string, answers: Record<string, string | string[]>) => Promise<void>,
  ) {
    this.button.addEventListener('click', () => {
      this.panel.hidden = !this.panel.hidden;
      this.button.setAttribute('aria-expanded', String(!this.panel.hidden));
      if (!this.panel.hidden) void this.refresh();
    });
  }

  async refresh(): Promise<void> {
    const forms = await this.load();
    if (forms.length === 0) {
      this.panel.replaceChildren(h('h2', {}, 'Simulate a form submission'), h('p', { class: 'muted', 'data-testid': 'no-forms' }, 'No form sends its responses to this spreadsheet yet: use Extensions ▸ Clientele ▸ Connect a Google Form….'));
      return;
    }
    this.panel.replaceChildren(h('h2', {}, 'Simulate a form submission'), ...forms.map((form) => this.formElement(form)));
  }

  private formElement(form: SimulatedForm): HTMLElement {
    const fields = form.questions.map(questionField);
    const send = h('button', { type: 'submit', class: 'primary', 'data-testid': 'form-submit' }, 'Submit');
    const element = h('form', { class: 'simulated-form', 'data-testid': 'simulated-form', 'data-form-id': form.id },
      h('h3', { dir: 'auto' }, form.title), ...fields.map((f) => f.element), send);
    element.addEventListener('submit', (event) => {
      event.preventDefault();
      const answers: Record<string, string | string[]> = {};
      form.questions.forEach((question, index) => {
        const answer = fields[index]!.answer();
        if (answer.length > 0) answers[question.title] = answer;
      });
      void this.submit(form.id, answers).then(() => element.reset());
    });
    return element;
  }
}
