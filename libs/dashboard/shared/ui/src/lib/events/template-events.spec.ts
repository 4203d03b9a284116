import { inputChecked, inputElement, inputNumber, inputValue } from './template-events';

/** Dispatches `type` on `element` and hands back the event a template handler would receive. */
function eventFrom(element: EventTarget, type = 'input'): Event {
  let received: Event | undefined;
  element.addEventListener(type, (event) => (received = event));
  element.dispatchEvent(new Event(type));
  if (!received) throw new Error('no event');
  return received;
}

function input(attributes: Partial<HTMLInputElement>): HTMLInputElement {
  return Object.assign(document.createElement('input'), attributes);
}

describe('template event helpers', () => {
  it('read the text of an input, a textarea and a select as typed', () => {
    expect(inputValue(eventFrom(input({ value: '  Almaty ' })))).toBe('  Almaty ');

    const textarea = document.createElement('textarea');
    textarea.value = 'two\nlines';
    expect(inputValue(eventFrom(textarea))).toBe('two\nlines');

    const select = document.createElement('select');
    select.append(new Option('Media', 'media'), new Option('Web', 'web'));
    select.value = 'web';
    expect(inputValue(eventFrom(select, 'change'))).toBe('web');
  });

  it('read whether a checkbox is ticked', () => {
    expect(inputChecked(eventFrom(input({ type: 'checkbox', checked: true }), 'change'))).toBe(true);
    expect(inputChecked(eventFrom(input({ type: 'checkbox', checked: false }), 'change'))).toBe(false);
  });

  it('read a number field as a number, and an empty one as NaN', () => {
    expect(inputNumber(eventFrom(input({ type: 'number', value: '2.5' })))).toBe(2.5);
    expect(inputNumber(eventFrom(input({ type: 'number', value: '' })))).toBeNaN();
  });

  it('hand back the input itself', () => {
    const field = input({ type: 'number', value: '7' });
    expect(inputElement(eventFrom(field))).toBe(field);
  });

  it('refuse an event from anything but a form control', () => {
    const div = document.createElement('div');
    expect(() => inputValue(eventFrom(div))).toThrow(TypeError);
    expect(() => inputElement(eventFrom(document.createElement('textarea')))).toThrow(TypeError);
  });
});
