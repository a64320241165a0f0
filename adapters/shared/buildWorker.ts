// The process a live reload builds the catalog in: reading and writing a large
// catalog takes seconds and hundreds of megabytes (the importer's country and
// language data, the rows), and in the bot's own process every user would wait
// and its memory would stay grown after. It answers once, on its IPC channel.
import { ensureCatalog } from '../../src/catalog/build.js';

const [dir, db] = process.argv.slice(2) as [string, string];
process.send?.(await ensureCatalog(dir, db), () => process.disconnect());
