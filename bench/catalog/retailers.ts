// Retailers as a European sales team meets them: electronics chains, operators,
// marketplaces and drugstores, several named like everyday words ("Power",
// "Orange", "Very", "Game") or too short to read without context ("3", "EE",
// "O2", "A1"). Larger catalogs add plausible regional chains composed from
// the words such chains are named with.
import { nameKey } from '../fold.js';
import type { Random } from '../random.js';
import { everyCountryName } from './countries.js';
import { slug } from './products.js';

export type RetailerKind = 'store' | 'online' | 'operator' | 'chain';

export interface Retailer {
  id: string; name: string; kind: RetailerKind; group: string; aliases: string[];
  /** Where it trades, before the catalog's own country list is applied. */
  home: string[];
}

export interface Group { id: string; name: string; aliases: string[] }

export const GROUPS: Group[] = [
  { id: 'ceconomy', name: 'Ceconomy', aliases: ['Ceconomy AG'] },
  { id: 'ck-hutchison', name: 'CK Hutchison', aliases: ['Hutchison', 'CK Hutchison Holdings'] },
  { id: 'fnac-darty', name: 'Fnac Darty', aliases: ['Groupe Fnac Darty'] },
  { id: 'elkjop-nordic', name: 'Elkjøp Nordic', aliases: ['Elkjop Nordic'] },
  { id: 'deutsche-telekom', name: 'Deutsche Telekom', aliases: ['DT Group'] },
  { id: 'as-watson', name: 'A.S. Watson', aliases: ['AS Watson', 'Watsons'] },
];

// name | kind | home countries | group | aliases. The first four are in every catalog:
// names a reader takes for a word or a number are the point of the benchmark.
const KNOWN = `
Power|chain|NO DK FI SE||Power.no;Power Norge;Power Store
Orange|operator|FR ES PL BE RO SK LU MD||Orange Store;Orange Boutique;Boutique Orange
3|operator|AT DK IE IT SE GB|ck-hutchison|Three;Tre;Drei;3 Store;Three Store
EE|operator|GB||EE Store;EE Shop;Everything Everywhere
MediaMarkt|chain|DE AT CH NL BE ES PL HU SE TR PT LU|ceconomy|Media Markt;MediaMarkt Online
MediaWorld|chain|IT|ceconomy|Media World
Saturn|chain|DE AT|ceconomy|Saturn Elektro
Fnac|chain|FR BE PT ES CH|fnac-darty|Fnac.com
Darty|chain|FR|fnac-darty|Darty.com
Boulanger|chain|FR BE||Boulanger Electroménager
Euronics|chain|IT DE AT BE NL ES PT IE GB CZ SK HU LV LT EE FI SE NO DK||Euronics Store
Unieuro|chain|IT||Unieuro Store;Unieuro.it
Trony|chain|IT||Trony Store
Expert|chain|IT DE AT NL BE DK NO SE||Expert Store;Expert Elettronica
Currys|chain|GB IE||Currys PC World;PC World
Argos|chain|GB IE||Argos.co.uk
Very|online|GB IE||Very.co.uk;Very Online
Game|chain|GB ES||Game Stores;GAME Digital
Elkjøp|chain|NO|elkjop-nordic|Elkjop;Elkjøp Norge
Elgiganten|chain|SE DK|elkjop-nordic|Elgiganten Sverige
Gigantti|chain|FI|elkjop-nordic|Gigantti Oy
Coolblue|online|NL BE DE||Coolblue.nl
bol.com|online|NL BE||Bol;bolcom
Otto|online|DE AT||Otto.de;Otto Versand
Cyberport|online|DE AT||Cyberport.de
Alza|online|CZ SK HU AT DE||Alza.cz;Alza.sk
eMAG|online|RO BG HU||eMAG.ro
Altex|chain|RO||Altex Romania
Worten|chain|PT ES||Worten Online
El Corte Inglés|store|ES PT||Corte Ingles;ECI
PcComponentes|online|ES PT IT FR||PC Componentes
Amazon|online|IT ES FR DE GB NL SE PL BE TR US CA MX BR JP IN AU SG AE SA EG||Amazon.it;Amazon.es;Amazon.de;Amazon.fr;Amazon Marketplace
Vodafone|operator|IT ES DE GB IE NL PT CZ RO AL GR TR HU EG ZA||Vodafone Store;Vodafone Shop
Telekom|operator|DE HR HU SK MK ME GR AT|deutsche-telekom|Telekom Shop;T-Mobile;Magenta
WindTre|operator|IT|ck-hutchison|Wind Tre;Wind
TIM|operator|IT BR||TIM Store;Telecom Italia
Iliad|operator|IT FR PL||Iliad Store;Free Mobile
Bouygues Telecom|operator|FR||Bouygues
SFR|operator|FR||SFR Store
Movistar|operator|ES MX AR||Movistar Store;Telefonica
Telia|operator|SE FI NO DK EE LV LT||Telia Shop
Telenor|operator|NO SE DK HU RS MK||Telenor Butikk
Tele2|operator|SE NL EE LV LT||Tele2 Shop
Proximus|operator|BE||Proximus Shop
Swisscom|operator|CH||Swisscom Shop
Sunrise|operator|CH||Sunrise Shop
Salt|operator|CH||Salt Store
A1|operator|AT HR SI MK RS BG||A1 Shop
O2|operator|GB DE CZ SK||O2 Shop;O2 Store
Play|operator|PL||Play Salon
Plus|operator|PL||Plus GSM;Polkomtel
Yoigo|operator|ES||Yoigo Store
KPN|operator|NL||KPN Winkel
Base|operator|BE||Base Shop
Eir|operator|IE||Eir Store
Cosmote|operator|GR||Cosmote Shop
Turkcell|operator|TR||Turkcell İletişim
Carrefour|store|FR ES IT BE PL RO||Carrefour Hypermarché;Ipercarrefour
Lidl|store|DE FR IT ES NL BE PL AT CZ||Lidl Online
Conad|store|IT||Conad Superstore
Esselunga|store|IT||Esselunga Online
Coop|store|IT CH SE DK NO||Coop Online
Tesco|store|GB IE CZ SK HU||Tesco Extra
Boots|chain|GB IE||Boots UK
Superdrug|chain|GB IE|as-watson|Superdrug Stores
Kruidvat|chain|NL BE|as-watson|Kruidvat Online
Fortress|chain|HK|as-watson|Watsons Fortress
Best Buy|chain|US CA MX||BestBuy;Best Buy Online
Walmart|store|US CA MX||Walmart Supercenter
JB Hi-Fi|chain|AU NZ||JB HiFi
Harvey Norman|chain|AU NZ IE SI HR SG MY||Harvey Norman Online
Noon|online|AE SA EG||noon.com
Flipkart|online|IN||Flipkart Online
Rakuten|online|JP FR DE||Rakuten Ichiba
Bic Camera|chain|JP||BicCamera
Jumia|online|EG MA||Jumia Online
`;

