import { topicCodeFor } from './topic-code';

describe('topicCodeFor', () => {
  it('makes the code from the English name', () => {
    expect(topicCodeFor({ en: 'Public speaking & voice', ru: 'Публичные выступления' }, [])).toBe(
      'public_speaking_voice',
    );
  });

  it('falls back to a generic code when no name has Latin letters, and never repeats a code', () => {
    expect(topicCodeFor({ ru: 'Этикет', fa: 'آداب' }, [])).toBe('topic');
    expect(topicCodeFor({ ru: 'Этикет' }, ['topic', 'topic_2'])).toBe('topic_3');
    expect(topicCodeFor({ en: 'Media law' }, ['media_law'])).toBe('media_law_2');
  });

  it('starts with a letter, as the API asks', () => {
    expect(topicCodeFor({ en: '2026 drone filming' }, [])).toBe('drone_filming');
  });
});
