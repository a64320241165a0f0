// availability.csv, the one file that grows to a million rows: each line is
// checked and its facts written as it is read, remembering the line and each
// country's place in the line's cell so an export writes the line back as it
// was. A repeated product, retailer and country is found by the table's key
// once all are in (no set of a million keys in memory), and named with the
// line it repeats.
import { list } from './csv.js';
import { STATUSES, badDate, dateOk, oneOf } from './checks.js';
import type { Context } from './import.js';

export interface FactCounts { countries: number; facts: number; lines: number }

export async function readFacts(c: Context): Promise<FactCounts> {
  const { ids, problems, sink } = c;
  const f = 'availability.csv';
  const countries = new Set<string>();
  let facts = 0;
  let lines = 0;
  await c.read({ file: f, columns: ['product', 'retailer', 'country', 'status', 'since', 'paired', 'note', 'source'], required: true }, (r) => {
    const at = (reason: string): false => { problems.at(f, r.line, reason); return false; };
    const product = r.get('product'); const retailer = r.get('retailer'); const status = r.get('status');
    const since = r.get('since'); const source = r.get('source'); const paired = r.get('paired').toLowerCase();
    const ok = [c.refOk(f, r.line, ids.products, product), c.refOk(f, r.line, ids.retailers, retailer),
      STATUSES.has(status) || at(oneOf('status', status, STATUSES)), since === '' || dateOk(since) || at(badDate(since)),
      c.refOk(f, r.line, ids.sources, source), ['yes', 'no', ''].includes(paired) || at(`paired "${paired}" must be yes or no`)];
    const codes = list(r.get('country'));
    if (codes.length === 0) ok.push(at('country is empty'));
    const listed = new Set<string>();
    for (const code of codes) {
      if (!c.countryOk(f, r.line, code)) ok.push(false);
      else if (listed.has(code)) ok.push(at(`country "${code}" is listed twice`));
      listed.add(code);
    }
    if (!ok.every(Boolean)) return;
    c.translate('note', r.get('note'), r, 'note');
    const note = r.get('note') || null;
    let pos = 0;
    for (const country of listed) {
      sink.fact({ product_id: product, retailer_id: retailer, country, status, since: since || null,
        paired: paired === 'no' ? 0 : 1, note, source_id: source }, { line: r.line, pos: pos++ });
      facts++;
      countries.add(country);
    }
    lines++;
  });
  for (const { fact: f, origin, first } of sink.repeats()) {
    problems.at('availability.csv', origin.line, `duplicate row for ${f.product_id} at ${f.retailer_id} in ${f.country} (first at line ${first.line})`);
    facts--;
  }
  return { countries: countries.size, facts, lines };
}
