// What an import says about a broken catalog: the line a problem is on, its
// cause once (never a cascade of lines about rows that only depend on a
// rejected one), and a hint that says how to fix it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/catalog/build.js';
import { formatProblem } from '../../../src/catalog/problem.js';
import { SMALL_CATALOG, writeCatalogDir } from '../../helpers/catalog.js';

async function problemsIn(dir: string): Promise<string[]> {
  const r = await checkCatalog(dir);
  return r.ok ? [] : r.problems.map(formatProblem);
}

const problemsOf = (files: Record<string, string>): Promise<string[]> => problemsIn(writeCatalogDir({ ...SMALL_CATALOG, ...files }));

describe('GIVEN a byte that is not UTF-8', () => {
  it('WHEN it is on line 3 THEN the problem is at line 3', async () => {
    const dir = writeCatalogDir(SMALL_CATALOG);
    const text = SMALL_CATALOG['retailers.csv']!;
    const [l1, l2, l3, ...rest] = text.split('\n');
    // "Mi Störe" as a spreadsheet saves it in Latin-1: ö is the single byte 0xf6.
    writeFileSync(join(dir, 'retailers.csv'), Buffer.concat([
      Buffer.from(`${l1}\n${l2}\n`), Buffer.from(l3!.replace('Mi Store,', 'Mi St\u00f6re,'), 'latin1'), Buffer.from(`\n${rest.join('\n')}`),
    ]));
    expect(await problemsIn(dir)).toEqual(['retailers.csv:3: not valid UTF-8 (save the file as UTF-8)']);
  });

  it('WHEN it is deep in a large file, past the first chunk read THEN the problem names its line', async () => {
    const dir = writeCatalogDir(SMALL_CATALOG);
    const more = Array.from({ length: 30_000 }, (_, i) => `extra-${i},Extra product number ${i} with a long name,Acme,phone,\n`);
    writeFileSync(join(dir, 'products.csv'), Buffer.concat([
      Buffer.from(SMALL_CATALOG['products.csv']! + more.slice(0, 20_000).join('')), Buffer.from('bad,B'), Buffer.from([0xc3, 0x28]),
      Buffer.from(`d,Acme,phone,\n${more.slice(20_000).join('')}`),
    ]));
    // 1 header line and 7 products before the 20,000 extra ones.
    expect(await problemsIn(dir)).toEqual(['products.csv:20009: not valid UTF-8 (save the file as UTF-8)']);
  });
});

