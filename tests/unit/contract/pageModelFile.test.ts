import { describe, expect, it } from 'vitest';
import { pageModelFile, parsePageModelFile, pageModelText, PAGE_MODEL_FORMAT } from '../../../src/domain/contract/pageModelFile';
import { isSafeDataPath } from '../../../src/domain/contract/publication';

const id = '0123456789abcdef';
const file = { format: PAGE_MODEL_FORMAT, publication: id, page: 'overview', month: '2019-03', site: { title: 'T' }, model: { month: '2019-03' } };

describe('pageModelFile', () => {
  it('names a month’s model, and the latest’s, under the publication’s id, inside the data folder', () => {
    expect(pageModelFile(id, 'overview', '2019-03')).toBe('models/0123456789abcdef/overview/2019-03.json');
    expect(pageModelFile(id, 'overview')).toBe('models/0123456789abcdef/overview/latest.json');
    expect(isSafeDataPath(pageModelFile(id, 'overview', '2019-03'))).toBe(true);
  });
});

describe('parsePageModelFile', () => {
  const asked = { publication: id, page: 'overview', month: '2019-03' } as const;

  it('reads a model file written for what is asked, and any month’s as the latest', () => {
    const read = JSON.parse(pageModelText(file as never)) as unknown;
    expect(parsePageModelFile(read, asked)).toEqual(file);
    expect(parsePageModelFile(read, { publication: id, page: 'overview' })).toEqual(file);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', [file], /not a JSON object/],
    ['another format', { ...file, format: 2 }, /format 2/],
    ['another publication', { ...file, publication: 'fedcba9876543210' }, /not of the publication the pointer names/],
    ['no publication id', { ...file, publication: '../x' }, /not of the publication/],
    ['another page', { ...file, page: 'targets' }, /not the overview’s model/],
    ['another month', { ...file, month: '2019-02' }, /not the month asked for/],
    ['no month', { ...file, month: '2019-3' }, /not the month asked for/],
    ['no model', { ...file, model: null }, /has no model/],
    ['a site that is not an object', { ...file, site: 'Croydon' }, /site is not an object/],
  ])('refuses one %s, saying why', (_, value, reason) => {
    expect(parsePageModelFile(value, asked)).toMatch(reason);
  });
});
