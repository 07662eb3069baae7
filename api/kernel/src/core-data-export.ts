import type { Kysely } from 'kysely';
import type { DataExportEntry, DataExportPart } from './data-exports.js';
import type { CoreDatabase } from './schema.js';

/** A stored file's place in the archive: `fichiers/<folder>/<id>-<its name>`. */
export function archiveFilePath(folder: string, fileId: string, fileName: string): string {
  const safe = fileName.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').slice(0, 120) || 'fichier';
  return `fichiers/${folder}/${fileId.slice(0, 8)}-${safe}`;
}

/**
 * SPEC P3, the kernel's part of a member's archive (at its root): identity, contracts and
 * memberships, beneficiaries, requests of every section with their history and attachments,
 * messages and answers, consents (CGU, intranets), login history (sessions without their secrets),
 * documents with their files, and what the member did (audit log). Every `core` table is either
 * here or excluded with its reason.
 */
export function coreDataExport(db: Kysely<CoreDatabase>): DataExportPart {
  return {
    tables: {
      exported: [
        'core.members',
        'core.employers',
        'core.contracts',
        'core.memberships',
        'core.beneficiaries',
        'core.requests',
        'core.request_events',
        'core.request_attachments',
        'core.cgu_versions',
        'core.cgu_acceptances',
        'core.widget_consents',
        'core.sessions',
        'core.trusted_devices',
        'core.documents',
        'core.document_reads',
        'core.files',
        'core.audit_log',
        'core.identity_links',
      ],
      excluded: {
        // A developer's map, in French (no member's text).
        'core.password_reset_tokens': 'secrets : empreintes de liens de réinitialisation, à usage unique', // i18n-ignore
        'core.activation_tokens': "secrets : empreintes de liens et codes d'activation, à usage unique", // i18n-ignore
        'core.widget_tokens': "secrets : jetons d'accès des intranets (les consentements sont exportés)", // i18n-ignore
        'core.login_failures': // i18n-ignore
          'compteurs anti-force brute, par identifiant et adresse IP, effacés après succès', // i18n-ignore
        'core.rate_limits': 'compteurs techniques de limitation de débit, sans lien avec un adhérent', // i18n-ignore
        'core.idempotency_keys': // i18n-ignore
          'réponses techniques rejouées en cas de coupure réseau, effacées après un jour', // i18n-ignore
        'core.outbox': "file d'envoi technique des e-mails et SMS, déjà remis à l'adhérent", // i18n-ignore
        'core.managers': "comptes des gestionnaires, pas des données d'adhérents", // i18n-ignore
        'core.used_challenges': 'jetons anti-robot déjà utilisés, sans lien avec un adhérent', // i18n-ignore
        'core.server_secrets': 'secrets du serveur', // i18n-ignore
        'core.data_exports': 'les demandes d’archive elles-mêmes (l’archive ne se contient pas)', // i18n-ignore
        'core.live_events': 'avis en direct passagers (quelques minutes), repris des données exportées', // i18n-ignore
        'core.login_codes': // i18n-ignore
          'secrets : empreintes des codes de vérification à usage unique (10 minutes), effacées après un jour', // i18n-ignore
        'core.identity_flows': // i18n-ignore
          "connexions en cours avec le fournisseur d'identité (secrets à usage unique, effacés après 15 minutes)", // i18n-ignore
      },
    },
    async *entries(memberId): AsyncIterable<DataExportEntry> {
      const member = await db
        .selectFrom('core.members')
        .select([
          'identifier',
          'civility',
          'first_name',
          'last_name',
          'birth_date',
          'email',
          'phone',
          'no_phone',
          'mobile',
          'email_alert',
          'sms_alert',
          'created_at',
        ])
        .where('id', '=', memberId)
        .executeTakeFirst();
      yield { path: 'identite.json', json: member ?? null };
      yield {
        path: 'contrats.json',
        json: await db
          .selectFrom('core.memberships as m')
          .innerJoin('core.contracts as c', 'c.id', 'm.contract_id')
          .leftJoin('core.employers as e', 'e.id', 'm.employer_id')
          .select([
            'm.id',
            'm.membership_number',
            'm.start_date',
            'm.end_date',
            'c.code as contract_code',
            'c.label as contract_label',
            'c.kind as contract_kind',
            'e.name as employer',
          ])
          .where('m.member_id', '=', memberId)
          .orderBy('m.start_date')
          .execute(),
      };
      yield {
        path: 'beneficiaires.json',
        json: await db
          .selectFrom('core.beneficiaries')
          .select(['id', 'first_name', 'last_name', 'birth_date', 'relationship'])
          .where('member_id', '=', memberId)
          .execute(),
      };
      const requests = await db
        .selectFrom('core.requests')
        .selectAll()
        .where('member_id', '=', memberId)
        .orderBy('created_at')
        .execute();
      const ids = requests.map((r) => r.id);
      const events = ids.length
        ? await db
            .selectFrom('core.request_events')
            .select(['request_id', 'at', 'status', 'note', 'actor_kind'])
            .where('request_id', 'in', ids)
            .orderBy('at')
            .execute()
        : [];
      const attachments = ids.length
        ? await db
            .selectFrom('core.request_attachments as a')
            .innerJoin('core.files as f', 'f.id', 'a.file_id')
            .select(['a.request_id', 'f.id', 'f.file_name', 'f.content_type', 'f.size_bytes', 'f.created_at'])
            .where('a.request_id', 'in', ids)
            .orderBy('a.position')
            .execute()
        : [];
      const describe = (r: (typeof requests)[number]) => ({
        id: r.id,
        section: r.section,
        kind: r.kind,
        label: r.label,
        status: r.status,
        payload: r.payload,
        created_at: r.created_at,
        estimated_on: r.estimated_on,
        decided_at: r.decided_at,
        refusal_reason: r.refusal_reason,
        answer: r.answer,
        answered_at: r.answered_at,
        hidden_by_member: r.hidden_by_member,
        history: events.filter((e) => e.request_id === r.id).map(({ request_id: _, ...e }) => e),
        attachments: attachments
          .filter((a) => a.request_id === r.id)
          .map((a) => ({
            file_name: a.file_name,
            content_type: a.content_type,
            size_bytes: a.size_bytes,
            path: archiveFilePath('demandes', a.id, a.file_name),
          })),
      });
      const isMessage = (r: (typeof requests)[number]) =>
        r.section === 'contact' && (r.kind === 'message' || r.kind === 'question');
      yield { path: 'demandes.json', json: requests.filter((r) => !isMessage(r)).map(describe) };
      yield { path: 'messages.json', json: requests.filter(isMessage).map(describe) };
      yield {
        path: 'consentements.json',
        json: {
          cgu: await db
            .selectFrom('core.cgu_acceptances as a')
            .innerJoin('core.cgu_versions as v', 'v.version', 'a.version')
            .select(['a.version', 'v.title', 'a.accepted_at', 'a.ip'])
            .where('a.member_id', '=', memberId)
            .orderBy('a.accepted_at')
            .execute(),
          intranets: await db
            .selectFrom('core.widget_consents')
            .select(['origin', 'granted_at'])
            .where('member_id', '=', memberId)
            .execute(),
        },
      };
      // Login history: the sessions without their secrets (token hash, CSRF token).
      yield {
        path: 'connexions.json',
        json: await db
          .selectFrom('core.sessions')
          .select(['created_at', 'last_seen_at', 'expires_at', 'revoked_at', 'ip', 'user_agent'])
          .where('member_id', '=', memberId)
          .orderBy('created_at')
          .execute(),
      };
      // P7: the identity of the provider linked to the member (sign-in with FranceConnect…).
      yield {
        path: 'identite-numerique.json',
        json: await db
          .selectFrom('core.identity_links')
          .select(['issuer', 'subject', 'linked_at', 'last_used_at'])
          .where('member_id', '=', memberId)
          .execute(),
      };
      // SPEC P8: the devices the member asked to remember, without their cookie's hash.
      yield {
        path: 'appareils-de-confiance.json',
        json: await db
          .selectFrom('core.trusted_devices')
          .select(['user_agent', 'created_at', 'last_used_at', 'expires_at', 'revoked_at'])
          .where('member_id', '=', memberId)
          .orderBy('created_at')
          .execute(),
      };
      const documents = await db
        .selectFrom('core.documents as d')
        .innerJoin('core.files as f', 'f.id', 'd.file_id')
        .leftJoin('core.document_reads as r', (join) =>
          join.onRef('r.document_id', '=', 'd.id').on('r.member_id', '=', memberId),
        )
        .select([
          'd.id',
          'd.category',
          'd.title',
          'd.published_at',
          'r.read_at',
          'f.id as file_id',
          'f.file_name',
          'f.content_type',
          'f.size_bytes',
        ])
        .where('d.audience', '=', 'member')
        .where('d.member_id', '=', memberId)
        .orderBy('d.published_at')
        .execute();
      yield {
        path: 'documents.json',
        json: documents.map(({ file_id, ...d }) => ({
          ...d,
          path: archiveFilePath('documents', file_id, d.file_name),
        })),
      };
      yield {
        path: 'journal.json',
        json: await db
          .selectFrom('core.audit_log')
          .select(['at', 'action', 'target_kind', 'ip'])
          .where('actor_kind', '=', 'member')
          .where('actor_id', '=', memberId)
          .orderBy('at')
          .execute(),
      };
      for (const d of documents) {
        yield { path: archiveFilePath('documents', d.file_id, d.file_name), fileId: d.file_id };
      }
      for (const a of attachments) {
        yield { path: archiveFilePath('demandes', a.id, a.file_name), fileId: a.id };
      }
    },
  };
}
