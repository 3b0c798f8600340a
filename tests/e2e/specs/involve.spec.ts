// Getting involved: the five areas with their real cases, the continuum of engagement
// as a scale to explore, and the supports linked both ways with the winning conditions.

import {
  allSteps,
  content,
  details,
  expect,
  expectNoAxeViolations,
  gotoRoute,
  LANGS,
  pageTitle,
  test,
  type Bilingual,
  type Item,
} from './fixtures';

interface Area {
  id: string;
  cases: { id: string; title: Bilingual }[];
}
interface Level {
  id: string;
  summary: Bilingual;
  you: Bilingual;
}
interface Support {
  id: string;
  level: string;
  title: Bilingual;
  conditions: string[];
}
const areas = content.areas as Area[];
const continuum = content.continuum as Level[];
const supports = content.supports as Support[];
const AREA_NAMES: Record<string, Bilingual> = {
  governance: { fr: 'Gouvernance', en: 'Governance' },
  care: { fr: 'Soins et services', en: 'Care and services' },
  research: { fr: 'Recherche', en: 'Research' },
  teaching: { fr: 'Formation, information et enseignement', en: 'Training, information and teaching' },
  policy: { fr: 'Influence politique', en: 'Political influence' },
};
const LEVEL_NAMES: Record<string, Bilingual> = {
  information: { fr: 'Recevoir l’information', en: 'Being informed' },
  consultation: { fr: 'Donner son avis', en: 'Giving your views' },
  collaboration: { fr: 'Travailler ensemble', en: 'Working together' },
  partnership: { fr: 'Décider ensemble', en: 'Deciding together' },
};
const INVOLVE = { fr: 'S’impliquer', en: 'Get involved' };

for (const lang of LANGS) {
  test(`the five areas show every real case and lead to their roles on the cycle (${lang})`, async ({ page }) => {
    await gotoRoute(page, `#/${lang}`);
    await page.getByRole('navigation').first().getByRole('link', { name: INVOLVE[lang], exact: true }).click();
    await expect(pageTitle(page)).toHaveText(lang === 'fr' ? 'Où s’impliquer' : 'Where to take part');
    expect(areas.map((area) => area.id)).toEqual(['governance', 'care', 'research', 'teaching', 'policy']);
    for (const area of areas) {
      await expect(page.getByRole('heading', { level: 2, name: AREA_NAMES[area.id][lang], exact: true })).toBeVisible();
      for (const found of area.cases) {
        await expect(page.locator(`#case-${found.id} h4`)).toHaveText(found.title[lang]);
      }
    }
    await page
      .locator('#area-policy')
      .getByRole('link', { name: lang === 'fr' ? 'Voir ces rôles sur le cycle →' : 'See these roles on the cycle →' })
      .click();
    await expect(page).toHaveURL(new RegExp(`#/${lang}\\?area=policy$`));
    await expect(page.getByLabel(lang === 'fr' ? 'Où s’impliquer' : 'Where to take part')).toHaveValue('policy');
  });
}

test('the continuum is a scale: choosing a level shows what it means and its roles', async ({ page }) => {
  await gotoRoute(page, '#/en/continuum');
  const scale = page.getByRole('list', { name: 'The levels, from least to most engaged' });
  await expect(scale.getByRole('link')).toHaveText(continuum.map((level) => new RegExp(LEVEL_NAMES[level.id].en)));
  // Keyboard: Tab to the third level, Enter.
  await scale.getByRole('link').nth(2).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/en\/continuum\/collaboration$/);
  await expect(scale.getByRole('link').nth(2)).toHaveAttribute('aria-current', 'page');
  const detail = page.locator('.scale__detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Working together');
  await expect(detail).toContainText(continuum[2].you.en.replace(/\*/g, '').slice(0, 30));
  const roles: { step: string; role: Item }[] = allSteps.flatMap((step) =>
    step.roles.filter((role) => role.tags.includes('collaboration')).map((role) => ({ step: step.id, role })),
  );
  expect(roles.length).toBeGreaterThan(0);
  const links = detail.locator('ul').first().getByRole('link');
  await expect(links).toHaveCount(roles.length);
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`#/en/step/${roles[0].step}/roles\\?level=collaboration$`));
  await expect(details(page).locator(`#item-${roles[0].role.id}`)).toHaveClass(/item--match/);
});

test('supports come by level and link to their winning conditions, and back', async ({ page }) => {
  await gotoRoute(page, '#/fr/supports');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Pour chaque personne',
    'Dans les organisations',
    'Dans tout le système',
  ]);
  await expect(page.locator('.supports__item')).toHaveCount(supports.length);
  const support = supports[0];
  const step = allSteps.find((candidate) => candidate.conditions.some((item) => item.id === support.conditions[0]))!;
  const condition = step.conditions.find((item) => item.id === support.conditions[0])!;
  await page.locator(`#support-${support.id}`).getByRole('link', { name: condition.title.fr, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/fr/step/${step.id}/conditions$`));
  const card = details(page).locator(`#item-${condition.id}`);
  await card.getByRole('link', { name: support.title.fr, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/fr/supports/${support.id}$`));
  await expect(page.locator(`#support-${support.id}`)).toBeInViewport();
});

test('search finds a real case and leads to its area', async ({ page }) => {
  await gotoRoute(page, '#/en/search?q=oncopole');
  const title = areas.find((area) => area.id === 'research')!.cases[0].title.en;
  expect(title).toContain('Oncopole');
  const link = page.locator('.search__link').filter({ hasText: title });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/#\/en\/areas\/research$/);
  await expect(page.locator('#area-research')).toBeInViewport();
});

test('an unknown support or level is "not found", not a blank page', async ({ page }) => {
  await gotoRoute(page, '#/en/supports/no-such-thing');
  await expect(pageTitle(page)).toHaveText('Page not found');
  await gotoRoute(page, '#/en/continuum/sometimes');
  await expect(pageTitle(page)).toHaveText('Page not found');
});

for (const lang of LANGS) {
  for (const path of ['/areas', '/continuum/partnership', '/supports']) {
    test(`axe finds no violation on ${path} (${lang})`, async ({ page }) => {
      await gotoRoute(page, `#/${lang}${path}`);
      await expectNoAxeViolations(page);
    });
  }
}
