// Product names the way a retailer's price list has them: a line, a model number,
// a variant and a storage size ("Redmi Note 9 Pro 128GB", "Galaxy S23+ 256GB"),
// each with the aliases people type (brand first, "128 GB", "Pro Plus", a SKU
// code). The grammar yields far more names than a catalog takes; the generator
// draws its products from them at random. A catalog larger than the grammar's
// models (100,000 products) lists each colour as its own line, as a price list
// at SKU level does ("Galaxy S23 256GB Phantom Black" beside "Galaxy S23 256GB").
import { nameKey } from '../fold.js';
import type { Random } from '../random.js';

export interface Product { id: string; name: string; brand: string; category: string; aliases: string[] }

interface Family {
  brand: string;
  category: string;
  models: string[];
  /** Sizes sold of each model; empty when the product has none (a watch band, a TV). */
  sizes: readonly string[];
  /** How the maker's SKU codes begin. */
  sku: string;
}

const range = (a: number, b: number, step = 1): number[] => {
  const out: number[] = [];
  for (let i = a; i <= b; i += step) out.push(i);
  return out;
};

/** Every "prefix number variant" combination. */
function models(prefixes: readonly string[], numbers: readonly (number | string)[], variants: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of prefixes) for (const n of numbers) for (const v of variants) out.push(`${p}${n}${v}`);
  return out;
}

const PHONE = ['64GB', '128GB', '256GB'];
const BIG = ['128GB', '256GB', '512GB'];
const SMALL = ['32GB', '64GB', '128GB'];
const RAM = ['4GB/64GB', '4GB/128GB', '6GB/128GB', '8GB/256GB'];

