import { fieldChanges } from './field-changes';

describe('fieldChanges', () => {
  it('lists only the fields that changed, with old and new values', () => {
    const before = { name: 'Health', active: true, attributes: { prStaff: 3 } };
    const after = { name: 'Health', active: false, attributes: { prStaff: 4 } };
    expect(fieldChanges(before, after, ['name', 'active', 'attributes'])).toEqual([
      { field: 'active', old: true, new: false },
      { field: 'attributes', old: { prStaff: 3 }, new: { prStaff: 4 } },
    ]);
  });

  it('treats a record that did not exist as all nulls', () => {
    expect(fieldChanges<{ value: number }>(null, { value: 12 }, ['value'])).toEqual([
      { field: 'value', old: null, new: 12 },
    ]);
  });
});
