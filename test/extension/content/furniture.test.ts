import { describe, expect, it } from 'vitest';
import { furnitureReason, isTimestamp } from '../../../extension/content/furniture';

describe('isTimestamp', () => {
  it.each([
    'Updated 1:39 am EST, Wednesday, November 20, 2019',
    'First Published: Tuesday, November 19, 2019 08:38 AM',
    'Posted: Fri 6:45 PM, Feb 16, 2018 |',
    'PUBLISHED: 10:48, Tue, Nov 19, 2019',
    'Published 11:11 PM EST Nov 19, 2019',
    'November 18, 2019 | 4:10pm',
    'Nov. 20, 2019, 9:28 AM UTC',
    '18 NOV 2019',
    'Published 1 day ago',
    'Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM',
    '2024-03-04',
  ])('%j is a timestamp', (line) => {
    expect(isTimestamp(line)).toBe(true);
  });

  it.each([
    'On March 4, 2024, the council voted to close the library.',
    'Updated figures show 2,000 jobs were lost.',
    'May 2024 was the wettest on record.',
    'Posted by Jane Doe',
    'Monday',
    '63',
    '85%',
    '2019',
    '',
  ])('%j is not', (line) => {
    expect(isTimestamp(line)).toBe(false);
  });
});

describe('furnitureReason', () => {
  it.each([
    ['Skip to content', 'navigation'],
    ['Back to top', 'navigation'],
    ['Published 2 hours ago', 'timestamp'],
    ['Skip to content and then read on, the editor said.', null],
    ['The council will publish its budget on Friday.', null],
  ])('%j → %s', (line, reason) => {
    expect(furnitureReason(line)).toBe(reason);
  });
});
