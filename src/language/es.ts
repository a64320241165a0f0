// Spanish: the words that carry a question's shape, and every phrase the bot says.
// Accented words are written as Spanish writes them; the registry folds them as
// questions are folded ("qué" → "que"), so both spellings are read.
import type { Status } from '../types.js';
import type { Dimension, Phrases } from './en.js';
import { languageName } from './names.js';
import { cap, closed, joinWith, type LanguagePack } from './pack.js';

const DIMENSION: Record<Dimension, [string, string]> = {
  country: ['país', 'países'], retailer: ['minorista', 'minoristas'], product: ['producto', 'productos'],
};

const STATUS: Record<Status, string> = {
  available: 'disponible', announced: 'anunciado', opening: 'de próxima apertura', ended: 'ya no se vende',
};

/**
 * "en España", "en el Reino Unido", "en los Países Bajos", "en la República Checa": Spanish puts
 * the article before the country names that are a common noun with its adjective.
 */
export function inPlace(name: string): string {
  const first = name.split(' ')[0] ?? '';
  if (/^(Reino|Salvador)$/i.test(first)) return `en el ${name}`;
  if (/^(Países|Emiratos)$/i.test(first)) return `en los ${name}`;
  if (/^(República|Islas)$/i.test(first)) return `en ${/^Islas/i.test(first) ? 'las' : 'la'} ${name}`;
  return `en ${name}`;
}

/** "el 3 de mayo de 2018", "noviembre de 2017": a day takes the article. */
const on = (date: string): string => (/^\d/.test(date) ? `el ${date}` : date);

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const countMore = (n: number, atLeast: boolean): string => (atLeast ? `… y al menos ${n} más` : `… y ${n} más`);