const FAMILIES: Family[] = [
  { brand: 'Xiaomi', category: 'smartphone', sku: 'M2', sizes: PHONE, models: models(['Redmi Note '], range(5, 14), ['', ' Pro', ' Pro+', ' S', ' 5G', ' Pro 5G', 'T']) },
  { brand: 'Xiaomi', category: 'smartphone', sku: 'M2', sizes: SMALL, models: models(['Redmi '], range(5, 14), ['', 'A', 'C', ' Prime', 'T', ' Power']) },
  { brand: 'Xiaomi', category: 'smartphone', sku: 'M2', sizes: BIG, models: models(['Xiaomi '], range(11, 14), ['', ' Pro', ' Ultra', ' Lite', 'T', 'T Pro']) },
  { brand: 'Xiaomi', category: 'smartphone', sku: 'M2', sizes: RAM, models: models(['POCO '], ['X3', 'X4', 'X5', 'X6', 'F3', 'F4', 'F5', 'F6', 'M3', 'M4', 'M5', 'M6'], ['', ' Pro', ' GT', ' NFC']) },
  { brand: 'Xiaomi', category: 'tablet', sku: 'M2', sizes: PHONE, models: ['Redmi Pad', 'Redmi Pad SE', 'Redmi Pad Pro', 'Xiaomi Pad 5', 'Xiaomi Pad 6', 'Xiaomi Pad 6 Pro'] },
  { brand: 'Xiaomi', category: 'wearable', sku: 'M2', sizes: [], models: models(['Mi Band ', 'Mi Smart Band '], range(4, 9), ['', ' NFC', ' Pro']) },
  { brand: 'Xiaomi', category: 'audio', sku: 'M2', sizes: [], models: models(['Redmi Buds '], range(3, 5), ['', ' Pro', ' Lite']) },
  { brand: 'Xiaomi', category: 'accessory', sku: 'PB', sizes: ['10000mAh', '20000mAh'], models: ['Mi Power Bank 3', 'Redmi Power Bank', 'Xiaomi Power Bank 4'] },
  { brand: 'Xiaomi', category: 'tv', sku: 'L', sizes: ['32"', '43"', '50"', '55"', '65"'], models: ['Mi TV P1', 'Mi TV Q1', 'Xiaomi TV A2', 'Xiaomi TV Q2'] },
  { brand: 'Samsung', category: 'smartphone', sku: 'SM-S', sizes: BIG, models: models(['Galaxy S'], range(20, 24), ['', '+', ' Ultra', ' FE']) },
  { brand: 'Samsung', category: 'smartphone', sku: 'SM-A', sizes: ['32GB', '64GB', '128GB', '256GB'], models: models(['Galaxy A'], range(10, 75), ['', 's', ' 5G', ' Lite']) },
  { brand: 'Samsung', category: 'smartphone', sku: 'SM-M', sizes: PHONE, models: models(['Galaxy M'], range(10, 55), ['', 's']) },
  { brand: 'Samsung', category: 'smartphone', sku: 'SM-F', sizes: ['256GB', '512GB'], models: models(['Galaxy Z '], ['Fold', 'Flip'], range(3, 6).map(String)).map((m) => m.replace(/ (Fold|Flip)(\d)/, ' $1$2')) },
  { brand: 'Samsung', category: 'tablet', sku: 'SM-X', sizes: PHONE, models: models(['Galaxy Tab S'], range(6, 9), ['', ' Lite', ' FE', '+']) },
  { brand: 'Samsung', category: 'audio', sku: 'SM-R', sizes: [], models: models(['Galaxy Buds'], ['2', '3'], ['', ' Pro', ' Live', ' FE']) },
  { brand: 'Samsung', category: 'wearable', sku: 'SM-R', sizes: ['40mm', '44mm'], models: models(['Galaxy Watch'], range(4, 6), ['', ' Classic']) },
  { brand: 'Apple', category: 'smartphone', sku: 'MQ', sizes: ['64GB', '128GB', '256GB', '512GB'], models: models(['iPhone '], range(11, 15), ['', ' mini', ' Plus', ' Pro', ' Pro Max']) },
  { brand: 'Apple', category: 'tablet', sku: 'MK', sizes: ['64GB', '256GB'], models: ['iPad 9', 'iPad 10', 'iPad Air 4', 'iPad Air 5', 'iPad mini 6', 'iPad Pro 11'] },
  { brand: 'Apple', category: 'wearable', sku: 'MK', sizes: ['41mm', '45mm'], models: models(['Apple Watch Series '], range(7, 9), ['']) },
  { brand: 'Google', category: 'smartphone', sku: 'GA', sizes: ['128GB', '256GB'], models: models(['Pixel '], range(6, 8), ['', 'a', ' Pro']) },
  { brand: 'Motorola', category: 'smartphone', sku: 'XT', sizes: PHONE, models: models(['Moto G'], range(10, 99), ['', ' Power', ' Plus', ' 5G', ' Stylus']) },
  { brand: 'Motorola', category: 'smartphone', sku: 'XT', sizes: SMALL, models: models(['Moto E'], range(6, 40), ['', 's', ' Plus']) },
  { brand: 'Motorola', category: 'smartphone', sku: 'XT', sizes: BIG, models: models(['Motorola Edge '], range(20, 50), ['', ' Pro', ' Neo', ' Fusion', ' Lite']) },
  { brand: 'OnePlus', category: 'smartphone', sku: 'CPH', sizes: BIG, models: [...models(['OnePlus '], range(7, 12), ['', ' Pro', 'T', 'T Pro', 'R']), ...models(['OnePlus Nord '], range(2, 4), ['', ' CE', ' CE Lite', 'T'])] },
  { brand: 'OPPO', category: 'smartphone', sku: 'CPH', sizes: BIG, models: [...models(['Find X'], range(2, 7), ['', ' Pro', ' Neo', ' Lite']), ...models(['Reno'], range(4, 11), ['', ' Pro', ' Z', ' Lite', ' F'])] },
  { brand: 'OPPO', category: 'smartphone', sku: 'CPH', sizes: RAM, models: models(['OPPO A'], range(15, 98), ['', 's']) },
  { brand: 'realme', category: 'smartphone', sku: 'RMX', sizes: RAM, models: [...models(['realme '], range(7, 12), ['', ' Pro', ' Pro+', 'i', ' 5G']), ...models(['realme GT '], range(2, 6), ['', ' Pro', ' Neo']), ...models(['realme C'], range(11, 67), ['', 's'])] },
  { brand: 'Nokia', category: 'smartphone', sku: 'TA-', sizes: ['32GB', '64GB', '128GB', '256GB'], models: [...models(['Nokia G'], range(10, 60), ['']), ...models(['Nokia X'], range(10, 30), ['']), ...models(['Nokia C'], range(1, 32), ['', ' Plus'])] },
  { brand: 'Sony', category: 'smartphone', sku: 'XQ-', sizes: ['128GB', '256GB'], models: models(['Xperia '], ['1', '5', '10'], [' II', ' III', ' IV', ' V', ' VI']) },
  { brand: 'Honor', category: 'smartphone', sku: 'HN', sizes: BIG, models: [...models(['Honor '], range(50, 90, 10), ['', ' Lite', ' Pro']), ...models(['Honor Magic'], range(4, 6), ['', ' Pro', ' Lite']), ...models(['Honor X'], range(6, 9), ['', 'a', 'b'])] },
  { brand: 'Huawei', category: 'smartphone', sku: 'HW', sizes: ['128GB', '256GB'], models: [...models(['Huawei P'], range(30, 60, 10), ['', ' Pro', ' lite']), ...models(['Huawei Mate '], range(20, 60, 10), ['', ' Pro']), ...models(['Huawei nova '], range(5, 12), ['', 'i', ' SE', ' Pro'])] },
  { brand: 'vivo', category: 'smartphone', sku: 'V2', sizes: RAM, models: [...models(['vivo X'], range(50, 100, 10), ['', ' Pro', ' Lite']), ...models(['vivo Y'], range(11, 78), ['', 's']), ...models(['vivo V'], range(20, 30), ['', ' Pro', 'e'])] },
  { brand: 'Nothing', category: 'smartphone', sku: 'A0', sizes: ['128GB', '256GB'], models: ['Nothing Phone (1)', 'Nothing Phone (2)', 'Nothing Phone (2a)', 'Nothing Phone (3)'] },
  { brand: 'Fairphone', category: 'smartphone', sku: 'FP', sizes: ['128GB', '256GB'], models: ['Fairphone 3', 'Fairphone 4', 'Fairphone 5'] },
  { brand: 'TCL', category: 'smartphone', sku: 'T7', sizes: PHONE, models: models(['TCL '], range(20, 40), ['', ' SE', ' R', ' Pro']) },
  { brand: 'ZTE', category: 'smartphone', sku: 'Z', sizes: PHONE, models: [...models(['ZTE Blade A'], range(31, 73), ['']), ...models(['ZTE Blade V'], range(30, 50), ['', ' Vita'])] },
  { brand: 'Samsung', category: 'smartphone', sku: 'SM-E', sizes: ['64GB', '128GB'], models: models(['Galaxy F'], range(12, 62), ['', 's']) },
  { brand: 'Infinix', category: 'smartphone', sku: 'X6', sizes: RAM, models: [...models(['Infinix Hot '], range(10, 40), ['', 's', ' Play']), ...models(['Infinix Note '], range(10, 40), ['', ' Pro'])] },
  { brand: 'Tecno', category: 'smartphone', sku: 'KJ', sizes: RAM, models: [...models(['Tecno Spark '], range(5, 20), ['', ' Pro', ' Go']), ...models(['Tecno Camon '], range(15, 30), ['', ' Pro', ' Premier'])] },
  { brand: 'Ulefone', category: 'smartphone', sku: 'UF', sizes: ['64GB', '128GB', '256GB'], models: models(['Ulefone Armor '], range(10, 25), ['', ' Pro', 'T', ' Mini']) },
  { brand: 'Wiko', category: 'smartphone', sku: 'W-', sizes: SMALL, models: models(['Wiko '], ['Y', 'T'], range(50, 90, 5).map(String)) },
  { brand: 'Alcatel', category: 'smartphone', sku: 'OT', sizes: SMALL, models: models(['Alcatel '], range(1, 3), ['', 'S', 'SE', 'V', 'B', 'L']) },
  { brand: 'Lenovo', category: 'tablet', sku: 'ZA', sizes: ['32GB', '64GB', '128GB'], models: models(['Lenovo Tab '], ['M7', 'M8', 'M9', 'M10', 'M11', 'P11', 'P12'], ['', ' Plus', ' HD']) },
  { brand: 'Blackview', category: 'smartphone', sku: 'BV', sizes: ['64GB', '128GB'], models: models(['Blackview BV'], range(4900, 9900, 100), ['', ' Pro']) },
  { brand: 'Oukitel', category: 'smartphone', sku: 'OK', sizes: ['64GB', '128GB'], models: models(['Oukitel WP'], range(5, 35), ['', ' Pro']) },
  { brand: 'Doogee', category: 'smartphone', sku: 'DG', sizes: ['64GB', '128GB'], models: models(['Doogee S'], range(40, 110, 5), ['', ' Pro']) },
  { brand: 'Xiaomi', category: 'smartphone', sku: 'M2', sizes: SMALL, models: models(['POCO C'], range(31, 75), ['']) },
  { brand: 'Huawei', category: 'smartphone', sku: 'HW', sizes: ['64GB', '128GB'], models: models(['Huawei Y'], range(5, 9), ['', 'a', 'p', ' Prime']) },
  { brand: 'Samsung', category: 'smartphone', sku: 'SM-G', sizes: ['64GB', '128GB'], models: models(['Galaxy XCover '], range(4, 7), ['', ' Pro']) },
  { brand: 'Motorola', category: 'smartphone', sku: 'XT', sizes: ['256GB', '512GB'], models: models(['Motorola Razr '], range(40, 50, 10), ['', ' Ultra', ' Plus']) },
  { brand: 'Tecno', category: 'smartphone', sku: 'KJ', sizes: RAM, models: models(['Tecno Pova '], range(2, 6), ['', ' Pro', ' Neo']) },
  { brand: 'Infinix', category: 'smartphone', sku: 'X6', sizes: RAM, models: models(['Infinix Zero '], range(8, 40), ['', ' Ultra']) },
];

