// The demo pages' own words (header, controls, section names) in the kit's three languages,
// so a page in Portuguese or Spanish does not frame translated elements in English.
// An element with data-i18n="key" gets the key's words as its text; data-i18n-label="key"
// sets its aria-label; <html data-i18n-title="key"> names the document.

export const LANGUAGES = ['en', 'pt-BR', 'es'];

export const WORDS = {
  en: {
    language: 'Language',
    theme: 'Theme',
    light: 'Light',
    dark: 'Dark',
    period: 'Period',
    channel: 'Channel',
    allChannels: 'All channels',
    counting: 'Counting',
    byPeriod: 'By period (flow)',
    byCohort: 'By cohort',
    controls: 'View',
    pageControls: 'Page',
    indexTitle: 'Vértice Software · shared marketing & sales KPIs',
    indexLead: 'Shared marketing & sales KPIs · sample company, fictional data',
    dashboardTitle: 'Vértice Software · benchmarking dashboard',
    dashboardLead: 'The benchmarking dashboard marketing and sales both read · fictional data',
    benchmarksTitle: 'How does your funnel compare? · Vértice Software',
    benchmarksHeading: 'How does your funnel compare?',
    benchmarksLead: 'Our own numbers, published against public benchmarks, each with its source. A marketing site embeds these with one script tag.',
    theDashboard: 'the dashboard',
    elements: 'elements',
    benchmarksPage: 'public benchmarks page',
    yourOwnChart: 'your own chart',
    chartTitle: 'inbound-kpi-kit: your own chart',
    chartHeading: 'Your own chart',
    chartLead: "A vega-lite spec of the page's own, over a table the kit computes",
    chartLeadCsp: "under the demo's strict Content-Security-Policy.",
    headline: 'Headline KPIs',
    funnelAndSlas: 'Funnel and SLAs',
    economics: 'Unit economics',
    charts: 'Charts',
    reasons: 'Why leads and deals fail',
    bridge: 'Why new customers moved',
    benchmarks: 'Benchmarks',
    inline: 'Fed inline',
    highlights: 'Highlights',
    footerBenchmarks: 'Benchmarks are illustrative, each with its source.',
    footerRead: 'Elements above read',
    footerOne: '(one request for all of them); the sales-cycle card is fed',
    footerProperty: 'as a property, the win-rate card an inline',
    footerAttribute: 'attribute.',
  },
  'pt-BR': {
    language: 'Idioma',
    theme: 'Tema',
    light: 'Claro',
    dark: 'Escuro',
    period: 'Período',
    channel: 'Canal',
    allChannels: 'Todos os canais',
    counting: 'Contagem',
    byPeriod: 'Por período (fluxo)',
    byCohort: 'Por coorte',
    controls: 'Visão',
    pageControls: 'Página',
    indexTitle: 'Vértice Software · KPIs compartilhados de marketing e vendas',
    indexLead: 'KPIs compartilhados de marketing e vendas · empresa de exemplo, dados fictícios',
    dashboardTitle: 'Vértice Software · painel de benchmarking',
    dashboardLead: 'O painel de benchmarking que marketing e vendas leem juntos · dados fictícios',
    benchmarksTitle: 'Como está o seu funil? · Vértice Software',
    benchmarksHeading: 'Como está o seu funil?',
    benchmarksLead: 'Nossos números, publicados frente a benchmarks públicos, cada um com sua fonte. Um site de marketing os incorpora com uma tag de script.',
    theDashboard: 'o painel',
    elements: 'elementos',
    benchmarksPage: 'página pública de benchmarks',
    yourOwnChart: 'seu próprio gráfico',
    chartTitle: 'inbound-kpi-kit: seu próprio gráfico',
    chartHeading: 'Seu próprio gráfico',
    chartLead: 'Uma especificação vega-lite da própria página, sobre uma tabela que o kit calcula',
    chartLeadCsp: 'sob a Content-Security-Policy estrita da demonstração.',
    headline: 'KPIs principais',
    funnelAndSlas: 'Funil e SLAs',
    economics: 'Economia unitária',
    charts: 'Gráficos',
    reasons: 'Por que leads e negócios se perdem',
    bridge: 'Por que os novos clientes mudaram',
    benchmarks: 'Benchmarks',
    inline: 'Dados no próprio elemento',
    highlights: 'Destaques',
    footerBenchmarks: 'Os benchmarks são ilustrativos, cada um com sua fonte.',
    footerRead: 'Os elementos acima leem',
    footerOne: '(uma requisição para todos); o cartão de ciclo de vendas recebe',
    footerProperty: 'como propriedade, o de taxa de ganho um atributo',
    footerAttribute: 'no próprio HTML.',
  },
  es: {
    language: 'Idioma',
    theme: 'Tema',
    light: 'Claro',
    dark: 'Oscuro',
    period: 'Período',
    channel: 'Canal',
    allChannels: 'Todos los canales',
    counting: 'Conteo',
    byPeriod: 'Por período (flujo)',
    byCohort: 'Por cohorte',
    controls: 'Vista',
    pageControls: 'Página',
    indexTitle: 'Vértice Software · KPIs compartidos de marketing y ventas',
    indexLead: 'KPIs compartidos de marketing y ventas · empresa de ejemplo, datos ficticios',
    dashboardTitle: 'Vértice Software · panel de benchmarking',
    dashboardLead: 'El panel de benchmarking que marketing y ventas leen juntos · datos ficticios',
    benchmarksTitle: '¿Cómo se compara su embudo? · Vértice Software',
    benchmarksHeading: '¿Cómo se compara su embudo?',
    benchmarksLead: 'Nuestros números, publicados frente a benchmarks públicos, cada uno con su fuente. Un sitio de marketing los inserta con una etiqueta de script.',
    theDashboard: 'el panel',
    elements: 'elementos',
    benchmarksPage: 'página pública de benchmarks',
    yourOwnChart: 'tu propio gráfico',
    chartTitle: 'inbound-kpi-kit: tu propio gráfico',
    chartHeading: 'Tu propio gráfico',
    chartLead: 'Una especificación vega-lite de la propia página, sobre una tabla que el kit calcula',
    chartLeadCsp: 'bajo la Content-Security-Policy estricta de la demostración.',
    headline: 'KPIs principales',
    funnelAndSlas: 'Embudo y SLAs',
    economics: 'Economía unitaria',
    charts: 'Gráficos',
    reasons: 'Por qué se pierden leads y negocios',
    bridge: 'Por qué cambiaron los nuevos clientes',
    benchmarks: 'Benchmarks',
    inline: 'Datos en el propio elemento',
    highlights: 'Destacados',
    footerBenchmarks: 'Los benchmarks son ilustrativos, cada uno con su fuente.',
    footerRead: 'Los elementos de arriba leen',
    footerOne: '(una sola petición para todos); la tarjeta del ciclo de ventas recibe',
    footerProperty: 'como propiedad, la de tasa de cierre un atributo',
    footerAttribute: 'en el propio HTML.',
  },
};

