import type { Locale } from '../../core/kit.js';

// The words of <kpi-dashboard> alone (its controls, sections, drill-downs and panels), in
// every language: they travel in that element's lazy chunk (lazy/dashboard-api.ts), so a page
// without a dashboard downloads none of them.

const en = {
  views: { label: 'View', dashboard: 'Dashboard', meeting: 'Since the last meeting', since: 'Last meeting' },
  driverTrend: 'The driver over time',
  chosenTrend: 'The metric over time',
  whyClose: 'Close',
  badLayout: (problem: string) => `The layout is not valid: ${problem}.`,
  byChannel: 'By channel',
  drilled: (channel: string) => `Showing channel ${channel}.`,
  allBack: 'Back to all channels',
  drilledWhere: (parts: string) => `Showing ${parts}.`,
  allBackWhere: 'Back to all',
  compareBy: 'Compare by',
  allMembers: 'All',
  dashboard: { title: 'Marketing & sales dashboard', period: 'Period', channel: 'Channel', all: 'All channels', mode: 'Counting', flow: 'By period (flow)', cohort: 'By cohort', compare: 'Compare with', previous: 'previous period', target: 'target', benchmark: 'benchmark' },
  groups: { marketing: 'Marketing', sales: 'Sales', shared: 'Marketing & Sales', economics: 'Economics' },
  kinds: { performance: 'Performance indicators', result: 'Result indicators' },
  handoffBlock: 'Handoff',
  stageTimeBlock: 'Time in stage',
  /** The table view's columns (REPORT_COLUMNS), and how a previous value was read. */
  columns: { label: 'Metric', metric: 'Id', value: 'Value', unit: 'Unit', reason: 'Why no value', n: 'n', previous: 'Previous', previous_basis: 'Previous read', delta: 'Change', target: 'Target', target_expected: 'Expected by now', attainment: 'Attainment', benchmark_position: 'Against the benchmark', benchmark_verdict: 'Benchmark verdict', status: 'Status' },
  basis: { full: 'whole period', 'to-date': 'to the same day', prorated: 'prorated' },
};

export type DashboardWords = typeof en;

const ptBR: DashboardWords = {
  views: { label: 'Visão', dashboard: 'Painel', meeting: 'Desde a última reunião', since: 'Última reunião' },
  driverTrend: 'O fator ao longo do tempo',
  chosenTrend: 'A métrica ao longo do tempo',
  whyClose: 'Fechar',
  badLayout: (problem) => `O layout não é válido: ${problem}.`,
  byChannel: 'Por canal',
  drilled: (channel: string) => `Mostrando o canal ${channel}.`,
  allBack: 'Voltar a todos os canais',
  drilledWhere: (parts: string) => `Mostrando ${parts}.`,
  allBackWhere: 'Voltar a tudo',
  compareBy: 'Comparar por',
  allMembers: 'Todos',
  dashboard: { title: 'Painel de marketing e vendas', period: 'Período', channel: 'Canal', all: 'Todos os canais', mode: 'Contagem', flow: 'Por período (fluxo)', cohort: 'Por coorte', compare: 'Comparar com', previous: 'período anterior', target: 'meta', benchmark: 'benchmark' },
  groups: { marketing: 'Marketing', sales: 'Vendas', shared: 'Marketing & Vendas', economics: 'Economia' },
  kinds: { performance: 'Indicadores de desempenho', result: 'Indicadores de resultado' },
  handoffBlock: 'Passagem para vendas',
  stageTimeBlock: 'Tempo na etapa',
  columns: { label: 'Métrica', metric: 'Id', value: 'Valor', unit: 'Unidade', reason: 'Por que sem valor', n: 'n', previous: 'Anterior', previous_basis: 'Anterior lido', delta: 'Variação', target: 'Meta', target_expected: 'Esperado até agora', attainment: 'Atingimento', benchmark_position: 'Frente ao benchmark', benchmark_verdict: 'Veredito do benchmark', status: 'Status' },
  basis: { full: 'período inteiro', 'to-date': 'até o mesmo dia', prorated: 'proporcional' },
};

const es: DashboardWords = {
  views: { label: 'Vista', dashboard: 'Panel', meeting: 'Desde la última reunión', since: 'Última reunión' },
  driverTrend: 'El factor a lo largo del tiempo',
  chosenTrend: 'La métrica a lo largo del tiempo',
  whyClose: 'Cerrar',
  badLayout: (problem) => `El diseño no es válido: ${problem}.`,
  byChannel: 'Por canal',
  drilled: (channel: string) => `Mostrando el canal ${channel}.`,
  allBack: 'Volver a todos los canales',
  drilledWhere: (parts: string) => `Mostrando ${parts}.`,
  allBackWhere: 'Volver a todo',
  compareBy: 'Comparar por',
  allMembers: 'Todos',
  dashboard: { title: 'Panel de marketing y ventas', period: 'Período', channel: 'Canal', all: 'Todos los canales', mode: 'Conteo', flow: 'Por período (flujo)', cohort: 'Por cohorte', compare: 'Comparar con', previous: 'período anterior', target: 'meta', benchmark: 'benchmark' },
  groups: { marketing: 'Marketing', sales: 'Ventas', shared: 'Marketing y Ventas', economics: 'Economía' },
  kinds: { performance: 'Indicadores de desempeño', result: 'Indicadores de resultado' },
  handoffBlock: 'Traspaso a ventas',
  stageTimeBlock: 'Tiempo en la etapa',
  columns: { label: 'Métrica', metric: 'Id', value: 'Valor', unit: 'Unidad', reason: 'Por qué sin valor', n: 'n', previous: 'Anterior', previous_basis: 'Anterior leído', delta: 'Variación', target: 'Meta', target_expected: 'Esperado a la fecha', attainment: 'Cumplimiento', benchmark_position: 'Frente al benchmark', benchmark_verdict: 'Veredicto del benchmark', status: 'Estado' },
  basis: { full: 'período completo', 'to-date': 'hasta el mismo día', prorated: 'prorrateado' },
};

export const DASHBOARD_WORDS: Readonly<Record<Locale, DashboardWords>> = { en, 'pt-BR': ptBR, es };
