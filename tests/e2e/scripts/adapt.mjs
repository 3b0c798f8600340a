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

/** Titles of the files saved in other encodings, as an editor's tools may save them. */
export const ENCODED_TITLE = { fr: 'Version enregistrée autrement', en: 'Saved another way' };

/**
 * Files of the same site in encodings other than UTF-8: UTF-16 (little-endian with its
 * mark, as Windows Notepad saves "Unicode"), which is read as it is; and Latin-1, whose
 * accented letters cannot be read as UTF-8, so the file is refused with a message.
 */
export function encoded() {
  const roadmap = other();
  roadmap.title = { ...ENCODED_TITLE };
  const text = JSON.stringify(roadmap, null, 2);
  // Latin-1 holds no curly quotes or non-breaking spaces beyond its 256 characters: the
  // letters it has (é, à, ç…) stay, the rest become their plain forms.
  const latin = text
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '\\"')
    .replace(/[\u2000-\u206f]/g, ' ')
    .replace(/[^\u0000-\u00ff]/g, '?');
  return {
    'drafts/utf-16.json': Buffer.from(`\ufeff${text}`, 'utf16le'),
    'drafts/latin-1.json': Buffer.from(latin, 'latin1'),
  };
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
  for (const [path, bytes] of Object.entries(encoded())) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), bytes);
  }
}
