import { describe, expect, it } from 'vitest';
import { canHydrate, drawnPageAnswers } from '../../../src/app/prerendered';
import { pathForHashRoute, routeOfPath, siteBasename } from '../../../src/app/sitePaths';

describe('siteBasename', () => {
  it('is the folder of the base address, with its slash', () => {
    expect(siteBasename('http://host/council/dashboard/')).toBe('/council/dashboard/');
    expect(siteBasename('http://host/council/dashboard/index.html')).toBe('/council/dashboard/');
    expect(siteBasename('http://host/')).toBe('/');
  });
});

describe('pathForHashRoute', () => {
  const base = '/council/dashboard/';
  it('turns an old hash address into the path route, keeping the query', () => {
    expect(pathForHashRoute('#/indicator/CP5?month=2019-03', base)).toBe('/council/dashboard/indicator/CP5/?month=2019-03');
    expect(pathForHashRoute('#/?month=2017-11', base)).toBe('/council/dashboard/?month=2017-11');
    expect(pathForHashRoute('#/targets', base)).toBe('/council/dashboard/targets/');
  });
  it('sends the old Data page to its new address', () => {
    expect(pathForHashRoute('#/data', base)).toBe('/council/dashboard/data-files/');
  });
  it('leaves in-page links and no hash alone', () => {
    expect(pathForHashRoute('#main-content', base)).toBeUndefined();
    expect(pathForHashRoute('', base)).toBeUndefined();
  });
});

describe('routeOfPath', () => {
  it('is the route inside the site, ending with a slash', () => {
    expect(routeOfPath('/council/dashboard/', '/council/dashboard/')).toBe('/');
    expect(routeOfPath('/council/dashboard/indicator/CP5', '/council/dashboard/')).toBe('/indicator/CP5/');
    expect(routeOfPath('/elsewhere/', '/council/dashboard/')).toBeUndefined();
  });
});

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