describe('GIVEN a row that others refer to is rejected', () => {
  it('WHEN a city has a bad id and events refer to it THEN the city is the problem and the events say so in one line', async () => {
    const problems = await problemsOf({
      'cities.csv': 'id,name,country,aliases\nMilan City,Milan,IT,Milano\n',
      'events.csv': 'id,kind,date,country,city,retailer,note,source\n'
        + 'open-1,store_opening,2020-05-26,IT,Milan City,mistore,first,src\n'
        + 'open-2,store_opening,2020-05-27,IT,Milan City,mistore,second,src\n'
        + 'open-3,store_opening,2020-05-28,IT,Milan City,mistore,third,src\n',
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^cities\.csv:2: id "Milan City" must be/);
    expect(problems[1]).toBe('events.csv:2: 3 rows refer to city "Milan City", rejected at cities.csv:2');
    expect(problems.some((p) => p.includes('unknown city'))).toBe(false);
  });

  it('WHEN a retailer row has the wrong number of columns THEN availability rows that name it are one line, not one per row', async () => {
    const problems = await problemsOf({
      'retailers.csv': SMALL_CATALOG['retailers.csv']!.replace('three,3 Store,operator,,3;Three;Tre', 'three,3 Store,operator'),
    });
    expect(problems).toEqual([
      'retailers.csv:2: has 3 columns, the header has 5',
      'availability.csv:2: 2 rows refer to retailer "three", rejected at retailers.csv:2',
    ]);
  });

  it('WHEN one row refers to a rejected group THEN it says so without a count', async () => {
    const problems = await problemsOf({ 'groups.csv': 'id,name,aliases\nNorthGroup,North Group,Northern\n',
      'retailers.csv': SMALL_CATALOG['retailers.csv']!.replace('mediaworld,MediaWorld,store,northgroup', 'mediaworld,MediaWorld,store,NorthGroup')
        .replace('electra,Electra Megastore,chain,northgroup', 'electra,Electra Megastore,chain,') });
    expect(problems).toEqual([
      'groups.csv:2: id "NorthGroup" must be lowercase: use "northgroup"',
      'retailers.csv:4: refers to group "NorthGroup", rejected at groups.csv:2',
    ]);
  });

  it('WHEN a whole file cannot be read THEN rows that refer to it add nothing', async () => {
    const problems = await problemsOf({ 'products.csv': SMALL_CATALOG['products.csv']!.replace(/,/g, ';') });
    expect(problems).toEqual(['products.csv:1: looks like \';\' separated; use commas']);
  });
});

describe('GIVEN a duplicate', () => {
  it('WHEN an id repeats THEN the problem names the line it repeats', async () => {
    const problems = await problemsOf({ 'retailers.csv': `${SMALL_CATALOG['retailers.csv']!}three,Duplicate,store,,\n` });
    expect(problems).toEqual(['retailers.csv:6: duplicate id "three" (first at line 2)']);
  });

  it('WHEN an availability row repeats a product, retailer and country THEN it names the first line', async () => {
    const problems = await problemsOf({ 'availability.csv': `${SMALL_CATALOG['availability.csv']!}mi,three,DK;SE,available,,yes,,src\n` });
    expect(problems).toEqual(['availability.csv:8: duplicate row for mi at three in SE (first at line 3)']);
  });

  it('WHEN a country is listed twice in one cell THEN it says so', async () => {
    const problems = await problemsOf({ 'availability.csv': `${SMALL_CATALOG['availability.csv']!}mi,electra,IE;IE,available,,yes,,src\n` });
    expect(problems).toEqual(['availability.csv:8: country "IE" is listed twice']);
  });
});

describe('GIVEN a file written with another separator', () => {
  it.each([[';', "';'"], ['\t', 'tab']])('WHEN it is %j separated THEN the problem names the separator, once', async (sep, named) => {
    const problems = await problemsOf({ 'availability.csv': SMALL_CATALOG['availability.csv']!.replace(/,/g, sep).replace(/SE;DK/g, 'SE') });
    expect(problems).toEqual([`availability.csv:1: looks like ${named} separated; use commas`]);
  });
});

describe('GIVEN ids with capitals', () => {
  it('WHEN an id has capitals THEN it is told ids are lowercase, with the lowercase form', async () => {
    const problems = await problemsOf({ 'products.csv': SMALL_CATALOG['products.csv']!.replace('gs20p,', 'GS20-Plus,') });
    expect(problems).toEqual(['products.csv:8: id "GS20-Plus" must be lowercase: use "gs20-plus"']);
  });

  it('WHEN a reference has capitals of a known id THEN the hint gives the id', async () => {
    const problems = await problemsOf({ 'availability.csv': SMALL_CATALOG['availability.csv']!.replace('mi,mistore,IT', 'Mi,mistore,IT').replace('galaxo128,electra,GB', 'galaxo128,electra,gb') });
    expect(problems).toEqual([
      'availability.csv:4: unknown product "Mi" (ids are lowercase: "mi")',
      'availability.csv:6: unknown country code "gb" (codes are upper case: "GB")',
    ]);
  });
});

describe('GIVEN a catalog with very many problems', () => {
  it('WHEN every row is broken THEN the first thousand are listed and one line counts the rest', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `mi,three,SE,available,20-${i},yes,,src`).join('\n');
    const problems = await problemsOf({ 'availability.csv': `product,retailer,country,status,since,paired,note,source\n${rows}\n` });
    expect(problems).toHaveLength(1001);
    expect(problems[0]).toBe('availability.csv:2: bad date "20-0" (use YYYY, YYYY-MM or YYYY-MM-DD)');
    expect(problems[1000]).toBe('availability.csv:0: … and 500 more problems');
  });
});

describe('GIVEN a record whose quoted cell spans lines', () => {
  it('WHEN it has a problem THEN the problem is at the line the record starts on', async () => {
    const problems = await problemsOf({ 'availability.csv': SMALL_CATALOG['availability.csv']!.replace(
      'mi,three,SE,available,,yes,,src', 'mi,three,SE,sold,,yes,"two\nlines",src') });
    expect(problems).toEqual(['availability.csv:3: status "sold" must be one of available, announced, opening, ended']);
  });
});
