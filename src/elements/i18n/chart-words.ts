import type { Locale } from '../../core/kit.js';
import { inSentence } from './in-sentence.js';

// The words of <kpi-chart> alone, in every language: they travel in that element's lazy
// chunk (lazy/chart-api.ts) with vega-embed, so other pages download none of them.

const en = {
  /** The title: the metrics shown, and what they are split by. */
  heading: (metrics: string, by: string | undefined) => (by ? `${metrics} by ${inSentence(by)}` : metrics),
  and: 'and',
  /** The sentence under the chart, its text alternative and the table's caption. */
  summary: (what: string, from: string, to: string, rows: number) => `${what}, ${from} – ${to}: ${rows.toLocaleString('en')} values in the chart's table (view it as a table for the numbers).`,
  none: (what: string) => `${what}: no periods with data.`,
  metric: 'Metric',
  fields: {
    token: (token: string) => `fields: "${token}" is not key:value (use metric:…, period:…, by:…).`,
    key: (key: string) => `fields: unknown key "${key}" (use metric, period or by).`,
    periods: (value: string) => `fields: period must be a whole number of periods from 1 to 120, not "${value}".`,
    metrics: 'fields: name at least one metric (metric:mqls,leads).',
  },
  spec: {
    notJson: (message: string) => `The spec attribute is not JSON: ${message}`,
    notObject: 'The spec must be a vega-lite spec: a JSON object.',
    url: (path: string, value: string) => `The spec loads a URL (${path}: ${value}): <kpi-chart> draws only the table it computes, and loads nothing.`,
  },
  actions: (word: string) => `actions: unknown "${word}" (use export, source, compiled, editor, or none).`,
  trustedTypes: '<kpi-chart> needs a page without Trusted Types enforcement: vega-embed writes innerHTML.',
  /** vega-embed's own menu. */
  embed: {
    CLICK_TO_VIEW_ACTIONS: 'Chart actions',
    COMPILED_ACTION: 'View compiled Vega',
    EDITOR_ACTION: 'Open in Vega Editor',
    PNG_ACTION: 'Save as PNG',
    SOURCE_ACTION: 'View source',
    SVG_ACTION: 'Save as SVG',
  },
};

export type ChartWords = typeof en;

const ptBR: ChartWords = {
  heading: (metrics, by) => (by ? `${metrics} por ${inSentence(by)}` : metrics),
  and: 'e',
  summary: (what, from, to, rows) => `${what}, ${from} – ${to}: ${rows.toLocaleString('pt-BR')} valores na tabela do gráfico (veja como tabela para os números).`,
  none: (what) => `${what}: nenhum período com dados.`,
  metric: 'Métrica',
  fields: {
    token: (token) => `fields: "${token}" não é chave:valor (use metric:…, period:…, by:…).`,
    key: (key) => `fields: chave "${key}" desconhecida (use metric, period ou by).`,
    periods: (value) => `fields: period deve ser um número inteiro de períodos de 1 a 120, não "${value}".`,
    metrics: 'fields: indique ao menos uma métrica (metric:mqls,leads).',
  },
  spec: {
    notJson: (message) => `O atributo spec não é JSON: ${message}`,
    notObject: 'O spec deve ser um spec vega-lite: um objeto JSON.',
    url: (path, value) => `O spec carrega uma URL (${path}: ${value}): <kpi-chart> desenha apenas a tabela que calcula, e não carrega nada.`,
  },
  actions: (word) => `actions: "${word}" desconhecido (use export, source, compiled, editor ou none).`,
  trustedTypes: '<kpi-chart> precisa de uma página sem Trusted Types impostos: o vega-embed escreve innerHTML.',
  embed: {
    CLICK_TO_VIEW_ACTIONS: 'Ações do gráfico',
    COMPILED_ACTION: 'Ver Vega compilado',
    EDITOR_ACTION: 'Abrir no Vega Editor',
    PNG_ACTION: 'Salvar como PNG',
    SOURCE_ACTION: 'Ver código',
    SVG_ACTION: 'Salvar como SVG',
  },
};

const es: ChartWords = {
  heading: (metrics, by) => (by ? `${metrics} por ${inSentence(by)}` : metrics),
  and: 'y',
  summary: (what, from, to, rows) => `${what}, ${from} – ${to}: ${rows.toLocaleString('es')} valores en la tabla del gráfico (véala como tabla para los números).`,
  none: (what) => `${what}: ningún período con datos.`,
  metric: 'Métrica',
  fields: {
    token: (token) => `fields: "${token}" no es clave:valor (use metric:…, period:…, by:…).`,
    key: (key) => `fields: clave "${key}" desconocida (use metric, period o by).`,
    periods: (value) => `fields: period debe ser un número entero de períodos de 1 a 120, no "${value}".`,
    metrics: 'fields: indique al menos una métrica (metric:mqls,leads).',
  },
  spec: {
    notJson: (message) => `El atributo spec no es JSON: ${message}`,
    notObject: 'El spec debe ser un spec de vega-lite: un objeto JSON.',
    url: (path, value) => `El spec carga una URL (${path}: ${value}): <kpi-chart> dibuja solo la tabla que calcula, y no carga nada.`,
  },
  actions: (word) => `actions: "${word}" desconocido (use export, source, compiled, editor o none).`,
  trustedTypes: '<kpi-chart> necesita una página sin Trusted Types impuestos: vega-embed escribe innerHTML.',
  embed: {
    CLICK_TO_VIEW_ACTIONS: 'Acciones del gráfico',
    COMPILED_ACTION: 'Ver Vega compilado',
    EDITOR_ACTION: 'Abrir en Vega Editor',
    PNG_ACTION: 'Guardar como PNG',
    SOURCE_ACTION: 'Ver código',
    SVG_ACTION: 'Guardar como SVG',
  },
};

export const CHART_WORDS: Record<Locale, ChartWords> = { en, 'pt-BR': ptBR, es };
