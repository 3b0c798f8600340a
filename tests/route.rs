//! Hash routes: every page's address reads back as that page, and no string makes the
//! parser panic or invent a page.

use lhs_roadmap::content::{parse, Facet, Part, Tag};
use lhs_roadmap::lang::Lang;
use lhs_roadmap::lens::Lens;
use lhs_roadmap::query::{decode, encode};
use lhs_roadmap::route::{ExplorerPage, FindPage, Page, PresentPage, Route, Site};

/// Which screen shows `page` of `roadmap`: "not found" when the content lacks what it
/// names, else the screen's name (the explorer's cycle for its home and its steps).
fn shown(page: &Page, roadmap: &lhs_roadmap::content::Roadmap) -> &'static str {
    if !page.exists(roadmap) {
        return "not found";
    }
    match page {
        Page::Explorer(ExplorerPage::Home | ExplorerPage::Step { .. }) => "explorer",
        Page::Explorer(ExplorerPage::Intro) => "intro",
        Page::Explorer(ExplorerPage::Glossary { .. }) => "glossary",
        Page::Explorer(ExplorerPage::Sources { .. }) => "sources",
        Page::Explorer(ExplorerPage::Credits) => "credits",
        Page::Explorer(ExplorerPage::Trainers) => "trainers",
        Page::Explorer(ExplorerPage::NotFound) => "not found",
        Page::Find(FindPage::Supports { .. }) => "supports",
        Page::Find(_) => "find",
        Page::Present(_) => "workshop",
    }
}

fn pages() -> Vec<Page> {
    let mut pages = vec![
        Page::Explorer(ExplorerPage::Home),
        Page::Explorer(ExplorerPage::Intro),
        Page::Explorer(ExplorerPage::Glossary { term: None }),
        Page::Explorer(ExplorerPage::Glossary {
            term: Some("lived-experience".into()),
        }),
        Page::Explorer(ExplorerPage::Sources { key: None }),
        Page::Explorer(ExplorerPage::Sources {
            key: Some("boivin-2018".into()),
        }),
        Page::Explorer(ExplorerPage::Credits),
        Page::Explorer(ExplorerPage::Trainers),
        Page::Find(FindPage::Mine),
        Page::Find(FindPage::Start),
        Page::Find(FindPage::Areas { area: None }),
        Page::Find(FindPage::Areas {
            area: Some(Tag::Research),
        }),
        Page::Find(FindPage::Continuum { level: None }),
        Page::Find(FindPage::Continuum {
            level: Some(Tag::Partnership),
        }),
        Page::Find(FindPage::Supports { id: None }),
        Page::Find(FindPage::Supports {
            id: Some("shared-leadership".into()),
        }),
        Page::Explorer(ExplorerPage::Step {
            id: "collect-data".into(),
            part: None,
        }),
    ];
    for part in Part::ALL {
        pages.push(Page::Explorer(ExplorerPage::Step {
            id: "foundation".into(),
            part: Some(part),
        }));
    }
    for query in ["", "défi", "a&b=c?d #e/f", "l’équipe 100 %"] {
        pages.push(Page::Find(FindPage::Search {
            query: query.into(),
        }));
    }
    pages.push(Page::Present(PresentPage::Share { step: None }));
    pages.push(Page::Present(PresentPage::Share {
        step: Some("collect-data".into()),
    }));
    for slide in [1, 2, 34, 9999] {
        pages.push(Page::Present(PresentPage::Present { slide }));
        pages.push(Page::Present(PresentPage::Speaker { slide }));
    }
    pages
}

#[test]
fn every_page_round_trips_in_both_languages() {
    for lang in Lang::ALL {
        for page in pages() {
            let href = page.href(lang);
            assert_eq!(
                Route::parse(&href),
                Route {
                    lang: Some(lang),
                    page: page.clone(),
                    lens: Lens::default(),
                },
                "{href}"
            );
            // Without the leading '#', as location.hash minus its first character.
            assert_eq!(Route::parse(&href[1..]).page, page);
        }
    }
}

#[test]
fn addresses_match_the_documented_shapes() {
    let step = Page::Explorer(ExplorerPage::Step {
        id: "collect-data".into(),
        part: Some(Part::Challenges),
    });
    assert_eq!(step.href(Lang::En), "#/en/step/collect-data/challenges");
    assert_eq!(Page::Explorer(ExplorerPage::Home).href(Lang::Fr), "#/fr");
    assert_eq!(
        Page::Explorer(ExplorerPage::Glossary { term: None }).href(Lang::Fr),
        "#/fr/glossary"
    );
    let entry = Page::Explorer(ExplorerPage::Glossary {
        term: Some("caregiver".into()),
    });
    assert_eq!(entry.href(Lang::En), "#/en/glossary/caregiver");
}

