import type { Messages } from './en.js';
import { byteLimit, httpHint } from './failure-hints.js';
import { inSentence } from './in-sentence.js';

// Every word the elements show in Spanish (loaded only on a page that uses it).

export const messages: Messages = {
  loading: 'Cargando…',
  stillLoading: 'Todavía cargando; el servidor tarda en responder.',
  moreIssues: (n: number) => `… y ${n.toLocaleString('es')} más`,
  noData: (period) => `Sin datos para ${period}.`,
  noSource: 'Aún sin datos: da a este elemento una URL en src o una propiedad data.',
  noDataHint: 'Elija otro período o compruebe que los datos lo cubren.',
  emptyDataset: 'El conjunto de datos no tiene filas ni leads.',
  tableInstead: 'Las cifras están en “Ver como tabla”.',
  emptyDatasetHint: 'Revise la exportación o la consulta que lo produce.',
  error: {
    network: 'No se pudo acceder a los datos',
    http: 'El servidor rechazó los datos',
    'content-type': 'El servidor no envió datos',
    parse: 'Los datos no son un JSON válido',
    schema: 'Los datos no siguen el formato esperado',
    'too-large': 'Los datos son demasiado grandes',
    query: 'Esta vista no se puede calcular',
    render: 'No se pudo dibujar el gráfico',
  },
  failure: (d) => {
    switch (d.kind) {
      case 'http':
        return `El servidor respondió ${d.status}${d.statusText ? ` ${d.statusText}` : ''}. ${{ 'sign-in': 'Puede que deba iniciar sesión o recibir acceso; luego recargue.', 'check-url': 'Revise la URL de src.', later: 'El servidor tuvo un problema; inténtelo de nuevo más tarde.', refused: 'El servidor rechazó la solicitud.' }[httpHint(d.status)]}`;
      case 'timeout':
        return `Sin respuesta del servidor en ${d.seconds} s.`;
      case 'unreachable':
        return 'No se pudieron obtener los datos: falló la red, o el servidor no permite que esta página los lea (CORS).';
      case 'not-json':
        return `La respuesta no es JSON válido.${d.html ? ' Parece HTML, a menudo una página de inicio de sesión.' : ''}`;
      case 'not-data':
        return `Se esperaba JSON, pero el servidor envió ${d.type || 'ningún tipo de contenido'}.${d.signIn ? ' Suele ser una página de inicio de sesión: inicie sesión y recargue.' : ''}`;
      case 'too-large':
        return `La respuesta supera ${byteLimit(d.maxBytes, 'es')}, el límite fijado para este elemento; no se leyó nada. Aumente max-bytes, o envíe filas de resumen (hechos por período y canal, hechos donde están los datos) en lugar de registros de leads.`;
      case 'attribute-not-json':
        return 'El atributo data no es JSON válido.';
      case 'bad-url':
        return `"${d.src}" no es una URL válida: revise el atributo src.`;
    }
  },
  stale: 'Mostrando datos anteriores: la última actualización falló.',
  partial: 'Algunas cifras no se pudieron calcular con estos datos.',
  retry: 'Reintentar',
  table: 'Ver como tabla',
  csv: 'Descargar CSV',
  svg: 'Descargar SVG',
  png: 'Descargar PNG',
  actions: (name: string) => `${name}: más acciones`,
  why: '¿Por qué cambió?',
  mode: { period: 'Conteo por período (flujo): cada etapa cuenta los eventos del período', cohort: 'Conteo por cohorte: leads creados en el período y hasta dónde llegaron' },
  target: 'Meta',
  benchmark: 'Benchmark',
  source: 'Fuente',
  smallSample: 'muestra pequeña',
  ofPrevious: 'de la etapa anterior',
  ofFirst: 'de la primera etapa',
  dropOff: 'pérdida',
  previousPeriod: 'período anterior',
  pacing: 'esperados a la fecha',
  wholePeriod: 'para todo el período',
  toDate: 'hasta la fecha',
  projected: 'proyectado',
  series: 'Serie',
  againstBenchmark: 'frente al benchmark (mejor →)',
  projection: 'proyección',
  actual: 'Real',
  status: 'Estado',
  value: 'Valor',
  stage: 'Etapa',
  period: 'Período',
  metric: 'Métrica',
  count: 'Cantidad',
  channel: 'Canal',
  allChannels: 'todos los canales',
  otherChannels: (count) => `otros ${count.toLocaleString('es')} canales`,
  unknownMetric: (id, known) => `Métrica desconocida "${id}". Métricas conocidas: ${known.join(', ')}.`,
  unknownSla: (id, known) => `Ningún SLA con id "${id}" en los datos. SLAs de los datos: ${known.join(', ')}.`,
  atRiskZone: 'En riesgo',
  noSla: 'Los datos no definen ningún SLA.',
  attainment: 'cumplimiento',
  owner: { marketing: 'Marketing', sales: 'Ventas' },
  headings: { funnel: 'Embudo', benchmark: 'Frente a benchmarks', economics: 'Economía unitaria', scorecard: 'Métricas por canal' },
  total: 'Total',
  scorecardSummary: (metrics: string, period: string, channels: number) => `${metrics} de ${channels.toLocaleString('es')} canales y el total, ${period}.`,
  omitted: (count: number) => `${count.toLocaleString('es')} canales con menos leads quedan fuera; el total los cuenta.`,
  sortBy: (column: string) => `Ordenar por ${column}`,
  handoff: {
    accepted: (n: string) => `${n} aceptados`,
    rejected: (n: string) => `${n} rechazados`,
    waiting: (n: string) => `${n} en espera`,
    stalled: (n: string) => `${n} estancados`,
    inStage: (median: string, p90: string) => `mediana de ${median} en esta etapa (p90 ${p90})`,
    timeInStage: 'Tiempo en la etapa',
  },
  unassigned: 'Sin asignar',
  others: (count: number) => `otros ${count.toLocaleString('es')}`,
  byWhat: (label: string) => `Por ${inSentence(label)}`,
  scorecardByHeading: (label: string) => `Métricas por ${inSentence(label)}`,
  scorecardBySummary: (metrics: string, period: string, members: number, label: string) => `${metrics} para ${members.toLocaleString('es')} valores de ${inSentence(label)} y el total, ${period}.`,
  deltaVs: (label: string) => `Δ ${label}`,
  seriesNames: { thisPeriod: 'este período', lastYear: 'mismo período del año anterior' },
};
