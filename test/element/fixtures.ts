/** A small, fully-featured document used across the element tests. */
export function sampleDocument(): Record<string, unknown> {
  return {
    version: 1,
    title: 'Test relations',
    locale: 'en-GB',
    parties: [
      { id: 'RU', name: 'Russia', short: 'RU', flag: '🇷🇺', kind: 'state' },
      { id: 'AZ', name: 'Azerbaijan', short: 'AZ', flag: '🇦🇿', kind: 'state' },
      { id: 'AM', name: 'Armenia', short: 'AM', flag: '🇦🇲', kind: 'state' },
      { id: 'TR', name: 'Turkey', short: 'TR', kind: 'state' },
    ],
    people: [
      { id: 'lavrov', name: 'Sergey Lavrov', role: 'Foreign Minister', party: 'RU' },
      { id: 'aliyev', name: 'Ilham Aliyev', role: 'President', party: 'AZ' },
    ],
    topics: [{ id: 'transport', label: 'Transport links' }],
    events: [
      {
        id: 'baku',
        date: '2021-05-11',
        title: 'Lavrov meets Aliyev in Baku',
        parties: ['RU', 'AZ'],
        kind: 'visit',
        host: 'AZ',
        location: { name: 'Baku', country: 'Azerbaijan' },
        people: ['lavrov', 'aliyev'],
        summary: 'Talks on the post-conflict settlement.',
        quotes: [{ text: 'Azerbaijan is ready for this.', by: 'aliyev' }],
        topics: ['transport'],
        sources: [
          { title: 'Report', url: 'https://example.org/report' },
          { title: 'Bad link', url: 'javascript:alert(1)' },
        ],
        related: ['statement'],
        importance: 3,
      },
      {
        id: 'statement',
        date: '2020-11-09',
        title: 'Trilateral statement',
        parties: ['RU', 'AZ', 'AM'],
        kind: 'statement',
      },
      { id: 'ministry', date: '2021-05', title: 'Ministry statement', parties: ['RU'], kind: 'statement' },
      { id: 'summit', date: '2021-03-01', end: '2021-03-03', title: 'Regional summit', parties: ['RU', 'AZ', 'AM', 'TR'], kind: 'summit' },
    ],
  };
}