/** The page's language from `?lang=`, if it is one of the three; else undefined. */
export function langFromQuery(search = location.search) {
  const lang = new URLSearchParams(search).get('lang');
  return LANGUAGES.includes(lang) ? lang : undefined;
}

/** Puts a document's own words in a language (unknown: English) and sets its `lang`. */
export function translatePage(lang, doc = document) {
  const words = WORDS[lang] ?? WORDS.en;
  doc.documentElement.lang = WORDS[lang] ? lang : 'en';
  for (const el of doc.querySelectorAll('[data-i18n]')) el.textContent = words[el.dataset.i18n];
  for (const el of doc.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', words[el.dataset.i18nLabel]);
  const title = doc.documentElement.dataset.i18nTitle;
  if (title) doc.title = words[title];
  // The language travels: in the page's address (a reload keeps it) and in its links to the other demo pages.
  const withLang = (search) => {
    const params = new URLSearchParams(search);
    if (doc.documentElement.lang === 'en') params.delete('lang');
    else params.set('lang', doc.documentElement.lang);
    const query = params.toString();
    return query ? `?${query}` : '';
  };
  for (const link of doc.querySelectorAll('a[href^="/"]')) {
    const [path, search = ''] = link.getAttribute('href').split('?');
    link.setAttribute('href', `${path}${withLang(search)}`);
  }
  if (doc === document) history.replaceState(history.state, '', `${location.pathname}${withLang(location.search)}${location.hash}`);
}
