// The demo data's own resources of two members — the victims of the authorisation matrix: Claire
// (prévoyance: documents, a draft claim, a sending, payments, requests) and Julien (santé: card,
// hospital guarantee, reimbursements, statements). Sophie, who has both contracts, is the other
// member who must get none of it.
import type { CoreKernel } from '@portail/kernel';
import { sql } from 'kysely';

export interface Fixtures {
  claire: {
    id: string;
    documentId: string;
    requestId: string;
    requestFileId: string;
    closedRequestId: string;
    /** A change of address waiting for the back office (D2), which Claire may cancel. */
    pendingChangeId: string;
    membershipId: string;
    claimId: string;
    sendingId: string;
    sendingFileId: string;
    indemnityPaymentId: string;
    widgetOrigin: string;
    widgetToken: string;
    /** A device Claire asked to remember (P8 « Appareils de confiance »). */
    trustedDeviceId: string;
  };
  julien: { id: string; cardId: string; guaranteeId: string; healthPaymentId: string; statementId: string };
  sophieId: string;
  /** What only the victims' own answers may contain. */
  markers: { claire: string[]; julien: string[] };
}

async function one(kernel: CoreKernel, query: ReturnType<typeof sql<{ id: string }>>): Promise<string> {
  const { rows } = await query.execute(kernel.db);
  const id = rows[0]?.id;
  if (!id) throw new Error(`fixture missing: ${query.compile(kernel.db).sql}`);
  return id;
}

export async function collectFixtures(kernel: CoreKernel): Promise<Fixtures> {
  const memberId = async (identifier: string) => (await kernel.members.idByIdentifier(identifier)) ?? '';
  const claire = await memberId('A100001');
  const julien = await memberId('S200002');
  const sophie = await memberId('A300003');

  // A request of Claire's with a file, and a closed one (for « Ne plus afficher »).
  const requestWithFile = await sql<{ id: string; file_id: string }>`
    SELECT r.id, a.file_id FROM core.requests r JOIN core.request_attachments a ON a.request_id = r.id
    WHERE r.member_id = ${claire} LIMIT 1`.execute(kernel.db);
  const closedRequestId = await kernel.db.transaction().execute((trx) =>
    kernel.requests.create(trx, {
      memberId: claire,
      section: 'contact',
      kind: 'message',
      label: 'Message',
      payload: { text: 'Fixture' },
      audit: { action: 'contact.message' },
    }),
  );
  await kernel.db
    .updateTable('core.requests')
    .set({ status: 'accepted' })
    .where('id', '=', closedRequestId)
    .execute();
  const pendingChangeId = await kernel.db.transaction().execute((trx) =>
    kernel.requests.create(trx, {
      memberId: claire,
      section: 'compte',
      kind: 'adresse',
      label: 'Modification de votre adresse postale',
      payload: {
        values: { line1: '1 RUE FUZZ', line2: '', line3: '', postalCode: '18000', city: 'BOURGES' },
      },
      audit: { action: 'compte.modification.adresse' },
    }),
  );
  const sending = await sql<{ id: string; file_id: string }>`
    SELECT s.id, d.file_id FROM indemnisations.sendings s
    JOIN indemnisations.sending_documents d ON d.sending_id = s.id
    WHERE s.member_id = ${claire} LIMIT 1`.execute(kernel.db);

  // Julien's hospital guarantee (none in the demo data): one, as B7 would issue it.
  const beneficiary = await one(
    kernel,
    sql`SELECT id FROM core.beneficiaries WHERE member_id = ${julien} LIMIT 1`,
  );
  const guarantee = await sql<{ id: string }>`
    INSERT INTO adhesion.hospital_guarantees
      (reference, member_id, beneficiary_id, beneficiary_name, establishment, admission_date, stay_kind)
    VALUES ('PEC-FUZZ-1', ${julien}, ${beneficiary}, 'Julien Bernard', 'CHU de Tours', current_date, 'medecine')
    RETURNING id`.execute(kernel.db);

  // Claire authorised the Mairie de Bourges's intranet, and holds a widget token for it.
  const widgetOrigin = 'http://localhost:4100';
  await kernel.widgets.grant(claire, widgetOrigin);
  const { token: widgetToken } = await kernel.widgets.issue(claire, widgetOrigin);
  const { id: trustedDeviceId } = await kernel.trustedDevices.issue(claire, 'Fuzz');

  const fixtures: Fixtures = {
    claire: {
      id: claire,
      documentId: await one(
        kernel,
        sql`SELECT id FROM core.documents WHERE member_id = ${claire} AND audience = 'member' LIMIT 1`,
      ),
      requestId: requestWithFile.rows[0]?.id ?? '',
      requestFileId: requestWithFile.rows[0]?.file_id ?? '',
      closedRequestId,
      pendingChangeId,
      membershipId: await one(
        kernel,
        sql`SELECT id FROM core.memberships WHERE member_id = ${claire} LIMIT 1`,
      ),
      claimId: await one(
        kernel,
        sql`SELECT id FROM indemnisations.claims WHERE member_id = ${claire} AND status = 'brouillon' LIMIT 1`,
      ),
      sendingId: sending.rows[0]?.id ?? '',
      sendingFileId: sending.rows[0]?.file_id ?? '',
      indemnityPaymentId: await one(
        kernel,
        sql`SELECT id FROM indemnisations.indemnity_payments WHERE member_id = ${claire} LIMIT 1`,
      ),
      widgetOrigin,
      widgetToken,
      trustedDeviceId,
    },
    julien: {
      id: julien,
      cardId: await one(
        kernel,
        sql`SELECT id FROM adhesion.third_party_cards WHERE member_id = ${julien} LIMIT 1`,
      ),
      guaranteeId: guarantee.rows[0]?.id ?? '',
      healthPaymentId: await one(
        kernel,
        sql`SELECT id FROM sante.health_payments WHERE member_id = ${julien} LIMIT 1`,
      ),
      statementId: await one(
        kernel,
        sql`SELECT id FROM sante.health_statements WHERE member_id = ${julien} LIMIT 1`,
      ),
    },
    sophieId: sophie,
    markers: { claire: [], julien: [] },
  };
  for (const [key, value] of Object.entries(fixtures.claire)) {
    if (!value) throw new Error(`fixture missing: claire.${key}`);
  }
  fixtures.markers = {
    claire: [
      'A100001',
      'Claire',
      fixtures.claire.claimId,
      fixtures.claire.indemnityPaymentId,
      fixtures.claire.documentId,
    ],
    julien: [
      'S200002',
      'Julien',
      fixtures.julien.cardId,
      fixtures.julien.healthPaymentId,
      fixtures.julien.statementId,
    ],
  };
  return fixtures;
}

/** Every member with a password accepted the latest CGU: member routes answer past the gate. */
export async function everyoneAcceptedTheCgu(kernel: CoreKernel): Promise<void> {
  const { rows } = await sql<{
    id: string;
  }>`SELECT id FROM core.members WHERE password_hash IS NOT NULL`.execute(kernel.db);
  const latest = await kernel.db
    .selectFrom('core.cgu_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirstOrThrow();
  for (const { id } of rows) {
    await kernel.db
      .insertInto('core.cgu_acceptances')
      .values({ member_id: id, version: Number(latest.v), ip: null })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
