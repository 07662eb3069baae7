/** The insurer, as printed on generated documents and in the footer. Pure: browser-safe. */
export const ORGANISATION = {
  // i18n-ignore: the insurer's name
  name: 'Mutuelle Territoriale du Centre',
  address: '12 rue Moyenne, 18000 Bourges',
  phone: '02 48 00 00 00',
  /** Number of the complementary organisation (AMC) read by health professionals on the card. */
  amcNumber: '18 775 671',
} as const;