const phrases: Phrases = {
  yes: (what: string) => `Sí: ${what}.`,
  yesWith: (status: string, what: string) => `Sí, ${status}: ${what}.`,
  no: 'No.',
  notYet: (what: string, status: string) => `Todavía no: ${what}, ${status}.`,
  notAll: (what: string) => `No todos: para ${what} los datos tienen también hechos sin confirmar o terminados.`,
  asOf: (date: string) => `(según la fuente del ${date})`,
  statusAt: (status: Status, date: string | null, past: boolean): string => {
    if (!date) return STATUS[status];
    if (status === 'opening') return past ? `apertura anunciada para ${on(date)}` : `abre ${on(date)}`;
    if (status === 'announced') return past ? `anunciado ${on(date)}` : `anunciado para ${on(date)}`;
    return `${STATUS[status]} desde ${on(date)}`;
  },
  date: (day: number | null, month: string, year: string) => (day === null ? `${month} de ${year}` : `${day} de ${month} de ${year}`),
  unpaired: 'la fuente no dice qué cadena está en qué país',
  notConfirmed: (what: string) => `No confirmado para ${what}: la fuente nombra estas cadenas y estos países juntos sin emparejarlos.`,
  ended: (what: string) => `No: ${what}, ya no se vende.`,
  listHead: (what: string) => `Lo que dicen los datos sobre ${what}:`,
  whenHead: (what: string) => `Fechas de ${what}:`,
  sayingHead: (what: string) => `Lo que dice la fuente sobre ${what} (no es un punto de venta):`,
  noDate: (what: string) => `No: los datos no tienen fecha para ${what}.`,
  noFacts: (what: string) => `No: los datos no tienen ${what}.`,
  noneInCountry: (country: string) => `Ningún minorista ${inPlace(country)} en los datos.`,
  nothingFor: (names: string) => `Nada en los datos para: ${names}.`,
  unknownPlace: (words: string) => `No conozco el lugar «${words}»: no está en los datos. Dónde lo tienen los datos:`,
  unread: (names: string[], rest: boolean) =>
    `No conozco ${joinWith(names.map((n) => `«${n}»`), 'o')}: ${rest ? 'no está en los datos. Para el resto de la pregunta:' : 'no está en los datos.'}`,
  inCountry: (country: string, retailers: string) => `${cap(inPlace(country))} los datos tienen: ${retailers}.`,
  atRetailer: (retailer: string, countries: string) => `${retailer} está en los datos en: ${countries}.`,
  elsewhere: (product: string, countries: string) => `Los datos tienen ${product} en: ${countries}.`,
  statement: (country: string, note: string) => `${cap(inPlace(country))}, la fuente dice: ${note}.`,
  model: (model: string, line: string) => `(Los datos son por línea de producto: ${model} se responde como ${line}.)`,
  more: (n: number) => countMore(n, false),
  dates: 'Fechas',
  moreAsk: (n: number, atLeast = false) => `${countMore(n, atLeast)} (pide «todos» para verlos).`,
  moreNarrow: (n: number, atLeast = false) =>
    `${countMore(n, atLeast)} (pregunta por un solo producto, tienda o país para verlos).`,
  andMore: '… y más',
  source: (list: string) => `Fuente: ${list}.`,
  sourceDated: (title: string, date: string) => `${title} (${date})`,
  productsOf: (brand: string, category: string) => (category ? `${category} ${brand}`.trim() : `productos ${brand}`),
  describe: (products: string[], retailers: string[], countries: string[]) =>
    [products.length > 0 ? joinWith(products, 'o') : 'productos',
      retailers.length > 0 ? `en ${joinWith(retailers, 'o')}` : '',
      countries.length > 0 ? joinWith(countries.map(inPlace), 'o') : ''].filter(Boolean).join(' '),
  countryInSentence: (name: string) => name,
  clarify: (options: string[]) => `¿Quieres decir ${joinWith(options, 'o')}?`,
  help: 'Respondo preguntas sobre dónde se venden los productos: qué minorista, en qué país, desde cuándo y según qué fuente.',
  examples: (product: string, retailer: string, country: string) => [`¿Puedo comprar ${product} en ${retailer} ${inPlace(country)}?`, `¿Dónde puedo comprar ${product}?`, `¿Qué tiendas venden ${product} ${inPlace(country)}?`],
  helpExample: 'ayuda',
  quote: (s: string) => `«${s}»`,
  tryThese: 'Prueba:',
  untranslated: (note: string, lang: string) => `(en ${languageName(lang, 'es')}) ${note}`,
  coverage: (products: number, retailers: number, countries: number, sources: number, latest: string | null) =>
    `Conozco ${plural(products, 'producto', 'productos')} de ${plural(retailers, 'minorista', 'minoristas')} en ${plural(countries, 'país', 'países')}, de ${plural(sources, 'fuente', 'fuentes')}${latest ? ` (la más reciente: ${latest})` : ''}.`,
  courtesy: 'De nada. Pregunta cuando quieras.',
  courtesyAlone: 'De nada. Pregúntame dónde se vende un producto: un producto, un minorista o un país.',
  notUnderstood: 'No he encontrado ningún producto, minorista o país que conozca.',
  tooBroad: 'La pregunta es demasiado amplia para responder enseguida. Indica un producto, un minorista o un país para acotarla.',
  outOfScope: 'Solo sé dónde se venden los productos (minorista, país, estado, fechas), no precios, características, existencias ni comparaciones.',
  truncated: (n: number) => `(Solo he leído los primeros ${n} caracteres de la pregunta.)`,
  dimension: (d: Dimension, n: number) => DIMENSION[d][n === 1 ? 0 : 1],
  setHead: (d: Dimension, what: string, n: number) => `${cap(DIMENSION[d][1])}${what ? ` para ${what}` : ' en los datos'} (${n}):`,
  countHead: (d: Dimension, what: string, n: number) =>
    `${n} ${DIMENSION[d][n === 1 ? 0 : 1]}${what ? ` para ${what}` : ' en los datos'}${n > 0 ? ':' : '.'}`,
  setAll: (d: Dimension, n: number) => `Todos los ${DIMENSION[d][1]} (${n}):`,
  setNone: (d: Dimension, what: string) => `No: los datos no tienen ${DIMENSION[d][1]} para ${what}.`,
  setNoneProducts: (what: string) => `No: los datos no tienen ${what}.`,
  /** The head of a product set: what it describes names the products already ("products at bol.com in Cyprus (3):"). */
  setHeadProducts: (what: string, n: number) => `${cap(what)} (${n}):`,
  /** The head of a product count: the number after what names the products ("Products at Mi Store: 3."), so it never says them twice. */
  countHeadProducts: (what: string, n: number) => `${cap(what)}: ${n}.`,
  setEnded: (names: string) => closed(`Ya no se venden: ${names}`),
  setUnpaired: (names: string) => closed(`Nombrados por la fuente sin emparejar minoristas y países (no confirmado): ${names}`),
  setAnnounced: (names: string) => `Anunciados o de próxima apertura, venta aún no confirmada: ${names}.`,
  setMore: (n: number) => `… y ${n} más.`,
  event: {
    store_opening: 'apertura de tienda', market_entry: 'entrada en el mercado', agreement: 'acuerdo', statement: 'declaración', launch: 'lanzamiento',
  } as Record<string, string>,
};