#[test]
fn slides_are_numbered_from_one_in_plain_digits() {
    let page = |hash: &str| Route::parse(hash).page;
    assert_eq!(
        page("#/fr/present/7"),
        Page::Present(PresentPage::Present { slide: 7 })
    );
    assert_eq!(
        page("#/en/speaker/12"),
        Page::Present(PresentPage::Speaker { slide: 12 })
    );
    // The presenter's own address starts at the first slide.
    assert_eq!(
        page("#/en/present"),
        Page::Present(PresentPage::Present { slide: 1 })
    );
    for bad in [
        "0",
        "07",
        "-1",
        "+3",
        "1.5",
        "x",
        "10000",
        "99999999999",
        "٣",
    ] {
        assert_eq!(
            page(&format!("#/en/present/{bad}")),
            Page::Explorer(ExplorerPage::NotFound),
            "{bad:?}"
        );
        assert_eq!(
            page(&format!("#/en/speaker/{bad}")),
            Page::Explorer(ExplorerPage::NotFound),
            "{bad:?}"
        );
    }
    assert_eq!(page("#/en/speaker"), Page::Explorer(ExplorerPage::NotFound));
    assert_eq!(
        page("#/en/present/3/extra"),
        Page::Explorer(ExplorerPage::NotFound)
    );
    assert!(Page::Present(PresentPage::Present { slide: 3 }).is_workshop());
    assert!(Page::Present(PresentPage::Speaker { slide: 3 }).is_workshop());
    assert!(!Page::Explorer(ExplorerPage::Home).is_workshop());
}

#[test]
fn unknown_languages_sections_and_garbage_are_not_found() {
    let not_found = |hash: &str| Route::parse(hash).page == Page::Explorer(ExplorerPage::NotFound);
    assert!(not_found("#/de/step/collect-data"));
    assert_eq!(Route::parse("#/de").lang, None);
    assert!(not_found("#/en/step/collect-data/nope"));
    assert!(not_found("#/en/step/Collect-Data"));
    assert!(not_found("#/en/step/"));
    assert!(not_found("#/en/step/a/roles/extra"));
    assert!(not_found("#/en/nowhere"));
    assert!(not_found("#/en//step/collect-data"));
    assert!(not_found("#%%%"));
    assert!(not_found("#/fr/step/../../etc"));
    assert!(not_found("#/en/sources/Bad Key"));
}

/// A deterministic pseudo-random generator, so the garbage is the same on every run.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn no_string_makes_the_parser_panic_and_output_always_reformats() {
    let alphabet: Vec<char> = "#/enfrstepolcdgahu-_.%é0123456789 :?&=\u{0}\u{1F600}"
        .chars()
        .collect();
    let mut state = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        let len = (xorshift(&mut state) % 40) as usize;
        let hash: String = (0..len)
            .map(|_| alphabet[(xorshift(&mut state) % alphabet.len() as u64) as usize])
            .collect();
        let route = Route::parse(&hash);
        if let Some(lang) = route.lang {
            if route.page != Page::Explorer(ExplorerPage::NotFound) {
                assert_eq!(Route::parse(&route.page.href(lang)), route, "{hash:?}");
            }
        }
    }
    let long = "#/en/step/".to_string() + &"a".repeat(100_000);
    assert_eq!(Route::parse(&long).lang, Some(Lang::En));
}

#[test]
fn pages_the_content_lacks_are_not_found() {
    let roadmap = match parse(include_str!("../content/roadmap.json")) {
        Ok(roadmap) => roadmap,
        Err(problems) => panic!("shipped content invalid: {problems:?}"),
    };
    let view = |hash: &str| shown(&Route::parse(hash).page, &roadmap);
    assert_eq!(view("#/en"), "explorer");
    assert_eq!(view("#/en/step/collect-data/roles"), "explorer");
    assert_eq!(view("#/fr/step/foundation"), "explorer");
    assert_eq!(view("#/en/step/no-such-step"), "not found");
    assert_eq!(view("#/en/sources/no-such-source"), "not found");
    assert_eq!(view("#/en/glossary"), "glossary");
    assert_eq!(view("#/en/glossary/lived-experience"), "glossary");
    assert_eq!(view("#/en/glossary/no-such-term"), "not found");
    assert_eq!(view("#/en/intro"), "intro");
    assert_eq!(view("#/en/credits"), "credits");
    assert_eq!(view("#/fr/trainers"), "trainers");
    assert_eq!(view("#/en/present/3"), "workshop");
    assert_eq!(view("#/fr/speaker/99"), "workshop");
    assert_eq!(view("#/fr/share/collect-data"), "workshop");
    assert_eq!(view("#/en/preview"), "workshop");
    assert!(Page::Present(PresentPage::Preview).is_workshop());
    assert_eq!(
        Route::parse("#/fr/preview").page,
        Page::Present(PresentPage::Preview)
    );
    assert_eq!(
        Page::Present(PresentPage::Preview).href(Lang::En),
        "#/en/preview"
    );
    for source in &roadmap.sources {
        assert_eq!(
            view(
                &Page::Explorer(ExplorerPage::Sources {
                    key: Some(source.key.clone())
                })
                .href(Lang::Fr)
            ),
            "sources"
        );
    }
}

