import { msg, str } from '@lit/localize';
import { ORGANISATION } from '@portail/kernel/contract/organisation';
import { token } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { pageStyles } from './page-styles.js';

/**
 * The compliance status; the footer link of every page says it too (« Accessibilité : non conforme »).
 * « Partiellement conforme » needs an RGAA audit of every criterion (at least half of them met); until
 * one is done, the status the law asks to publish is « non conforme », whatever our own checks found.
 */
function accessibilityStatus(): string {
  return msg('non conforme');
}

/**
 * What is known not to be accessible yet, with the RGAA criterion each fails. Keep it true: remove
 * a line when its fix ships, add one when an evaluation finds a new problem.
 */
function nonConformities(): readonly { text: string; criterion: string }[] {
  return [
    {
      text: msg(
        "Sur un petit écran (320 à 375 pixels de large), certains tableaux sont plus larges que l'écran : la page défile horizontalement et une partie des colonnes est hors de vue (prise en charge hospitalière, décomptes, cotisations, règlements, historique des envois, certificat d'adhésion, périodes d'une demande d'indemnisation).",
      ),
      criterion: '10.11',
    },
    {
      text: msg(
        "La session se ferme après 30 minutes d'inactivité sans avertissement préalable ni possibilité de la prolonger ; un texte en cours de saisie peut être perdu.",
      ),
      criterion: '13.1',
    },
    {
      text: msg(
        "La progression de l'envoi de pièces jointes n'est pas annoncée aux technologies d'assistance : seuls l'ajout d'un fichier et la fin de l'envoi le sont.",
      ),
      criterion: '7.5',
    },
    {
      text: msg(
        "Les documents PDF produits par le portail (attestations, certificat, carte de tiers payant, courriers) ne sont pas balisés : leur structure n'est pas restituée aux technologies d'assistance.",
      ),
      criterion: '13.3',
    },
  ];
}

const RIGHTS_DEFENDER_FORM = 'https://formulaire.defenseurdesdroits.fr/';

/** "02 48 00 00 00" → "tel:+33248000000". */
function telHref(phone: string): string {
  return `tel:+33${phone.replace(/\D/g, '').replace(/^0/, '')}`;
}

/**
 * The accessibility statement (« Déclaration d'accessibilité », RGAA model), required in France:
 * compliance status, how it was evaluated, what is not accessible yet, how to report a problem and
 * where to turn without an answer. Public, linked from the footer of every page.
 */
export class PortailAccessibilityPage extends LitElement {
  static override styles = [
    pageStyles,
    css`
      h2 {
        margin-block: ${token['space-5']} ${token['space-2']};
        font-size: ${token['font-size-lg']};
      }
      h3 {
        margin-block: ${token['space-4']} ${token['space-2']};
        font-size: ${token['font-size-md']};
      }
      li + li {
        margin-block-start: ${token['space-2']};
      }
    `,
  ];

  override render() {
    const { name, address, phone } = ORGANISATION;
    const host = location.host;
    return html`<pa-page heading=${msg("Déclaration d'accessibilité")}>
      <p slot="intro">
        ${msg(
          str`La ${name} s'engage à rendre ses services en ligne accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration d'accessibilité s'applique au Portail Adhérent (${host}) : ses pages publiques et l'espace des adhérents.`,
        )}
      </p>

      <h2>${msg('État de conformité')}</h2>
      <p>
        ${msg(
          str`Le Portail Adhérent est ${accessibilityStatus()} avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1.2 : aucun audit de conformité à l'ensemble de ses critères n'a encore été réalisé, et les non-conformités énumérées ci-dessous sont connues.`,
        )}
      </p>

      <h2>${msg('Résultats des tests')}</h2>
      <p>
        ${msg(
          "L'évaluation a été menée par l'équipe du portail en décembre 2026. Elle n'est pas un audit complet des critères du RGAA par un organisme indépendant, qui reste à réaliser. Elle a comporté :",
        )}
      </p>
      <ul>
        <li>
          ${msg(
            "une analyse automatique avec l'outil axe-core de chaque page visitée par les parcours de bout en bout du portail (pages publiques et espace des adhérents, sur ordinateur et en largeur de téléphone mobile) : aucune erreur relevée ;",
          )}
        </li>
        <li>${msg("une mesure avec l'outil Lighthouse de Google : score d'accessibilité de 100 sur les pages mesurées ;")}</li>
        <li>
          ${msg(
            "des vérifications manuelles au clavier : ordre de tabulation, lien d'évitement « Aller au contenu », visibilité du focus, menu sur petit écran et fenêtres de confirmation.",
          )}
        </li>
      </ul>

      <h2>${msg('Contenus non accessibles')}</h2>
      <h3>${msg('Non-conformités')}</h3>
      <ul>
        ${nonConformities().map(({ text, criterion }) => html`<li>${text} ${msg(str`(RGAA, critère ${criterion})`)}</li>`)}
      </ul>
      <h3>${msg('Dérogations pour charge disproportionnée')}</h3>
      <p>${msg('Aucune.')}</p>
      <h3>${msg("Contenus non soumis à l'obligation d'accessibilité")}</h3>
      <p>${msg('Aucun.')}</p>

      <h2>${msg('Établissement de cette déclaration')}</h2>
      <p>${msg('Cette déclaration a été établie en décembre 2026.')}</p>
      <ul>
        <li>${msg('Technologies utilisées : HTML, CSS, JavaScript, WAI-ARIA.')}</li>
        <li>${msg("Outils d'évaluation : axe-core, Lighthouse, navigation au clavier.")}</li>
        <li>${msg('Environnement de test : navigateur Chromium, sur ordinateur et en largeur de téléphone mobile.')}</li>
      </ul>

      <h2>${msg("Retour d'information et contact")}</h2>
      <p>
        ${msg(
          "Si vous n'arrivez pas à accéder à un contenu ou à un service du portail, contactez le service adhérents : il vous indiquera une autre façon d'y accéder ou vous transmettra le contenu sous une autre forme.",
        )}
      </p>
      <ul>
        <li>
          ${msg('Depuis votre espace, par le formulaire')} <a href="/contact/message">${msg('Envoyer un message')}</a>
          ${msg('(sujet « Autre demande »).')}
        </li>
        <li>
          ${msg('Par téléphone au')} <a href=${telHref(phone)}>${phone}</a>${msg(', du lundi au vendredi de 9 h à 17 h.')}
        </li>
        <li>${msg(str`Par courrier : ${name}, Service adhérents – Accessibilité, ${address}.`)}</li>
      </ul>

      <h2>${msg('Voies de recours')}</h2>
      <p>
        ${msg(
          "Si vous nous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service du portail et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits :",
        )}
      </p>
      <ul>
        <li>
          ${msg('par le')} <a href=${RIGHTS_DEFENDER_FORM} rel="noopener">${msg('formulaire en ligne du Défenseur des droits')}</a>${msg(' ;')}
        </li>
        <li>${msg('par téléphone au')} <a href="tel:+33969390000">09 69 39 00 00</a>${msg(' ;')}</li>
        <li>
          ${msg(
            'par courrier, gratuitement et sans affranchissement : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
          )}
        </li>
      </ul>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portail-accessibility-page': PortailAccessibilityPage;
  }
}
