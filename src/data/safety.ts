import { getSite } from './site.ts';
import { localised } from './locale.ts';
import { buildSafetyFile } from '../lib/search/safety-file.ts';
import type { SafetyFile } from '../lib/search/entry.ts';
import type { Change } from '../lib/schema/change.ts';
import type { Safety } from '../lib/schema/safety.ts';

/** /search/safety.json in one language (buildSafetyFile), in the page language's words. */
export async function safetyFile(locale: string | undefined): Promise<SafetyFile> {
  const site = await getSite();
  const l = await localised(locale);
  const { crisis, self } = site.safety;
  return buildSafetyFile(site.safety, site.catalogue, {
    emergency: (number) => l.tr('safety.emergencyVerdict', { number }),
    urgent: l.tr('safety.urgent', { numbers: crisis.urgent }),
    self: l.tr('safety.self', { number: self.number, name: l.ours(self.name) }),
    label: (name) => l.ours(name),
    href: (path) => l.href(path),
  });
}
/**
 * Marks the crisis line's entry in a page's search file: only the crisis line, and only once a change
 * has made it one (before 2025-05-01, 12356 was the family-planning line, no place for a person in danger).
 */
export function crisisMark(safety: Safety, number: string, change: Change | null): { crisis?: true } {
  return number === safety.crisis.dial && change?.kind === 'reassigned' && change.now.dial === number ? { crisis: true } : {};
}
