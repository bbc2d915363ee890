import type { Messages } from './en.js';
import { byteLimit, httpHint } from './failure-hints.js';
import { inSentence } from './in-sentence.js';

// Every word the elements show in Brazilian Portuguese (loaded only on a page that uses it).

export const messages: Messages = {
  loading: 'Carregando…',
  stillLoading: 'Ainda carregando; o servidor está lento.',
  moreIssues: (n: number) => `… e mais ${n.toLocaleString('pt-BR')}`,
  noData: (period) => `Sem dados para ${period}.`,
  noSource: 'Ainda sem dados: dê a este elemento uma URL em src ou uma propriedade data.',
  noDataHint: 'Escolha outro período ou verifique se os dados o cobrem.',
  emptyDataset: 'O conjunto de dados não tem linhas nem leads.',
  tableInstead: 'Os números estão em “Ver como tabela”.',
  emptyDatasetHint: 'Verifique a exportação ou a consulta que o produz.',
  error: {
    network: 'Não foi possível acessar os dados',
    http: 'O servidor recusou os dados',
    'content-type': 'O servidor não enviou dados',
    parse: 'Os dados não são um JSON válido',
    schema: 'Os dados não seguem o formato esperado',
    'too-large': 'Os dados são grandes demais',
    query: 'Esta visão não pode ser calculada',
    render: 'Não foi possível desenhar o gráfico',
  },
  failure: (d) => {
    switch (d.kind) {
      case 'http':
        return `O servidor respondeu ${d.status}${d.statusText ? ` ${d.statusText}` : ''}. ${{ 'sign-in': 'Talvez seja preciso entrar ou receber acesso; depois recarregue.', 'check-url': 'Verifique a URL em src.', later: 'O servidor teve um problema; tente de novo mais tarde.', refused: 'O servidor recusou o pedido.' }[httpHint(d.status)]}`;
      case 'timeout':
        return `Sem resposta do servidor em ${d.seconds} s.`;
      case 'unreachable':
        return 'Não foi possível buscar os dados: a rede falhou, ou o servidor não permite que esta página os leia (CORS).';
      case 'not-json':
        return `A resposta não é um JSON válido.${d.html ? ' Parece HTML, muitas vezes uma página de login.' : ''}`;
      case 'not-data':
        return `Esperava JSON, mas o servidor enviou ${d.type || 'nenhum tipo de conteúdo'}.${d.signIn ? ' Muitas vezes é uma página de login: entre e recarregue.' : ''}`;
      case 'too-large':
        return `A resposta passa de ${byteLimit(d.maxBytes, 'pt-BR')}, o limite definido para este elemento; nada foi lido. Aumente max-bytes, ou envie linhas de resumo (fatos por período e canal, feitas onde os dados estão) em vez de registros de leads.`;
      case 'attribute-not-json':
        return 'O atributo data não é um JSON válido.';
      case 'bad-url':
        return `"${d.src}" não é uma URL válida: verifique o atributo src.`;
    }
  },
  stale: 'Mostrando dados anteriores: a última atualização falhou.',
  partial: 'Alguns números não puderam ser calculados com estes dados.',
  retry: 'Tentar de novo',
  table: 'Ver como tabela',
  csv: 'Baixar CSV',
  svg: 'Baixar SVG',
  png: 'Baixar PNG',
  actions: (name: string) => `${name}: mais ações`,
  why: 'Por que mudou?',
  mode: { period: 'Contagem por período (fluxo): cada etapa conta os eventos do período', cohort: 'Contagem por coorte: leads criados no período e até onde avançaram' },
  target: 'Meta',
  benchmark: 'Benchmark',
  source: 'Fonte',
  smallSample: 'amostra pequena',
  ofPrevious: 'da etapa anterior',
  ofFirst: 'da primeira etapa',
  dropOff: 'perda',
  previousPeriod: 'período anterior',
  pacing: 'esperados até agora',
  wholePeriod: 'para o período inteiro',
  toDate: 'até agora',
  projected: 'projetado',
  series: 'Série',
  againstBenchmark: 'contra o benchmark (melhor →)',
  projection: 'projeção',
  actual: 'Realizado',
  status: 'Status',
  value: 'Valor',
  stage: 'Etapa',
  period: 'Período',
  metric: 'Métrica',
  count: 'Quantidade',
  channel: 'Canal',
  allChannels: 'todos os canais',
  otherChannels: (count) => `outros ${count.toLocaleString('pt-BR')} canais`,
  unknownMetric: (id, known) => `Métrica desconhecida "${id}". Métricas conhecidas: ${known.join(', ')}.`,
  unknownSla: (id, known) => `Nenhum SLA com id "${id}" nos dados. SLAs dos dados: ${known.join(', ')}.`,
  atRiskZone: 'Em risco',
  noSla: 'Os dados não definem SLA.',
  attainment: 'atingimento',
  owner: { marketing: 'Marketing', sales: 'Vendas' },
  headings: { funnel: 'Funil', benchmark: 'Contra benchmarks', economics: 'Economia unitária', scorecard: 'Métricas por canal' },
  total: 'Total',
  scorecardSummary: (metrics: string, period: string, channels: number) => `${metrics} de ${channels.toLocaleString('pt-BR')} canais e o total, ${period}.`,
  omitted: (count: number) => `${count.toLocaleString('pt-BR')} canais com menos leads ficaram de fora; o total os conta.`,
  sortBy: (column: string) => `Ordenar por ${column}`,
  handoff: {
    accepted: (n: string) => `${n} aceitos`,
    rejected: (n: string) => `${n} rejeitados`,
    waiting: (n: string) => `${n} aguardando`,
    stalled: (n: string) => `${n} parados`,
    inStage: (median: string, p90: string) => `mediana de ${median} nesta etapa (p90 ${p90})`,
    timeInStage: 'Tempo na etapa',
  },
  unassigned: 'Não atribuído',
  others: (count: number) => `outros ${count.toLocaleString('pt-BR')}`,
  byWhat: (label: string) => `Por ${inSentence(label)}`,
  scorecardByHeading: (label: string) => `Métricas por ${inSentence(label)}`,
  scorecardBySummary: (metrics: string, period: string, members: number, label: string) => `${metrics} para ${members.toLocaleString('pt-BR')} valores de ${inSentence(label)} e o total, ${period}.`,
  deltaVs: (label: string) => `Δ ${label}`,
  seriesNames: { thisPeriod: 'este período', lastYear: 'mesmo período do ano anterior' },
};
