import { describe, expect, it } from 'vitest';
import { findDate, findMonthDay, readDateLine, readMetaLineDate } from '../../lib/extract/fields/dates';
import { readEnglishDate } from '../../lib/extract/fields/english-date';
import { parseStructuredDate } from '../../lib/extract/metadata/dates';

describe('English dates printed on news pages', () => {
  it.each([
    ['April 22, 2023', '2023-04-22'],
    ['22 April 2023', '2023-04-22'],
    ['Tue, 19 Nov 2019', '2019-11-19'],
    ['Nov. 19, 2019 5:03 p.m. ET', '2019-11-19'],
    ['Updated 3:15 PM EST, Mon March 4, 2024', '2024-03-04'],
    ['Sept. 5, 2019', '2019-09-05'],
    ['Published Nov. 19, 2019 6:30 AM', '2019-11-19'],
    ['By Maria Lopez · January 15, 2024', '2024-01-15'],
    ['Friday, 3rd May 2019', '2019-05-03'],
    ['the 22nd of April 2023', '2023-04-22'],
    ['April 22nd 2023', '2023-04-22'],
    ['Oct 31 2018', '2018-10-31'],
    ['22-Apr-2023', '2023-04-22'],
    ['Tuesday 19 November 2019 13.03 GMT', '2019-11-19'],
    ['by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET', '2016-02-01'],
    ['By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.', '2019-11-18'],
    ['2/26/2015 7:11 AM PST BY TMZ STAFF', '2015-02-26'],
    ['By Justine Coleman - 11/18/19 11:04 PM EST', '2019-11-18'],
    ['19.11.2019, 08:57', '2019-11-19'],
    ['2023年4月26日 星期三', '2023-04-26'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each([
    'May I help',
    'March on Washington',
    'May 2023',
    'June 2019 issue',
    'Read 22 hours ago',
    'Now $549 plus a $50 gift card',
    '10 things in tech you need to know today',
    'Eat 1–2 hours after your workout',
    'version 1.2.3 released',
    'Mayor 5 wins',
  ])('%s has no full date', (text) => {
    expect(findDate(text)).toBeUndefined();
  });

  it('keeps the whole printed span, weekday and time included', () => {
    expect(findDate('Updated 3:15 PM EST, Mon March 4, 2024')?.text).toBe('3:15 PM EST, Mon March 4, 2024');
    expect(findDate('By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.')?.text).toBe(
      'on Monday, November 18th, 2019 at 11:04 a.m.',
    );
    expect(findDate('Posted on March 3, 2019 by admin')?.text).toBe('March 3, 2019');
  });

  it('reads the wall-clock date as printed, whatever the machine time zone', () => {
    // 11:30 p.m. Pacific is already the next day in UTC: the page's own date is the one printed.
    expect(findDate('Dec 31, 2019 11:30 PM PST')?.iso).toBe('2019-12-31');
  });

  it('reads a line that is only a date, and not prose holding one', () => {
    expect(readDateLine('Published: Nov. 19, 2019 5:03 p.m. ET')).toBe('2019-11-19');
    expect(readDateLine('Sat 8:31 PM, Feb 17, 2018')).toBe('2018-02-17');
    expect(readDateLine('The council met on April 22, 2023 to vote on the budget')).toBeUndefined();
  });

  it('completes a month and day with the page year', () => {
    expect(findMonthDay('April 22', 2023)).toBe('2023-04-22');
    expect(findMonthDay('22 Apr.', 2023)).toBe('2023-04-22');
    expect(findMonthDay('May I help', 2023)).toBeUndefined();
    expect(findMonthDay('April 22', undefined)).toBeUndefined();
  });

  it('gives the year only when written', () => {
    expect(readEnglishDate('BEIJING, April 22 (Reuters) -')).toMatchObject({
      month: 4,
      day: 22,
      year: undefined,
    });
  });
});

describe('structured date values', () => {
  it.each([
    ['2019-11-19T13:03:00.000Z', '2019-11-19T13:03:00Z'],
    ['Tue, 19 Nov 2019 13:03:00 GMT', '2019-11-19'],
    ['November 19, 2019', '2019-11-19'],
    ['22nd of April 2023', '2023-04-22'],
  ])('%s → %s', (value, iso) => {
    expect(parseStructuredDate(value)).toBe(iso);
  });

  it.each(['April 22', 'yesterday', 'March on Washington', 'Tuesday'])(
    '%s is not a publication date',
    (value) => {
      expect(parseStructuredDate(value)).toBeUndefined();
    },
  );
});

describe('the date a meta line gives its story', () => {
  it.each([
    ['发布时间：2024-05-20 10:30 来源：市政府办公室', { iso: '2024-05-20', updated: false }],
    [
      '更新时间：2024-05-22 09:10 发布时间：2024-05-20 10:30 来源：市政府办公室',
      { iso: '2024-05-20', updated: false },
    ],
    ['发布时间：2024-05-20 更新时间：2024-05-22 来源：市政府办公室', { iso: '2024-05-20', updated: false }],
    ['更新时间：2024-05-22 发布于 2024-05-20 来源：市政府办公室', { iso: '2024-05-20', updated: false }],
    ['修改时间：2024-05-22 发表日期：2024-05-20', { iso: '2024-05-20', updated: false }],
    [
      'Updated: March 5, 2024 | Published: March 3, 2024 | Source: City Hall',
      { iso: '2024-03-03', updated: false },
    ],
    // Only an update's date: it dates the story only when nothing else does.
    ['更新时间：2024-05-22 来源：市政府办公室', { iso: '2024-05-22', updated: true }],
    ['来源：新华社 2024年5月20日', { iso: '2024-05-20', updated: false }],
  ])('%s', (text, date) => {
    expect(readMetaLineDate(text)).toEqual(date);
  });

  it('has none without a date, nor from a publication label followed by none', () => {
    expect(readMetaLineDate('来源：市政府办公室 作者：张明')).toBeUndefined();
    expect(readMetaLineDate('发布者：市政府办公室')).toBeUndefined();
  });
});