export function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/\+/g, '-plus').replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Colours makers sell a model in; some are two words, as price lists write them. */
export const COLOURS: readonly string[] = ['Black', 'White', 'Blue', 'Green', 'Silver', 'Graphite', 'Midnight Blue', 'Pink', 'Purple',
  'Gold', 'Red', 'Titanium Grey'];

interface GrammarName { family: Family; model: string; size: string | null; colour: string | null }

/** Every product the grammar can name without a colour, in a fixed order. */
export function allProductNames(): GrammarName[] {
  const out: GrammarName[] = [];
  for (const family of FAMILIES) {
    for (const model of family.models) {
      if (family.sizes.length === 0) out.push({ family, model, size: null, colour: null });
      else for (const size of family.sizes) out.push({ family, model, size, colour: null });
    }
  }
  return out;
}

/** Every name of the grammar in every colour. */
export function colouredProductNames(): GrammarName[] {
  return allProductNames().flatMap((n) => COLOURS.map((colour) => ({ ...n, colour })));
}

/**
 * The grammar names to use: a catalog within the colourless names draws from them alone (so the
 * medium and large catalogs stay what they were), a larger one takes them all and draws the rest
 * from the coloured ones.
 */
function chooseNames(count: number, random: Random): GrammarName[] {
  const plain = allProductNames();
  if (count <= plain.length) return random.sample(plain, count);
  const coloured = colouredProductNames();
  if (count > plain.length + coloured.length) throw new Error(`the product grammar names ${plain.length + coloured.length} products, ${count} asked`);
  return [...random.sample(plain, plain.length), ...random.sample(coloured, count - plain.length)];
}

