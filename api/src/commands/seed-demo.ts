// `npm run seed:demo`: the demo data (README « Demo logins ») on the configured database, when it is
// empty. Never in production: the demo accounts' passwords are published.
import { createKernel, loadConfig } from '@portail/kernel';
import { seedDemo } from '../demo-seed.js';
import { SECTIONS } from '../sections.js';

const config = loadConfig();
if (config.production) {
  console.error(
    'Les données de démonstration ne se créent pas en production (NODE_ENV=production) : leurs mots de passe sont publiés.',
  );
  process.exit(1);
}
const kernel = await createKernel(config, { sections: SECTIONS });
try {
  const seeded = await seedDemo(kernel);
  console.log(
    seeded
      ? 'Données de démonstration créées.'
      : 'La base contient déjà des adhérents : rien n’a été créé (supprimez la base pour repartir de zéro).',
  );
} finally {
  await kernel.close();
}
