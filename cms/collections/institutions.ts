/**
 * 医療機関 are not a CMS collection: they are imported from open data (npm run import:institutions,
 * see cms/collections/index.ts importedCollections). What remains is the 区市町村 select labels
 * other collections share.
 */
import { municipalities } from '../../src/schemas/municipalities';

export const municipalityLabels = Object.fromEntries(municipalities.map(([slug, name]) => [slug, name])) as Record<string, string>;
