// The page models a publication's first screens need, worked out once at publication (issue 29):
// the Overview's for every month of the publication, and the latest month's again as `latest`.
// The build and publish-data write them beside the publication (modelFiles.ts, from
// vitePluginPrerender.ts and publishData.ts), the msw handlers serve them (mocks/handlers.ts). Each is the page model function's own result,
// whatever it holds: computed from the published dataset, in which small counts are already
// withheld, so a model carries nothing the page hides.
import { pageModelFile, pageModelText, PAGE_MODEL_FORMAT, type ModelPage, type PageModelFile } from '../../src/domain/contract/pageModelFile.ts';
import type { Publication } from '../../src/domain/contract/publication.ts';
import { snapshotMonths } from '../../src/domain/board/monthView.ts';
import { overviewModel } from '../../src/domain/present/pages/overview.ts';

/** Every model file of a publication, by path in the data folder, with its text. None for a publication with no month. */
export function pageModelFiles(publication: Publication): Map<string, string> {
  const { dataset, id } = publication;
  const months = snapshotMonths(dataset.snapshots);
  const fileOf = (page: ModelPage, month: string, model: unknown): PageModelFile => ({
    format: PAGE_MODEL_FORMAT,
    publication: id,
    page,
    month,
    ...(dataset.site ? { site: dataset.site } : {}),
    model,
  });
  const files = new Map<string, string>();
  for (const month of months) {
    const text = pageModelText(fileOf('overview', month, overviewModel(dataset, month)));
    files.set(pageModelFile(id, 'overview', month), text);
    if (month === months.at(-1)) files.set(pageModelFile(id, 'overview'), text);
  }
  return files;
}
