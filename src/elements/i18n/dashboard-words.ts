import type { Locale } from '../../core/kit.js';

// The words of <kpi-dashboard> alone (its controls, sections, drill-downs and panels), in
// every language: they travel in that element's lazy chunk (lazy/dashboard-api.ts), so a page
// without a dashboard downloads none of them.

const en = {
  views: { label: 'View', dashboard: 'Dashboard', meeting: 'Since the last meeting', since: 'Last meeting' },
  driverTrend: 'The driver over time',
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
};

export type DashboardWords = typeof en;

const ptBR: DashboardWords = {
  views: { label: 'Visão', dashboard: 'Painel', meeting: 'Desde a última reunião', since: 'Última reunião' },
  driverTrend: 'O fator ao longo do tempo',
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
};

const es: DashboardWords = {
  views: { label: 'Vista', dashboard: 'Panel', meeting: 'Desde la última reunión', since: 'Última reunión' },
  driverTrend: 'El factor a lo largo del tiempo',
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
};

export const DASHBOARD_WORDS: Readonly<Record<Locale, DashboardWords>> = { en, 'pt-BR': ptBR, es };
