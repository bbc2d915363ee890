/** A new folder under the system's temporary one, removed when the process ends. */
export function scratchDir(prefix: string): string;
/** Removes a scratch folder now. */
export function removeScratch(dir: string): void;
