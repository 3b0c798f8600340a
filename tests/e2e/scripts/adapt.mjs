// Writes the content files of an "adapted" site, as an organization would publish them,
// from the shipped content (so they follow the model as it changes). serve.mjs serves
// them over the built site: content/roadmap.json replaced, without a rebuild.
// Usage: node adapt.mjs <out-dir>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const shipped = readFileSync(join(here, '../../../content/roadmap.json'), 'utf8');

/** The adaptation the tests look for: names, a renamed step, a role with a contact. */
export const ADAPTED = {
  title: {
    fr: 'Feuille de route du CIUSSS de l’Exemple',
    en: 'CIUSSS de l’Exemple roadmap',
  },
  step: {
    fr: 'Cerner les besoins avec nos usagers',
    en: 'Identify needs with our users',
  },
  role: {
    fr: 'Rejoindre notre comité des usagers',
    en: 'Join our users’ committee',
  },
  contact: 'mailto:partenariat@exemple.org',
};

/** Another file of the same site, named by `?content=`. */
export const OTHER_TITLE = { fr: 'Version de travail', en: 'Working draft' };

export function adapted() {
  const roadmap = JSON.parse(shipped);
  roadmap.title = { ...ADAPTED.title };
  roadmap.steps[0].title = { ...ADAPTED.step };
  const first = roadmap.steps[0].roles[0];
  roadmap.steps[0].roles.unshift({
    ...first,
    id: 'users-committee',
    title: { ...ADAPTED.role },
    text: {
      fr: `Le comité se réunit *chaque mois*.\n\nÉcrivez à [Julie Tremblay](${ADAPTED.contact}).`,
      en: `The committee meets *every month*.\n\nWrite to [Julie Tremblay](${ADAPTED.contact}).`,
    },
  });
  return roadmap;
}

export function other() {
  const roadmap = JSON.parse(shipped);
  roadmap.title = { ...OTHER_TITLE };
  return roadmap;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? '../../target/adapted-site';
  for (const [path, roadmap] of [
    ['content/roadmap.json', adapted()],
    ['drafts/roadmap.json', other()],
  ]) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), JSON.stringify(roadmap, null, 2));
  }
}
