import { editOf } from './applicant-draft';

describe('the applicant’s edit', () => {
  it('leaves out the blank rows the applicant added and carries the version read', () => {
    expect(
      editOf(
        {
          authors: [
            { name: 'Dana Omarova', position: 'Press secretary' },
            { name: ' ', position: '' },
          ],
          organisations: ['Heat supply company', ''],
          projectTitle: 'Live from the repair sites',
          description: 'Every repair streamed live.',
        },
        3,
      ),
    ).toEqual({
      version: 3,
      authors: [{ name: 'Dana Omarova', position: 'Press secretary' }],
      organisations: ['Heat supply company'],
      projectTitle: 'Live from the repair sites',
      description: 'Every repair streamed live.',
    });
  });
});
