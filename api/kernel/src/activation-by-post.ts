import { randomInt } from 'node:crypto';
import { msg, str } from '@lit/localize';
import { type Kysely, sql, type Transaction } from 'kysely';
import { sha256Hex } from './crypto.js';
import { frenchDate, greeting } from './french.js';
import { jsonb } from './json.js';
import type { Kernel } from './kernel.js';
import { inMemberLocale } from './member-locale.js';
import { renderTextPdf } from './pdf.js';
import type { CoreDatabase } from './schema.js';
import type { AnyDatabase } from './section-database.js';

/** Letters and digits that cannot be misread on paper (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_DAYS = 30;
/** Wrong codes allowed on one letter before it is spent. */
export const CODE_TRIES = 5;

export const LETTER_REQUEST = { section: 'core', kind: 'courrier_activation' } as const;

/** `ABCD-2345`. */
function newActivationCode(): string {
  const chars = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** The hash a code is kept under, whatever its case or dash. */
export function activationCodeHash(code: string): string {
  return sha256Hex(`courrier:${code.toUpperCase().replace(/-/g, '')}`);
}

/**
 * Where a member's letters go. The postal address is Mon compte's (SPEC D1): that section provides
 * the lookup; without it a letter says the address is to be completed from the member's file.
 */
/** A member's postal address as the lines of a letter, or null when the file has none. */
export type PostalAddressSource = (db: AnyDatabase, memberId: string) => Promise<string[] | null>;

export class PostalAddresses {
  private lookup: PostalAddressSource | null = null;

  provide(lookup: PostalAddressSource): void {
    this.lookup = lookup;
  }

  async of(db: Kysely<CoreDatabase>, memberId: string): Promise<string[] | null> {
    return this.lookup ? this.lookup(db, memberId) : null;
  }
}

interface LetterRecipient {
  id: string;
  civility: string;
  first_name: string;
  last_name: string;
  identifier: string;
}

/**
 * SPEC A9 for a member with no e-mail on file: nobody's typed address is trusted with an activation
 * link. Instead a one-time code (hashed here, 30 days, 5 tries) goes by post: a letter (PDF) waits
 * in the back office's queue, where a manager prints it, sends it and marks it done. Nothing is
 * sent again while a letter is pending. All in `trx`, with the request that carries it.
 */
export async function queueActivationLetter(
  kernel: Kernel,
  trx: Transaction<CoreDatabase>,
  member: LetterRecipient,
): Promise<void> {
  const pending = await trx
    .selectFrom('core.activation_tokens')
    .select('token_hash')
    .where('member_id', '=', member.id)
    .where('channel', '=', 'courrier')
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  if (pending) return;
  const code = newActivationCode();
  const expiresAt = new Date(Date.now() + CODE_DAYS * 86_400_000);
  await trx
    .insertInto('core.activation_tokens')
    .values({
      token_hash: activationCodeHash(code),
      member_id: member.id,
      email: null,
      channel: 'courrier',
      expires_at: expiresAt,
    })
    .execute();
  const address = await kernel.postalAddresses.of(trx, member.id);
  const name = `${member.civility} ${member.first_name} ${member.last_name}`;
  const url = `${kernel.config.publicUrl}/creer-mon-espace/courrier`;
  // SPEC P6: the letter in the member's language.
  const letter = await inMemberLocale(trx, member.id, () => {
    const until = frenchDate(expiresAt.toISOString().slice(0, 10));
    return renderTextPdf({
      title: msg('Activation de votre espace en ligne'),
      subtitle: 'Portail Adhérent', // i18n-ignore
      sections: [
        {
          paragraphs: [
            name,
            ...(address ?? [msg('(adresse postale à compléter depuis le dossier de l’adhérent)')]),
          ],
        },
        {
          paragraphs: [
            greeting({ civility: member.civility, firstName: member.first_name, lastName: member.last_name }),
            msg(
              'Vous avez demandé à créer votre espace adhérent en ligne. Votre code d’activation personnel :',
            ),
            code,
            msg(
              str`Rendez-vous sur ${url} avant le ${until} : saisissez votre numéro d’adhésion, votre date de naissance et ce code, puis choisissez votre adresse e-mail et votre mot de passe.`,
            ),
            msg(
              str`Votre identifiant : ${member.identifier}. Ce code ne sert qu’une fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce courrier : aucun espace ne sera créé.`,
            ),
          ],
        },
      ],
      footer: msg('Portail Adhérent — courrier d’activation'),
    });
  });
  const file = await kernel.blobs.save(
    {
      fileName: `courrier-activation-${member.identifier}.pdf`,
      contentType: 'application/pdf',
      data: letter,
    },
    trx,
  );
  await kernel.requests.create(trx, {
    memberId: member.id,
    ...LETTER_REQUEST,
    // i18n-ignore: a request's label, stored as written
    label: 'Envoi de votre code d’activation par courrier',
    payload: { code, address: address ?? [] },
    fileIds: [file.id],
    audit: { action: 'auth.activation-courrier-demande' },
  });
}

/**
 * The queue's lines for the letter (the code to check against the printed one, the address), and,
 * once a manager marked it sent, the code forgotten from the request (only its hash stays).
 */
export function registerLetterWorkflow(kernel: Kernel): void {
  kernel.requests.describeWith(LETTER_REQUEST.section, LETTER_REQUEST.kind, (payload) => {
    const address = Array.isArray(payload.address) ? payload.address.map(String) : [];
    // The back office's (French-speaking staff).
    return [
      typeof payload.code === 'string'
        ? // i18n-ignore
          `Code d'activation à imprimer : ${payload.code} (courrier joint)`
        : // i18n-ignore
          "Courrier envoyé : le code n'est plus affiché.",
      address.length > 0
        ? `Adresse : ${address.join(', ')}`
        : // i18n-ignore
          "Adresse postale absente du dossier : complétez-la avant l'envoi.",
    ];
  });
  kernel.requests.onAccept(LETTER_REQUEST.section, LETTER_REQUEST.kind, async (trx, request) => {
    const { code: _code, ...rest } = request.payload;
    await trx
      .updateTable('core.requests')
      .set({ payload: jsonb(rest) })
      .where('id', '=', request.id)
      .execute();
  });
}
