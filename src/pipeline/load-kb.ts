import { z } from 'zod';
import {
  type CompiledKb,
  compileKb,
  inImportOrder,
  type KbEntry,
  type KnowledgeBase,
  loadBuiltinKb,
} from '../analysis/kb/index.ts';
import { ENTITY_KINDS } from '../domain/analysis.ts';
import type { Db } from '../store/database.ts';
import { listKbEntries } from '../store/repositories/kb-entries.ts';

const kbEntrySchema = z.object({
  id: z.string().min(3),
  kind: z.enum(ENTITY_KINDS),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  type: z.string().optional(),
  country: z.string().optional(),
  members: z.array(z.string()).optional(),
  vendor: z.string().optional(),
  description: z.string().optional(),
  source: z.enum(['builtin', 'misp', 'attack']),
  aliasRules: z.record(z.string(), z.string()).optional(),
});

/**
 * The knowledge base (not compiled for matching): built-in tables plus every entry imported with `kb import`.
 * Stored rows that no longer validate are skipped and counted, never fatal.
 */
export async function loadStoredKb(
  db: Db,
): Promise<{ kb: KnowledgeBase; imported: number; skipped: number }> {
  const stored = await listKbEntries(db);
  const imported: KbEntry[] = [];
  let skipped = 0;
  for (const row of stored) {
    const parsed = kbEntrySchema.safeParse(row.entry);
    if (parsed.success) imported.push(parsed.data as KbEntry);
    else skipped += 1;
  }
  return { kb: loadBuiltinKb(inImportOrder(imported)), imported: imported.length, skipped };
}

/** The stored knowledge base compiled for entity matching (what analysis needs; `loadStoredKb` otherwise). */
export async function loadKnowledgeBase(
  db: Db,
): Promise<{ kb: CompiledKb; imported: number; skipped: number }> {
  const { kb, imported, skipped } = await loadStoredKb(db);
  return { kb: compileKb(kb), imported, skipped };
}
