//! The prerendered first view's pure logic: the content's fingerprint (which src/boot.js
//! computes the same way), the addresses that show the view, and how the build writes
//! the views into index.html, minified or not.

use lhs_roadmap::first_view::{fingerprint, noscript_notice, prerendered_lang, splice, SpliceError};
use lhs_roadmap::lang::Lang;

#[test]
fn fingerprint_is_the_length_and_fnv1a_in_hexadecimal() {
    // The published FNV-1a 32-bit test vectors.
    assert_eq!(fingerprint(b""), "0-811c9dc5");
    assert_eq!(fingerprint(b"a"), "1-e40c292c");
    assert_eq!(fingerprint(b"foobar"), "6-bf9cf968");
    // Leading zeros are kept, so that the script's text is the same: "b" hashes to
    // 0xe70c2de5, and a zero-led hash is found among two-byte inputs.
    let zero_led = (0..=u16::MAX)
        .map(|n| fingerprint(&n.to_le_bytes()))
        .find(|print| print.starts_with("2-0"))
        .expect("some two-byte input hashes below 0x10000000");
    assert_eq!(zero_led.len(), "2-".len() + 8);
}

#[test]
fn one_changed_byte_changes_the_fingerprint() {
    let content = br#"{"title":{"fr":"Feuille","en":"Roadmap"}}"#;
    let mut edited = content.to_vec();
    edited[20] = b'X';
    assert_ne!(fingerprint(content), fingerprint(&edited));
}

#[test]
fn only_the_home_without_a_lens_shows_the_first_view() {
    assert_eq!(prerendered_lang("", Lang::En), Some(Lang::En));
    assert_eq!(prerendered_lang("#", Lang::Fr), Some(Lang::Fr));
    assert_eq!(prerendered_lang("#/", Lang::Fr), Some(Lang::Fr));
    assert_eq!(prerendered_lang("#/fr", Lang::En), Some(Lang::Fr));
    assert_eq!(prerendered_lang("#/en/", Lang::Fr), Some(Lang::En));
    assert_eq!(prerendered_lang("#/fr/step/collect-data", Lang::Fr), None);
    assert_eq!(prerendered_lang("#/fr?who=family", Lang::Fr), None);
    assert_eq!(prerendered_lang("#/en/glossary", Lang::En), None);
    assert_eq!(prerendered_lang("#/de", Lang::En), None);
    assert_eq!(prerendered_lang("#/fr/search", Lang::Fr), None);
}

const PAGE: &str = r#"<!doctype html><html lang="fr"><head><meta charset="utf-8" /><meta name="lhs-content" content="unrendered" /></head><body><div id="app"><div class="first-wait">…</div></div></body></html>"#;
const MINIFIED: &str = "<!doctype html><html lang=fr><meta charset=utf-8><meta content=unrendered name=lhs-content><body><div id=app><div class=first-wait>…</div></div>";

fn views() -> Vec<(Lang, String)> {
    vec![
        (Lang::Fr, "<main>Bonjour</main>".to_string()),
        (Lang::En, "<main>Hello</main>".to_string()),
    ]
}

#[test]
fn the_views_go_first_in_the_app_with_their_language_and_the_fingerprint_in_the_meta() {
    let html = splice(PAGE, "<noscript>n</noscript>", &views(), "2a-0123abcd").expect("spliced");
    assert!(html.contains(r#"<meta name="lhs-content" content="2a-0123abcd" />"#));
    assert!(html.contains(concat!(
        r#"<div id="app"><noscript>n</noscript>"#,
        r#"<div id="first-fr" class="first" lang="fr"><main>Bonjour</main></div>"#,
        r#"<div id="first-en" class="first" lang="en"><main>Hello</main></div>"#,
        r#"<div class="first-wait">"#
    )));
}

#[test]
fn a_minified_page_takes_the_views_too() {
    let html = splice(MINIFIED, "", &views(), "2a-0123abcd").expect("spliced");
    assert!(html.contains("<meta content=2a-0123abcd name=lhs-content>"));
    assert!(html.contains(r#"<div id=app><div id="first-fr" class="first" lang="fr">"#));
}

#[test]
fn a_page_without_its_places_is_refused() {
    let no_root = PAGE.replace(r#"<div id="app">"#, "<div>");
    assert_eq!(splice(&no_root, "", &views(), "x"), Err(SpliceError::NoRoot));
    let no_shell = PAGE.replace("first-wait", "other");
    assert_eq!(splice(&no_shell, "", &views(), "x"), Err(SpliceError::NoShell));
    let no_meta = PAGE.replace("lhs-content", "other");
    assert_eq!(splice(&no_meta, "", &views(), "x"), Err(SpliceError::NoMeta));
}

#[test]
fn views_of_another_file_are_replaced() {
    // An organization's page, made from the published one (the preview page's download).
    let published = splice(PAGE, "<noscript>n</noscript>", &views(), "2a-0123abcd").expect("spliced");
    let theirs = vec![(Lang::Fr, "<main>Salut</main>".to_string()), (Lang::En, "<main>Hi</main>".to_string())];
    let adapted = splice(&published, "<noscript>n</noscript>", &theirs, "3b-4567cdef").expect("spliced");
    assert_eq!(adapted, splice(PAGE, "<noscript>n</noscript>", &theirs, "3b-4567cdef").expect("spliced"));
    assert!(!adapted.contains("Bonjour"));
    assert_eq!(adapted.matches("<noscript>").count(), 1);
}

#[test]
fn the_notice_says_it_in_both_languages_and_links_to_the_other_view() {
    let notice = noscript_notice(|lang| match lang {
        Lang::Fr => ("Sans JavaScript <ici>", "English version"),
        Lang::En => ("Without JavaScript", "Version française"),
    });
    assert!(notice.starts_with("<noscript><p class=\"noscript-note\" lang=\"fr\">Sans JavaScript &lt;ici&gt; "));
    assert!(notice.contains(r##"<a href="#first-en" hreflang="en" lang="en">English version</a>"##));
    assert!(notice.contains(r##"<a href="#first-fr" hreflang="fr" lang="fr">Version française</a>"##));
    assert!(notice.ends_with("</noscript>"));
}
