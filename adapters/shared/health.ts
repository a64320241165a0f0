// What a health check reports, the same for every platform: each platform's
// connection, and the catalog being served (its version and size, from
// core.info()). "ok" only when every platform is connected and the catalog
// answers; anything else is "degraded", for a load balancer or a person.
import type { CatalogInfo, Core } from '../../src/index.js';

export type Connection = 'connected' | 'connecting' | 'disconnected' | 'stopping';

export interface Health {
  status: 'ok' | 'degraded';
  platforms: Record<string, Connection>;
  catalog: CatalogInfo | null;
}

export function healthOf(platforms: Record<string, Connection>, core: Pick<Core, 'info'>): Health {
  let catalog: CatalogInfo | null = null;
  try {
    catalog = core.info();
  } catch {
    // A closed or unreadable catalog: reported as degraded, never thrown at the asker.
  }
  const ok = catalog !== null && Object.values(platforms).every((state) => state === 'connected');
  return { status: ok ? 'ok' : 'degraded', platforms, catalog };
}
