/** The form controls whose `input` and `change` events the templates read. */
type FormControlElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function controlOf(event: Event): FormControlElement {
  const target = event.target;
  if (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return target;
  throw new TypeError(`An event from an input, textarea or select was expected, not ${String(target)}`);
}

/**
 * The `<input>` an event came from, for handlers that read more than its text (`valueAsNumber`, `validity`).
 * Throws a `TypeError` when the event came from anything else.
 */
export function inputElement(event: Event): HTMLInputElement {
  const target = event.target;
  if (target instanceof HTMLInputElement) return target;
  throw new TypeError(`An event from an input was expected, not ${String(target)}`);
}

/**
 * The text of the `<input>`, `<textarea>` or `<select>` an event came from, as typed (not trimmed):
 * `(input)="patch({ name: inputValue($event) })"`. Throws a `TypeError` for any other element.
 */
export function inputValue(event: Event): string {
  return controlOf(event).value;
}

/** Whether the checkbox an event came from is now ticked. Throws a `TypeError` for any other element. */
export function inputChecked(event: Event): boolean {
  return inputElement(event).checked;
}

/**
 * The number in the `<input type="number">` (or date) an event came from; `NaN` when it is empty or not a number,
 * as the browser's `valueAsNumber` gives it. Throws a `TypeError` for any other element.
 */
export function inputNumber(event: Event): number {
  return inputElement(event).valueAsNumber;
}
