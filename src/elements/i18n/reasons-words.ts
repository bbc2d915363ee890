import type { Locale } from '../../core/kit.js';

// The words of <kpi-reasons> alone, in every language: they travel in that element's lazy
// chunk (lazy/reasons-api.ts), so other pages download none of them.

const en = {
  what: { all: 'failures', rejected: 'rejected MQLs', disqualified: 'disqualified leads', lost: 'lost deals' },
  byReason: (what: string) => `${what} by reason`,
  headline: (marketing: string, sales: string, what: string) => `${marketing} of ${what} point at marketing's work, ${sales} at sales'.`,
  none: (what: string, period: string) => `No ${what} in ${period}.`,
  noTeamShare: 'No failure here has a reason with a team.',
  unowned: (count: string) => `Failures without a team (no reason given, or one the data does not declare), left out of these shares: ${count}.`,
  cutoff: (share: string) => `Above the dashed line: the reasons behind ${share} of these failures.`,
  noReasons: 'This data does not record why leads and deals failed.',
  noKinds: 'This data counts failures by reason, not by kind: only kind="all" can be shown.',
  unknownKind: (kind: string) => `Unknown kind "${kind}": use rejected, disqualified, lost or all.`,
  otherReasons: (count: number) => `${count.toLocaleString('en')} other reasons`,
  noTeam: 'no team',
  reason: 'Reason',
  team: 'Team',
  failures: 'Failures',
  share: 'Share',
  cumulative: 'Cumulative share',
};

export type ReasonsWords = typeof en;

const ptBR: ReasonsWords = {
  what: { all: 'falhas', rejected: 'MQLs rejeitados', disqualified: 'leads desqualificados', lost: 'negócios perdidos' },
  byReason: (what: string) => `${what} por motivo`,
  headline: (marketing: string, sales: string, what: string) => `${marketing} ${what === 'falhas' ? 'das' : 'dos'} ${what} apontam para o trabalho de marketing, ${sales} para o de vendas.`,
  none: (what: string, period: string) => `Sem ${what} em ${period}.`,
  noTeamShare: 'Nenhuma destas falhas tem um motivo com time.',
  unowned: (count: string) => `Falhas sem time (sem motivo informado, ou com um que os dados não declaram), fora destas parcelas: ${count}.`,
  cutoff: (share: string) => `Acima da linha tracejada: os motivos de ${share} destas falhas.`,
  noReasons: 'Estes dados não registram por que leads e negócios falharam.',
  noKinds: 'Estes dados contam as falhas por motivo, não por tipo: só kind="all" pode ser mostrado.',
  unknownKind: (kind: string) => `Tipo desconhecido "${kind}": use rejected, disqualified, lost ou all.`,
  otherReasons: (count: number) => `outros ${count.toLocaleString('pt-BR')} motivos`,
  noTeam: 'sem time',
  reason: 'Motivo',
  team: 'Time',
  failures: 'Falhas',
  share: 'Parcela',
  cumulative: 'Parcela acumulada',
};

const es: ReasonsWords = {
  what: { all: 'fallos', rejected: 'MQL rechazados', disqualified: 'leads descalificados', lost: 'negocios perdidos' },
  byReason: (what: string) => `${what} por motivo`,
  headline: (marketing: string, sales: string, what: string) => `${marketing} de los ${what} apuntan al trabajo de marketing, ${sales} al de ventas.`,
  none: (what: string, period: string) => `Sin ${what} en ${period}.`,
  noTeamShare: 'Ninguno de estos fallos tiene un motivo con equipo.',
  unowned: (count: string) => `Fallos sin equipo (sin motivo indicado, o con uno que los datos no declaran), fuera de estas proporciones: ${count}.`,
  cutoff: (share: string) => `Sobre la línea discontinua: los motivos del ${share} de estos fallos.`,
  noReasons: 'Estos datos no registran por qué fallaron leads y negocios.',
  noKinds: 'Estos datos cuentan los fallos por motivo, no por tipo: solo se puede mostrar kind="all".',
  unknownKind: (kind: string) => `Tipo desconocido "${kind}": use rejected, disqualified, lost o all.`,
  otherReasons: (count: number) => `otros ${count.toLocaleString('es')} motivos`,
  noTeam: 'sin equipo',
  reason: 'Motivo',
  team: 'Equipo',
  failures: 'Fallos',
  share: 'Proporción',
  cumulative: 'Proporción acumulada',
};

export const REASONS_WORDS: Readonly<Record<Locale, ReasonsWords>> = { en, 'pt-BR': ptBR, es };