const FIRST = ['Tech', 'Digi', 'Phone', 'Electro', 'Smart', 'Mega', 'Euro', 'Nord', 'Alpha', 'Blue', 'Green', 'Star', 'Hyper', 'Mobi', 'Gadget', 'Volt', 'Pixel', 'Click', 'Net', 'Tele'];
const SECOND = ['Point', 'Hub', 'World', 'Planet', 'Market', 'House', 'Zone', 'Center', 'Land', 'Line', 'Express', 'Direct', 'Corner', 'Depot', 'Outlet', 'City', 'Village', 'Island', 'Factory', 'Garage'];

export function knownRetailers(): Retailer[] {
  return KNOWN.trim().split('\n').map((line) => {
    const [name = '', kind = '', home = '', group = '', aliases = ''] = line.split('|');
    return { id: slug(name.replace(/ø/g, 'o')), name, kind: kind as RetailerKind, group, home: home.split(' '),
      aliases: aliases ? aliases.split(';') : [] };
  });
}

/** `count` retailers: the colliding four, then known ones at random, then composed regional chains. */
export function makeRetailers(count: number, countries: readonly string[], random: Random): Retailer[] {
  const known = knownRetailers();
  const chosen = [...known.slice(0, 4), ...random.sample(known.slice(4), Math.max(0, Math.min(count, known.length) - 4))];
  const taken = new Set<string>();
  for (const c of everyCountryName()) taken.add(nameKey(c).replace(/ /g, ''));
  for (const r of chosen) for (const a of [r.name, ...r.aliases]) { taken.add(nameKey(a)); taken.add(nameKey(a).replace(/ /g, '')); }
  // The composed names are drawn until enough are free; more than the words can make would never end.
  const free = FIRST.flatMap((a) => SECOND.filter((b) => !taken.has(nameKey(`${a} ${b}`)) && !taken.has(nameKey(`${a}${b}`)))).length;
  if (count > chosen.length + free) throw new Error(`the retailer words name ${chosen.length + free} retailers, ${count} asked`);
  while (chosen.length < count) {
    const a = random.pick(FIRST); const b = random.pick(SECOND);
    const spaced = `${a} ${b}`;
    const joined = `${a}${b}`;
    if (taken.has(nameKey(spaced)) || taken.has(nameKey(joined))) continue;
    taken.add(nameKey(spaced)); taken.add(nameKey(joined));
    const name = random.chance(0.5) ? joined : spaced;
    const home = random.sample(countries, random.int(1, 4));
    const kind = random.weighted<RetailerKind>([['chain', 5], ['store', 2], ['online', 2]]);
    chosen.push({ id: slug(name), name, kind, group: '', home, aliases: [name === joined ? spaced : joined, `${name} Store`] });
  }
  return chosen.slice(0, count);
}
