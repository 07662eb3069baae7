import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type DatabaseHandle, openDatabase } from '@portail/kernel';
import { freshDatabase } from '@portail/kernel/testing';
import { sql } from 'kysely';

interface Scratch {
  scratch: { id: number; label: string };
}

let handle: DatabaseHandle<Scratch>;
let drop: () => Promise<void>;

before(async () => {
  const fresh = await freshDatabase();
  drop = fresh.drop;
  handle = openDatabase<Scratch>(fresh.target);
  await sql`CREATE TABLE scratch (id int PRIMARY KEY, label text NOT NULL)`.execute(handle.db);
});
after(async () => {
  await handle.close();
  await drop();
});

const count = async () =>
  Number(
    (
      await handle.db
        .selectFrom('scratch')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

// Statements outside a transaction go to the pool one by one (postgres-dialect.ts): a transaction
// must still hold one connection from BEGIN to COMMIT.
describe('database access', () => {
  test('a transaction runs on one connection and is seen by others only once committed', async () => {
    await handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('scratch').values({ id: 1, label: 'un' }).execute();
      const backends = await Promise.all(
        [1, 2, 3].map(() => sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(trx)),
      );
      assert.equal(new Set(backends.map((r) => r.rows[0]?.pid)).size, 1);
      // PGlite has one connection, held by this transaction: only a server can be asked meanwhile.
      if (handle.target.kind === 'postgres')
        assert.equal(await count(), 0, 'not visible outside before COMMIT');
    });
    assert.equal(await count(), 1);
  });

  test('a transaction that fails half-way leaves nothing written', async () => {
    await assert.rejects(
      handle.db.transaction().execute(async (trx) => {
        await trx.insertInto('scratch').values({ id: 2, label: 'deux' }).execute();
        await trx.insertInto('scratch').values({ id: 1, label: 'doublon' }).execute();
      }),
      /duplicate key/,
    );
    assert.equal(await count(), 1);
  });

  test('statements in parallel outside transactions all answer, with their affected rows', async () => {
    const inserts = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        handle.db
          .insertInto('scratch')
          .values({ id: 100 + i, label: `n${i}` })
          .executeTakeFirstOrThrow(),
      ),
    );
    assert.ok(inserts.every((r) => r.numInsertedOrUpdatedRows === 1n));
    const updated = await handle.db
      .updateTable('scratch')
      .set({ label: 'changé' })
      .where('id', '>=', 100)
      .executeTakeFirstOrThrow();
    assert.equal(updated.numUpdatedRows, 30n);
    assert.equal(await count(), 31);
  });
});
