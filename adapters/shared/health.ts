// What a health check reports, the same for every platform: each platform's
// connection, and the catalog being served (its version and size, from
// core.info()), and the state store. "ok" only when every platform is
// connected, the catalog answers and the store is reachable; anything else is
// "degraded". `serving` says whether this copy can answer at all: a Redis that
// went away degrades every copy alike, and they all still answer.
import type { CatalogInfo, Core } from '../../src/index.js';
import type { StateStore, StoreHealth } from '../state/store.js';

export type Connection = 'connected' | 'connecting' | 'disconnected' | 'stopping';

export interface Health {
  status: 'ok' | 'degraded';
  /** False when this copy cannot answer (not connected, catalog unreadable): a load balancer should skip it. */
  serving: boolean;
  platforms: Record<string, Connection>;
  catalog: CatalogInfo | null;
  /** The state store: Redis degraded still answers, with de-duplication and limits per copy meanwhile. */
  store: { kind: StateStore['kind']; health: StoreHealth } | null;
}

export function healthOf(platforms: Record<string, Connection>, core: Pick<Core, 'info'>, store?: Pick<StateStore, 'kind' | 'health'>): Health {
  let catalog: CatalogInfo | null = null;
  try {
    catalog = core.info();
  } catch {
    // A closed or unreadable catalog: reported as degraded, never thrown at the asker.
  }
  const serving = catalog !== null && Object.values(platforms).every((state) => state === 'connected');
  const storeHealth = store ? { kind: store.kind, health: store.health() } : null;
  const ok = serving && storeHealth?.health !== 'degraded';
  return { status: ok ? 'ok' : 'degraded', serving, platforms, catalog, store: storeHealth };
}
