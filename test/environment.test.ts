import { expect } from '@open-wc/testing';

describe('test environment', () => {
  it('runs in a time zone far from UTC, where date bugs show', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const offset = new Date(2021, 4, 11).getTimezoneOffset();
    // Honolulu is UTC−10 (offset +600), Kiritimati UTC+14 (offset −840); the
    // UTC escape hatch exists only for quick local runs.
    expect(['Pacific/Honolulu', 'Pacific/Kiritimati', 'UTC', 'Etc/UTC']).to.include(zone);
    if (zone === 'Pacific/Honolulu') expect(offset).to.equal(600);
    if (zone === 'Pacific/Kiritimati') expect(offset).to.equal(-840);
  });
});