export const es: LanguagePack<Phrases> = {
  code: 'es',
  name: 'Español',
  // Left out on purpose: "e" and "u" (the forms of "y" and "o" before a vowel) are Italian's "e" and
  // chat's "u"; "allá" folds into Italian "alla".
  functionWords: `
    el la los las lo un una unos unas al del de a en con sin por para sobre entre hasta desde hacia contra según tras
    y o ni pero sino que qué quien quién quienes quiénes cual cuál cuales cuáles cuando cuándo donde dónde adonde
    como cómo cuanto cuánto cuanta cuánta cuantos cuántos cuantas cuántas porque
    yo tú tu él ella ello nosotros nosotras vosotros vosotras ellos ellas usted ustedes me te se nos os le les
    mi mis tus su sus nuestro nuestra nuestros nuestras vuestro vuestra este esta estos estas ese esa esos esas
    aquel aquella aquellos aquellas esto eso aquello algo alguien alguno alguna algunos algunas ningún ninguno ninguna
    nada nadie todo toda todos todas cada otro otra otros otras mismo misma cualquier
    es son era eran fue fueron ser sido está están estaba estaban estar estado hay había haber he has ha hemos han
    no sí si ya aún todavía ahora hoy mañana ayer siempre nunca jamás más menos muy mucho mucha muchos muchas poco
    solo sólo también tampoco aquí allí ahí entonces pues luego además bien mal bueno
    gracias hola adiós favor vale
  `,
  filler: 'jaja jajaja jeje jiji xd porfa porfis plis pls xfa ok okey oye mira eh ah oh uf ups bueno tío tía che güey wey amigo amigos chicos gente',
  numbers: 'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce primero primera primer segundo segunda tercero tercera',
  domain: 'disponibilidad disponible minorista minoristas distribuidor distribuidores tienda tiendas smartphone smartphones online móvil móviles celular celulares ecommerce',
  cues: {
    when: `cuándo cuando fecha fechas desde abre abrirá abren abrirán apertura abierto abrió inaugura inauguración inauguró
      lanzamiento lanza lanzó lanzado lanzan llega llegará llegan llegó salida sale salió estreno estrena`,
    whenAsked: 'cuándo cuando fecha fechas desde',
    where: 'dónde donde adonde',
    who: 'quién quien quiénes quienes',
    other: 'otro otra otros otras además aparte',
    list: 'dónde donde cuál cuáles cual cuales quién quiénes quien quienes qué que lista listar enumera muestra muéstrame dime enséñame',
    yesno: `es son está están hay puedo puedes puede podemos pueden se vende venden vendéis tienen tiene tienes tenéis existe existen será serán
      habrá encuentro encuentra consigo`,
    help: 'ayuda hola buenas buenos comandos instrucciones info ejemplos',
    helpPhrases: ['qué puedes hacer', 'qué sabes hacer', 'cómo funciona', 'cómo funcionas', 'quién eres', 'qué haces', 'para qué sirves',
      'cómo te uso', 'qué sabes'],
    outOfScope: `precio precios cuesta cuestan costo coste costos barato barata baratos baratas caro cara caros caras descuento
      descuentos oferta ofertas euros dólares pesos características especificaciones ficha batería cámara pantalla tamaño talla
      tallas peso impermeable color colores material materiales ingredientes calorías reseña reseñas opinión opiniones valoración
      reparación reparar reparaciones roto rota garantía reembolso devolución comparar comparación comparativa mejor peor recomiendas
      recomienda recomendación calidad diferencia diferencias envío envíos enviar envían envía entrega entregas mensajero
      existencias unidades edad edades cuánto cuánta pilas`,
    outOfScopePhrases: ['cuánto cuesta', 'cuánto cuestan', 'cuánto vale', 'cuánto valen', 'vale la pena', 'es bueno', 'es buena',
      'cuántas unidades', 'hecho de', 'hecha de', 'apto para', 'apta para', 'sirve para', 'en stock'],
    followUp: 'y también además entonces luego',
    followUpPhrases: ['y en', 'y para', 'y con', 'y de', 'y del', 'y al', 'y si', 'y qué tal', 'qué tal', 'y en cuanto a', 'y también'],
    countPhrases: ['cuántos', 'cuántas', 'número de', 'cantidad de'],
    count: 'cuántos cuántas',
    all: 'todos todas todo toda cada entero entera completo completa',
    latest: 'todavía aún ahora actualmente hoy ya sigue siguen',
    yet: 'ya todavía aún ahora',
    courtesy: 'gracias muchas vale ok okey genial perfecto bien estupendo entendido claro adiós chao chau saludos',
    continuation: 'entonces también',
    anaphora: 'ellos ellas esos esas estos estas eso',
    deixis: 'allí ahí',
    demonstratives: 'eso esto',
    existential: '',
    sellers: 'ellos ellas',
    clitics: 'lo la los las le les',
    addressee: 'tú tu te ti usted ustedes vosotros os tuyo tuya eres sois',
    sayings: {
      statement: 'dice dijo declara declaración afirma planea planes plan',
      agreement: 'acuerdo acuerdos contrato alianza asociación firmado firmó',
      market_entry: 'entrada entra entró expansión expande planea planes',
    },
    correctionPhrases: ['quise decir', 'quería decir', 'me refería a', 'me refiero a', 'mejor dicho', 'no quise decir'],
    dimension: {
      country: 'país países nación naciones mercado mercados',
      retailer: `minorista minoristas tienda tiendas cadena cadenas distribuidor distribuidores vendedor vendedores comercio comercios
        punto puntos socio socios store shop`,
      product: 'producto productos artículo artículos modelo modelos línea líneas marca marcas',
    },
    sell: 'vende venden vendéis vendes vendido vendidos vendida vendidas tiene tienen tenéis ofrece ofrecen distribuye distribuyen lleva llevan',
  },
  before: {
    product: 'el la los las un una unos unas este esta ese esa comprar compro conseguir consigo pedir encargar mi mis vende venden',
    retailer: 'en de del al con @ tienda tiendas tiene tienen vende venden ofrece ofrecen lleva llevan',
    place: 'en a al hacia',
    maker: 'de del',
  },
  retailerAfter: 'tienda tiendas store shop vende venden tiene tienen',
  productAfter: 'vendido vendida vendidos vendidas disponible disponibles',
  shorthand: { q: 'que', xq: 'porque', pq: 'porque', tb: 'también', tmb: 'también', dnd: 'donde' },
  whether: 'si',
  copulas: 'es son era eran ser soy eres somos sois está están estás estoy parece muy tan demasiado realmente',
  genitive: 'de del',
  goods: 'algo nada todo',
  conjunctions: 'y o ni',
  articles: 'el la los las',
  indefinite: 'un una unos unas',
  storeOnly: '',
  prepositions: 'en a de del al con para por desde sobre',
  stock: 'stock existencias unidades quedan piezas',
  availability: `disponible disponibles disponibilidad comprar compro comprarlo comprarla adquirir encontrar encuentro encuentra
    encuentran consigo conseguir pedir venta vendido vendida vendidos vendidas hay existe existen llega llegó llegado salió
    programado programada previsto prevista previstos previstas esperado esperada confirmado confirmada confirmados confirmadas`,
  elisions: '',
  placeForms: () => [],
  marks: ['¿', '¡'],
  capitalisedNouns: false,
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  status: STATUS,
  phrases,
};
