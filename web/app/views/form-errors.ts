import { ApiError } from '../api-client';

/**
 * Shows the server's complaints beside the fields they are about: each field has an element
 * with data-error-for="<field>"; anything not tied to a field goes to the general slot.
 */
export function showErrors(form: HTMLElement, general: HTMLElement, error: unknown): void {
  clearErrors(form, general);
  const issues = error instanceof ApiError ? error.issues : [];
  const unplaced: string[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    const slot = field ? form.querySelector<HTMLElement>(`[data-error-for="${field}"]`) : null;
    if (slot) {
      slot.textContent = sentence(issue.message);
      slot.hidden = false;
      slot.closest('.field')?.classList.add('field-invalid');
    } else unplaced.push(issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message);
  }
  const message = issues.length === 0 ? (error instanceof Error ? error.message : String(error)) : unplaced.join('; ');
  if (message) {
    general.textContent = sentence(message);
    general.hidden = false;
  }
}

export function clearErrors(form: HTMLElement, general: HTMLElement): void {
  for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    slot.textContent = '';
    slot.hidden = true;
  }
  for (const field of form.querySelectorAll('.field-invalid')) field.classList.remove('field-invalid');
  general.textContent = '';
  general.hidden = true;
}

/** "the story is empty" → "The story is empty." */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
