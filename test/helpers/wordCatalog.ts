// A small catalog whose names are everyday words (Pure, Flow, Key; Next, Coop,
// Very), with ended, announced, opening and unpaired rows, countries outside
// Europe, and one product sold in more countries than any list cut would show.
export const TODAY = Date.UTC(2026, 11, 1, 12);

const MANY = ['AR', 'AU', 'AT', 'BE', 'BR', 'CA', 'CL', 'CN', 'CO', 'CZ', 'DK', 'FI', 'FR', 'DE', 'GR', 'IN', 'IE', 'IT', 'JP',
  'KR', 'MX', 'NL', 'NO', 'PL', 'PT', 'ES', 'SE', 'CH', 'GB', 'US'];

export const WORD_CATALOG: Record<string, string> = {
  'sources.csv': 'id,title,publisher,published,language,ref\nwire,Trade wire,Wire,2026-03-10,en,\nold,Old list,Wire,2018-05-03,en,\n',
  'groups.csv': 'id,name,aliases\n',
  'retailers.csv': [
    'id,name,kind,group,aliases',
    'next,Next,chain,,next.co.uk',
    'coop,Coop,chain,,',
    'very,Very,online,,',
    'arena,Arena Games,store,,Arena',
  ].join('\n') + '\n',
  'categories.csv': 'id,name_en,name_it,aliases\nbike,bikes,bici,bike;bikes;bici;bicicletta\n',
  'products.csv': [
    'id,name,brand,category,aliases',
    'pure,Pure,Velora,bike,',
    'flow,Flow,Velora,bike,',
    'key,Key,Nordhelm,bike,',
    'globe,Globe,Nordhelm,bike,',
  ].join('\n') + '\n',
  'cities.csv': 'id,name,country,aliases\nturin,Turin,IT,Torino\n',
  'country_aliases.csv': 'code,alias\n',
  'availability.csv': [
    'product,retailer,country,status,since,paired,note,source',
    'pure,next,GB,available,2026-03,yes,,wire',
    'pure,coop,NO,ended,2025-06,yes,,wire',
    'flow,coop,IT;JP,available,,yes,,wire',
    'flow,next,GB,announced,2026-02-01,yes,,wire',
    'flow,very,BR,opening,2027-03-15,yes,,wire',
    'key,coop,IT,opening,2018-05-26,yes,,old',
    'key,very,DE;FR,announced,,no,,wire',
    'key,arena,DE;FR,announced,,no,,wire',
    `globe,arena,${MANY.join(';')},available,,yes,,wire`,
  ].join('\n') + '\n',
  'events.csv': 'id,kind,date,country,city,retailer,note,source\ncoop-turin,store_opening,2018-05-26,IT,turin,coop,first store,old\n',
};

export const GLOBE_COUNTRIES = MANY;
