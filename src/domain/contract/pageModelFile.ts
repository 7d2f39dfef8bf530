// The page models worked out at publication (issue 29): the build and publish-data write the model
// of each page the first screen needs (the Overview), for every month of the publication the
// pointer names, as JSON beside it, so that page's first load carries its template and its model,
// not the rules that made them.
//
//   data/models/<publication id>/overview/<YYYY-MM>.json   { format, publication, page, month, site?, model }
//   data/models/<publication id>/overview/latest.json      the latest month's, for an address that names none
//
// Named by the publication's id (the hash of its content): a model is read only for the
// publication the pointer names, and a model that is missing, cut short or for another
// publication or month is not used (the page then works its model out from the publication).
// Pure functions only: writing the files is the build's job (scripts/lib/vitePluginPrerender.ts).
import type { Site } from '../schema';
import { isMonth } from '../months';
import { isObject, isPublicationId } from './publication';

export const PAGE_MODEL_FORMAT = 1;
export const MODELS_FOLDER = 'models';

/** The pages whose models are written at publication (the page manifest names its page's). */
export type ModelPage = 'overview';

export interface PageModelFile<M = unknown> {
  format: typeof PAGE_MODEL_FORMAT;
  publication: string;
  page: ModelPage;
  month: string;
  /** The site's names, for the layout around the page (its header and notices). */
  site?: Site;
  model: M;
}

/** The file of a page's model for a month of a publication, in the data folder; `latest` with no month. */
export function pageModelFile(publication: string, page: ModelPage, month?: string): string {
  return `${MODELS_FOLDER}/${publication}/${page}/${month ?? 'latest'}.json`;
}

/**
 * A model file as read, or a sentence saying why it is not the one asked for. `month` undefined
 * is the latest: any month will do.
 */
export function parsePageModelFile(value: unknown, asked: { publication: string; page: ModelPage; month?: string }): PageModelFile | string {
  if (!isObject(value)) return 'it is not a JSON object';
  if (value.format !== PAGE_MODEL_FORMAT) return `it is not a page model this dashboard can read (format ${String(value.format)})`;
  if (!isPublicationId(value.publication) || value.publication !== asked.publication) return 'it is not of the publication the pointer names';
  if (value.page !== asked.page) return `it is not the ${asked.page}’s model`;
  if (!isMonth(value.month) || (asked.month !== undefined && value.month !== asked.month)) return 'it is not the month asked for';
  if (!isObject(value.model)) return 'it has no model';
  if (value.site !== undefined && !isObject(value.site)) return 'its site is not an object';
  return value as unknown as PageModelFile;
}

/** A model file's text: compact, as only programs read it. */
export function pageModelText(file: PageModelFile): string {
  return JSON.stringify(file);
}
