// The presets shipped in the package (presets/<name>.json): named here alone, so the CLI's
// help can list them without loading the mapping's schema.
export const PRESETS = ['hubspot-contacts', 'pipedrive-deals', 'rd-station', 'salesforce-leads'] as const;
