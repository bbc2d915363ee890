import { CATALOGUE } from './catalogue.js';
import type { MetricDefinition } from './types.js';

const registry = new Map<string, MetricDefinition>(CATALOGUE.map((def) => [def.id, def]));

/** Adds a metric of the caller's own, with the same shape as the built-in ones. */
export function registerMetric(definition: MetricDefinition): void {
  if (!/^[a-z][a-z0-9_]*$/.test(definition.id)) throw new TypeError(`metric id "${definition.id}" must be snake_case`);
  if (registry.has(definition.id)) throw new TypeError(`metric "${definition.id}" is already registered`);
  registry.set(definition.id, definition);
}

export function getMetric(id: string): MetricDefinition | undefined {
  return registry.get(id);
}

export function isMetricId(id: string): boolean {
  return registry.has(id);
}

/** Every registered metric, built-in ones first, in catalogue order. */
export function allMetrics(): MetricDefinition[] {
  return [...registry.values()];
}