/** `count` products drawn from the grammar, each with its aliases; every alias names one product only. */
export function makeProducts(count: number, random: Random): Product[] {
  const chosen = chooseNames(count, random);
  const taken = new Set<string>();
  const skus = new Set<string>();
  const ids = new Set<string>();
  const products: Product[] = [];
  for (const { family, model, size: sized, colour } of chosen) {
    // The colour goes after the size, and the size's aliases keep it: "Galaxy S23 256 GB Black".
    const size = sized && colour ? `${sized} ${colour}` : sized ?? colour;
    const name = size ? `${model} ${size}` : model;
    const aliases = new Set<string>();
    const add = (a: string): void => { if (a !== name) aliases.add(a); };
    if (!model.toLowerCase().startsWith(family.brand.toLowerCase())) add(`${family.brand} ${name}`);
    if (sized && /\d(GB|TB)$/.test(sized)) add(`${model} ${sized.replace(/(GB|TB)$/, ' $1')}${colour ? ` ${colour}` : ''}`);
    if (model.includes('+')) add(name.replace(/\+/g, ' Plus'));
    if (model.startsWith(`${family.brand} `)) add(name.slice(family.brand.length + 1));
    let sku: string;
    do {
      sku = `${family.sku}${random.int(100, 999)}${String.fromCharCode(65 + random.int(0, 25))}${sized ? `-${sized.replace(/\D/g, '')}` : ''}`
        + (colour ? `-${colour.replace(/[^A-Z]/g, '')}` : '');
    } while (skus.has(sku));
    skus.add(sku);
    add(sku);
    // An alias another product already has is dropped: the catalog would make it ambiguous.
    const own = [...aliases].filter((a) => !taken.has(nameKey(a)));
    for (const a of [name, ...own]) taken.add(nameKey(a));
    const full = name.toLowerCase().startsWith(family.brand.toLowerCase()) ? name : `${family.brand} ${name}`;
    const id = slug(full).slice(0, 64).replace(/-+$/, '');
    // Cut to 64 characters, two long names could share an id; the import would reject the second.
    if (ids.has(id)) throw new Error(`two products would both have the id ${id}`);
    ids.add(id);
    products.push({ id, name, brand: family.brand, category: family.category, aliases: own });
  }
  return products;
}
