// The hash a file is published with when its small counts were withheld: of its content as
// published, not of its bytes, so that the hash cannot confirm a guess at the counts withheld.
// Apart from publication.ts so that the pages' shared code does not carry SHA-256 (only the Data
// page's checks compare files by it).
import { sha256Hex } from './sha256';

export function publishedContentHash(content: unknown): string {
  return sha256Hex(JSON.stringify(content));
}
