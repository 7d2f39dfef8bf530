import { describe, expect, it } from 'vitest';
import { pathForHashRoute, routeOfPath, siteBasename } from '../../../src/routing/sitePaths';

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
