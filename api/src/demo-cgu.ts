/** CGU texts of the demo (from the prévoyance manual), version 1 then version 2. */
const common = [
  {
    heading: 'Objet',
    paragraphs: [
      "Le présent document constitue les conditions générales d'utilisation des services en ligne du Portail Adhérent. Il a pour objet de définir les modalités et conditions d'utilisation desdits services.",
      "Le terme « utilisateur » désigne les personnes ayant adhéré au contrat de prévoyance complémentaire souscrit par leur employeur ou à un contrat de complémentaire santé, et qui sont dès lors susceptibles d'accéder aux services en ligne.",
      "L'utilisation des services est subordonnée à l'acceptation et au respect des présentes conditions générales.",
    ],
  },
  {
    heading: '1- Fonctionnalités',
    paragraphs: [
      "Les services permettent de consulter les documents liés à l'adhésion, de déclarer un arrêt de travail, de transmettre des justificatifs, de suivre ses indemnisations et remboursements, et de mettre à jour ses données personnelles.",
    ],
  },
  {
    heading: '2- Identifiants et sécurité',
    paragraphs: [
      "L'utilisateur est seul responsable de la conservation et de la confidentialité de son identifiant et de son mot de passe. Toute connexion effectuée avec ceux-ci est réputée faite par lui.",
    ],
  },
];

/** The last section, numbered after those before it in each version. */
const enforceability = (number: number) => ({
  heading: `${number}- Opposabilité et évolution des conditions générales`,
  paragraphs: [
    "L'utilisateur s'engage à respecter pleinement et sans aucune réserve les présentes conditions générales d'utilisation dès la première connexion à l'espace clients, puis dans le cadre de chacune de ses utilisations des services.",
    "L'utilisateur devra accepter formellement les présentes conditions générales d'utilisation en les validant en ligne lors de sa première connexion à l'espace clients. Cette validation sera conservée pendant la durée d'utilisation des services augmentée de la durée de la prescription légale.",
    "Toute modification des présentes conditions générales sera immédiatement notifiée à l'utilisateur, via le site, lors de sa première connexion faisant suite auxdites modifications. L'utilisateur devra confirmer qu'il a bien pris connaissance des nouvelles conditions générales après chaque modification pour pouvoir accéder aux services.",
  ],
});

export const DEMO_CGU = [
  {
    version: 1,
    title: "Conditions générales d'utilisation des services en ligne",
    publishedAt: new Date('2024-01-15T08:00:00Z'),
    sections: [...common, enforceability(3)],
  },
  {
    version: 2,
    title: "Conditions générales d'utilisation des services en ligne",
    publishedAt: new Date('2026-10-01T08:00:00Z'),
    sections: [
      ...common,
      {
        heading: '3- Données personnelles et données de santé',
        paragraphs: [
          "Les données de santé (arrêts de travail, remboursements, justificatifs) sont traitées conformément au Règlement général sur la protection des données. Elles ne sont accessibles qu'à l'utilisateur et aux gestionnaires habilités, et chaque consultation d'un document est tracée.",
          "L'utilisateur peut exercer ses droits d'accès, de rectification et d'effacement auprès du délégué à la protection des données.",
        ],
      },
      enforceability(4),
    ],
  },
];
