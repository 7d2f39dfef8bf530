import { describe, expect, it } from 'vitest';
import { canHydrate, drawnPageAnswers } from '../../../src/app/prerendered';

describe('canHydrate', () => {
  const page = { publication: 'abc', route: '/indicator/CP5/' };
  it('hydrates the drawn route of the current publication with no query', () => {
    expect(canHydrate(page, { route: '/indicator/CP5/', search: '', publication: 'abc' })).toBe(true);
  });
  it('redraws a page drawn from an older publication', () => {
    expect(canHydrate(page, { route: '/indicator/CP5/', search: '', publication: 'def' })).toBe(false);
  });
  it('redraws for another month or another route', () => {
    expect(canHydrate(page, { route: '/indicator/CP5/', search: '?month=2017-11', publication: 'abc' })).toBe(false);
    expect(canHydrate(page, { route: '/', search: '', publication: 'abc' })).toBe(false);
    expect(canHydrate(undefined, { route: '/', search: '', publication: 'abc' })).toBe(false);
  });
});

describe('drawnPageAnswers', () => {
  const base = '/council/dashboard/';
  const page = { publication: 'abc', route: '/indicator/CP5/' };
  const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });
  it('is the drawn page at its own address, with or without its last slash, or an in-page link', () => {
    expect(drawnPageAnswers(page, at('/council/dashboard/indicator/CP5/'), base)).toBe(true);
    expect(drawnPageAnswers(page, at('/council/dashboard/indicator/CP5'), base)).toBe(true);
    expect(drawnPageAnswers(page, at('/council/dashboard/indicator/CP5/', '', '#main-content'), base)).toBe(true);
  });
  it('is not for a month asked for, another page, an old #/ address or no drawn page at all', () => {
    expect(drawnPageAnswers(page, at('/council/dashboard/indicator/CP5/', '?month=2017-11'), base)).toBe(false);
    expect(drawnPageAnswers(page, at('/council/dashboard/targets/'), base)).toBe(false);
    expect(drawnPageAnswers({ publication: 'abc', route: '/' }, at('/council/dashboard/', '', '#/indicator/CP5?month=2019-03'), base)).toBe(false);
    expect(drawnPageAnswers(undefined, at('/council/dashboard/'), base)).toBe(false);
  });
});
