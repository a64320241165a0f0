// The misses log's own SQLite file, and all of its SQL. The catalog is never
// written: this is another file. Several copies of the bot may write to one
// file on one host: WAL lets readers (`avail misses`) read while a copy
// writes, and a short busy timeout makes a write that finds the file locked
// give up quickly and try again at the next flush, because better-sqlite3
// waits for a lock on the answering thread. `synchronous = NORMAL` skips an
// fsync per write: a power cut may lose the last second of counts, which a
// to-do list of names survives.
import Database from 'better-sqlite3';

export type MissKind = 'name' | 'place' | 'question';
export type MissReason = 'unread_name' | 'unknown_place' | 'not_understood' | 'out_of_scope';

/** One miss, or several of the same one added up before a write. */
export interface Miss {
  kind: MissKind;
  /** What makes two misses the same: the text folded (case, spacing, end punctuation). */
  key: string;
  /** As first written with a capital ("Elkjøp" over "elkjøp"), cleaned of mentions, addresses and numbers. */
  text: string;
  reason: MissReason;
  language: string;
  platform: string;
  /** For a name: the last question it was asked in, cleaned the same way. */
  example: string | null;
  count: number;
  first: number;
  last: number;
}

export interface MissRow {
  kind: MissKind; text: string; reason: MissReason; language: string; platform: string; example: string | null;
  count: number; firstSeen: number; lastSeen: number;
}

export interface MissTotals { names: number; questions: number; asked: number; since: number | null }

/** Its layout, in `user_version`: a file of another layout (or another program's) is refused, not altered. */
const SCHEMA_VERSION = 1;
const BUSY_TIMEOUT_MS = 100;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS misses (
  kind TEXT NOT NULL, key TEXT NOT NULL, text TEXT NOT NULL, reason TEXT NOT NULL,
  language TEXT NOT NULL, platform TEXT NOT NULL, example TEXT,
  count INTEGER NOT NULL, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,
  PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS misses_by_last_seen ON misses (last_seen);
`;

const COLUMNS = 'kind, text, reason, language, platform, example, count, first_seen AS firstSeen, last_seen AS lastSeen';

export class MissesError extends Error {
  override name = 'MissesError';
}

export class MissesStore {
  private readonly upsert: Database.Statement;
  private readonly expire: Database.Statement;
  private readonly overflow: Database.Statement;
  private readonly topNames: Database.Statement;
  private readonly topQuestions: Database.Statement;
  private readonly totalsOf: Database.Statement;
  private readonly addAll: (batch: readonly Miss[]) => void;

  private constructor(private readonly db: Database.Database) {
    this.upsert = db.prepare(`INSERT INTO misses (kind, key, text, reason, language, platform, example, count, first_seen, last_seen)
      VALUES (@kind, @key, @text, @reason, @language, @platform, @example, @count, @first, @last)
      ON CONFLICT (kind, key) DO UPDATE SET text = CASE WHEN text = lower(text) THEN excluded.text ELSE text END, reason = excluded.reason, language = excluded.language,
        platform = excluded.platform, example = coalesce(excluded.example, example), count = count + excluded.count,
        first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)`);
    this.expire = db.prepare('DELETE FROM misses WHERE last_seen < @cutoff');
    // The least recently asked leave first: what is asked again stays, however often it was asked once.
    this.overflow = db.prepare(`DELETE FROM misses WHERE (kind, key) IN
      (SELECT kind, key FROM misses ORDER BY last_seen DESC LIMIT -1 OFFSET @max)`);
    this.topNames = db.prepare(`SELECT ${COLUMNS} FROM misses WHERE kind <> 'question' ORDER BY count DESC, last_seen DESC LIMIT @limit`);
    this.topQuestions = db.prepare(`SELECT ${COLUMNS} FROM misses WHERE kind = 'question' ORDER BY count DESC, last_seen DESC LIMIT @limit`);
    this.totalsOf = db.prepare(`SELECT count(CASE WHEN kind <> 'question' THEN 1 END) AS names, count(CASE WHEN kind = 'question' THEN 1 END) AS questions,
      coalesce(sum(count), 0) AS asked, min(first_seen) AS since FROM misses`);
    this.addAll = db.transaction((batch: readonly Miss[]) => { for (const m of batch) this.upsert.run(m); });
  }

  /** Opens (creating it when `create`) the file; throws MissesError when it is not a misses log. */
  static open(file: string, create: boolean): MissesStore {
    let db: Database.Database;
    try {
      db = new Database(file, { fileMustExist: !create });
    } catch (err) {
      throw new MissesError(`cannot open ${file}: ${(err as Error).message}`);
    }
    try {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      const version = db.pragma('user_version', { simple: true }) as number;
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
      if (version !== SCHEMA_VERSION && (version !== 0 || tables.length > 0 || !create)) {
        throw new MissesError(`${file} is not a misses log (another program's or another version's file)`);
      }
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      if (version === 0) {
        db.exec(SCHEMA);
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      }
      return new MissesStore(db);
    } catch (err) {
      db.close();
      if (err instanceof MissesError) throw err;
      throw new MissesError(`${file}: ${(err as Error).message}`);
    }
  }

  /** Adds a batch in one transaction; throws (SQLITE_BUSY among others) with nothing of it written. */
  add(batch: readonly Miss[]): void {
    this.addAll(batch);
  }

  /** Forgets what nobody asked since `cutoff`, then the least recently asked beyond `maxRows`. How many rows left. */
  prune(cutoff: number, maxRows: number): number {
    return this.db.transaction(() => this.expire.run({ cutoff }).changes + this.overflow.run({ max: maxRows }).changes)();
  }

  /** The most asked names (places among them) and questions, most asked first. */
  top(limit: number): { names: MissRow[]; questions: MissRow[] } {
    return { names: this.topNames.all({ limit }) as MissRow[], questions: this.topQuestions.all({ limit }) as MissRow[] };
  }

  totals(): MissTotals {
    return this.totalsOf.get() as MissTotals;
  }

  close(): void {
    this.db.close();
  }
}
