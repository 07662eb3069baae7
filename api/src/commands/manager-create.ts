// `npm run manager:create -- <login> --email <address> [--name "Nadia Martin"] [--password-file <file>]`:
// a manager account (SPEC H1), its login codes sent to `--email` (SPEC P8) — the first one of a real deployment, which has no demo data. The password is
// asked on the terminal (twice, not echoed), or read from the first line of stdin or of a file:
// never from the command line, which other users of the machine can read.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createKernel, Directory, loadConfig } from '@portail/kernel';
import { isStrongPassword } from '@portail/kernel/contract/password';
import { DEMO_MANAGER } from '../demo-seed.js';
import { SECTIONS } from '../sections.js';

const MANAGER_PASSWORD_MIN_LENGTH = 12;
const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Reads one line from the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((done) => {
    const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (terminal as unknown as { _writeToOutput(text: string): void })._writeToOutput;
    (terminal as unknown as { _writeToOutput(text: string): void })._writeToOutput = (text: string) => {
      write.call(terminal, text.startsWith(prompt) ? prompt : '');
    };
    terminal.question(prompt, (answer) => {
      terminal.close();
      process.stdout.write('\n');
      done(answer);
    });
  });
}

async function firstLineOfStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? '';
}

async function readPassword(passwordFile: string | undefined): Promise<string> {
  if (passwordFile) return readFileSync(passwordFile, 'utf8').split(/\r?\n/)[0] ?? '';
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const password = await askHidden('Mot de passe du gestionnaire : ');
  if ((await askHidden('Confirmez le mot de passe : ')) !== password) {
    fail('Les deux mots de passe ne sont pas identiques : rien n’a été créé.');
  }
  return password;
}

function passwordProblem(password: string): string | null {
  // Longer than a member's (SPEC A7): a manager reads every member's file. The published demo
  // passwords are shorter, so never accepted here.
  if (password.length < MANAGER_PASSWORD_MIN_LENGTH || !isStrongPassword(password)) {
    return `Le mot de passe d'un gestionnaire compte au moins ${MANAGER_PASSWORD_MIN_LENGTH} caractères, avec des majuscules, des minuscules et des chiffres.`;
  }
  return null;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, email: { type: 'string' }, 'password-file': { type: 'string' } },
});
const login = positionals[0]?.toLowerCase();
if (!login || positionals.length > 1) {
  fail(
    'Usage : npm run manager:create -- <identifiant> --email <adresse> [--name "Prénom Nom"] [--password-file <fichier>]',
  );
}
const email = values.email?.trim() ?? '';
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
  fail('--email : l’adresse e-mail où le gestionnaire reçoit ses codes de connexion (obligatoire).');
}
if (!LOGIN_PATTERN.test(login)) {
  fail(
    'Identifiant : 3 à 64 caractères parmi a-z, 0-9, « . », « _ » et « - », commençant par une lettre ou un chiffre.',
  );
}
const config = loadConfig();
if (config.production && login === DEMO_MANAGER.login) {
  fail(`« ${login} » est l'identifiant publié du gestionnaire de démonstration : choisissez-en un autre.`);
}
const password = await readPassword(values['password-file']);
const problem = passwordProblem(password);
if (problem) fail(problem);

const kernel = await createKernel(config, { sections: SECTIONS });
try {
  const existing = await kernel.db
    .selectFrom('core.managers')
    .select('id')
    .where('login', '=', login)
    .executeTakeFirst();
  if (existing) fail(`Le gestionnaire « ${login} » existe déjà : rien n’a été créé.`);
  const displayName = values.name?.trim() || login;
  const id = await new Directory(kernel.db, kernel.sessions).createManager({
    login,
    displayName,
    password,
    email,
  });
  await kernel.audit.record({
    actorKind: 'system',
    actorId: null,
    action: 'gestion.manager-created',
    targetKind: 'manager',
    targetId: id,
    after: { login, displayName, email },
  });
  console.log(
    `Gestionnaire « ${login} » (${displayName}) créé : il se connecte sur ${config.publicUrl}/gestion.`,
  );
} finally {
  await kernel.close();
}