#[test]
fn a_lens_rides_along_on_the_explorers_pages() {
    let lens = Lens::default()
        .with(Facet::Who, Some(Tag::Caregiver))
        .with(Facet::Level, Some(Tag::Partnership));
    for lang in Lang::ALL {
        for page in pages() {
            let href = page.href_with(lang, &lens);
            let route = Route::parse(&href);
            assert_eq!(route.page, page, "{href}");
            let expected = if page.is_workshop() {
                Lens::default()
            } else {
                lens
            };
            assert_eq!(route.lens, expected, "{href}");
            assert_eq!(route.href(lang), href);
        }
    }
    let step = Page::Explorer(ExplorerPage::Step {
        id: "collect-data".into(),
        part: None,
    });
    assert_eq!(
        step.href_with(Lang::Fr, &lens),
        "#/fr/step/collect-data?who=caregiver&level=partnership"
    );
    let search = Page::Find(FindPage::Search {
        query: "défi".into(),
    });
    assert_eq!(
        search.href_with(Lang::En, &lens),
        "#/en/search?q=d%C3%A9fi&who=caregiver&level=partnership"
    );
}

#[test]
fn a_broken_lens_still_shows_the_page() {
    let route = Route::parse("#/en/step/collect-data?who=nobody&area=%ZZ&level=partnership");
    assert_eq!(route.page.step_id(), Some("collect-data"));
    assert_eq!(route.lens.query(), "level=partnership");
    assert_eq!(
        Route::parse("#/en?").page,
        Page::Explorer(ExplorerPage::Home)
    );
}

#[test]
fn search_queries_are_encoded_and_decoded() {
    for text in ["défi", "a+b c", "100 %", "«\u{a0}x\u{a0}»", "日本", ""] {
        assert_eq!(decode(&encode(text)).as_deref(), Some(text));
    }
    assert_eq!(decode("d%C3%A9fi+x").as_deref(), Some("défi x"));
    assert_eq!(decode("%C3"), None);
    assert_eq!(decode("%4"), None);
    assert_eq!(
        Route::parse("#/fr/search?q=d%C3%A9fi%20").page,
        Page::Find(FindPage::Search {
            query: "défi ".into()
        })
    );
}

#[test]
fn areas_and_levels_are_named_by_their_own_codes() {
    let page = |hash: &str| Route::parse(hash).page;
    assert_eq!(
        page("#/en/areas/policy"),
        Page::Find(FindPage::Areas {
            area: Some(Tag::Policy)
        })
    );
    assert_eq!(
        page("#/en/areas/family"),
        Page::Explorer(ExplorerPage::NotFound)
    );
    assert_eq!(
        page("#/en/continuum/information"),
        Page::Find(FindPage::Continuum {
            level: Some(Tag::Information)
        })
    );
    assert_eq!(
        page("#/en/continuum/research"),
        Page::Explorer(ExplorerPage::NotFound)
    );
    assert_eq!(
        page("#/en/supports/Bad_Id"),
        Page::Explorer(ExplorerPage::NotFound)
    );
    let roadmap = parse(include_str!("../content/roadmap.json")).expect("content");
    let supports = |id: &str| {
        let page = Page::Find(FindPage::Supports {
            id: Some(id.into()),
        });
        shown(&page, &roadmap)
    };
    assert_eq!(supports(&roadmap.supports[0].id), "supports");
    assert_eq!(supports("no-such-support"), "not found");
}

#[test]
fn each_page_has_one_file_of_the_site_and_the_explorer_keeps_only_its_own() {
    let site = |hash: &str| Route::parse(hash).page.site();
    for hash in [
        "#/fr",
        "#/fr/step/collect-data/roles",
        "#/en/intro",
        "#/en/glossary",
        "#/en/sources/boivin-2018",
        "#/en/credits",
    ] {
        assert_eq!(site(hash), Site::Explorer, "{hash}");
    }
    for hash in [
        "#/en/present/3",
        "#/fr/speaker/2",
        "#/fr/share",
        "#/en/preview",
    ] {
        assert_eq!(site(hash), Site::Present, "{hash}");
    }
    for hash in [
        "#/fr/search?q=d%C3%A9fi",
        "#/en/mine",
        "#/en/start",
        "#/fr/areas/research",
        "#/en/continuum",
        "#/en/supports/recognized-expertise",
    ] {
        assert_eq!(site(hash), Site::Find, "{hash}");
    }
    // What cannot be read is the explorer's "not found", wherever it was typed.
    assert_eq!(site("#/fr/nowhere"), Site::Explorer);
    assert_eq!(site("#/fr/areas/nowhere"), Site::Explorer);
    // Every page is on exactly one of three files; the explorer is the site's index.
    let files: std::collections::HashSet<_> =
        pages().iter().map(|page| page.site().file()).collect();
    assert_eq!(files.len(), 3);
    assert_eq!(Site::Explorer.file(), "index.html");
    for page in pages() {
        assert_eq!(page.is_workshop(), page.site() == Site::Present, "{page:?}");
    }
}
