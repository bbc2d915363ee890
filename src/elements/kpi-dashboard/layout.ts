import { allMetrics, GROUPS, KINDS, type Localized, type MetricGroup, type MetricKind } from '../../core/index.js';

/** One element placed on the dashboard. Only known tags and attributes: no markup from JSON. */
export type Widget =
  | { element: 'kpi-card' | 'kpi-trend' | 'kpi-breakdown'; metric: string }
  | { element: 'sla-gauge'; sla?: string }
  | { element: 'kpi-benchmark'; metrics?: string }
  | { element: 'kpi-funnel'; split?: boolean }
  | { element: 'economics-card' };

export interface DashboardBlock {
  /** "performance" or "result", or a title of the page's own. */
  kind?: MetricKind;
  title?: string;
  widgets: Widget[];
}

export interface DashboardSection {
  group?: MetricGroup;
  title?: string;
  blocks: DashboardBlock[];
}

export interface DashboardLayout {
  sections: DashboardSection[];
}

export const GROUP_TITLE: Record<MetricGroup, Localized> = {
  marketing: { en: 'Marketing', 'pt-BR': 'Marketing', es: 'Marketing' },
  sales: { en: 'Sales', 'pt-BR': 'Vendas', es: 'Ventas' },
  shared: { en: 'Marketing & Sales', 'pt-BR': 'Marketing & Vendas', es: 'Marketing y Ventas' },
  economics: { en: 'Economics', 'pt-BR': 'Economia', es: 'Economía' },
};

export const KIND_TITLE: Record<MetricKind, Localized> = {
  performance: { en: 'Performance indicators', 'pt-BR': 'Indicadores de desempenho', es: 'Indicadores de desempeño' },
  result: { en: 'Result indicators', 'pt-BR': 'Indicadores de resultado', es: 'Indicadores de resultado' },
};

/** Charts and panels that head each section of the default layout. */
const FEATURES: Record<MetricGroup, Widget[]> = {
  marketing: [{ element: 'kpi-trend', metric: 'mqls' }, { element: 'kpi-breakdown', metric: 'leads' }],
  sales: [{ element: 'kpi-trend', metric: 'customers' }, { element: 'kpi-breakdown', metric: 'win_rate' }],
  // An sla-gauge without `sla` stands for one gauge per SLA of the dataset.
  shared: [{ element: 'kpi-funnel', split: true }, { element: 'sla-gauge' }],
  economics: [{ element: 'economics-card' }, { element: 'kpi-breakdown', metric: 'cac' }, { element: 'kpi-benchmark' }],
};

/** The default: a section per catalogue group, a block per kind, a card per metric, and a few charts. */
export function defaultLayout(): DashboardLayout {
  const metrics = allMetrics();
  return {
    sections: GROUPS.map((group) => ({
      group,
      blocks: [
        { widgets: FEATURES[group] },
        ...KINDS.map((kind) => ({
          kind,
          widgets: metrics.filter((m) => m.group === group && m.kind === kind).map((m): Widget => ({ element: 'kpi-card', metric: m.id })),
        })).filter((block) => block.widgets.length > 0),
      ],
    })),
  };
}

const ELEMENTS = new Set(['kpi-card', 'kpi-trend', 'kpi-breakdown', 'sla-gauge', 'kpi-benchmark', 'kpi-funnel', 'economics-card']);

/** Keeps the widgets of a layout that name a known element; the rest are never rendered. */
export function sanitizeLayout(layout: unknown): DashboardLayout {
  const sections = Array.isArray((layout as DashboardLayout | undefined)?.sections) ? (layout as DashboardLayout).sections : [];
  const clean = sections.map((section) => ({
    ...(GROUPS.includes(section.group as MetricGroup) && { group: section.group }),
    ...(typeof section.title === 'string' && { title: section.title }),
    blocks: (Array.isArray(section.blocks) ? section.blocks : []).map((block) => ({
      ...(KINDS.includes(block.kind as MetricKind) && { kind: block.kind }),
      ...(typeof block.title === 'string' && { title: block.title }),
      widgets: (Array.isArray(block.widgets) ? block.widgets : []).filter((w) => typeof w === 'object' && w !== null && ELEMENTS.has(w.element)),
    })),
  }));
  return { sections: clean };
}
