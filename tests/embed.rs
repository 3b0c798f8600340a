//! The embed's options: every valid value is read, anything else is ignored in favour of
//! the default; snippets ask for exactly the options chosen; a host's accent colour stays
//! readable.

use lhs_roadmap::embed::{
    contrast, parse_query, readable_accent, CycleView, EmbedOptions, LangChoice, Theme,
    DARK_BACKGROUND, LIGHT_BACKGROUND,
};
use lhs_roadmap::lang::Lang;

#[test]
fn only_an_address_with_embed_is_an_embed() {
    assert_eq!(parse_query(""), None);
    assert_eq!(parse_query("?lang=fr"), None);
    assert_eq!(parse_query("?embed"), Some(EmbedOptions::default()));
    assert_eq!(parse_query("?embed=1"), Some(EmbedOptions::default()));
    assert_eq!(parse_query("embed=yes&x=y"), Some(EmbedOptions::default()));
}

#[test]
fn every_option_is_read() {
    let options =
        parse_query("?embed&lang=fr&step=collect-data&theme=dark&accent=%230A7B83&view=list")
            .expect("an embed");
    assert_eq!(
        options,
        EmbedOptions {
            lang: LangChoice::Fixed(Lang::Fr),
            step: Some("collect-data".into()),
            theme: Theme::Dark,
            accent: Some("#0a7b83".into()),
            view: CycleView::List,
            content: None,
        }
    );
    let options =
        parse_query("?embed&lang=auto&theme=light&accent=FFaa00&view=diagram").expect("an embed");
    assert_eq!(options.lang, LangChoice::Auto);
    assert_eq!(options.accent.as_deref(), Some("#ffaa00"));
    assert_eq!(options.view, CycleView::Diagram);
}

#[test]
fn invalid_values_fall_back_to_the_defaults() {
    let bad = [
        "lang=de",
        "lang=FR",
        "step=Collect%20Data",
        "step=../x",
        "step=",
        "accent=red",
        "accent=%23abc",
        "accent=12345g",
        "accent=1234567",
        "view=table",
        "theme=purple",
        "unknown=1",
    ];
    for pair in bad {
        assert_eq!(
            parse_query(&format!("?embed&{pair}")),
            Some(EmbedOptions::default()),
            "{pair}"
        );
    }
}

#[test]
fn a_later_valid_value_wins_and_an_invalid_one_keeps_the_earlier() {
    let options = parse_query("?embed&view=list&view=nope&lang=en&lang=fr").expect("embed");
    assert_eq!(options.view, CycleView::List);
    assert_eq!(options.lang, LangChoice::Fixed(Lang::Fr));
}

#[test]
fn contrast_matches_known_ratios() {
    let white = [255, 255, 255];
    assert!((contrast([0, 0, 0], white) - 21.0).abs() < 0.01);
    assert!((contrast(white, white) - 1.0).abs() < 1e-9);
    // #767676 is the classic lightest grey that passes 4.5:1 on white.
    assert!((contrast([0x76, 0x76, 0x76], white) - 4.54).abs() < 0.01);
    assert!((contrast([0x00, 0x5a, 0x6e], white) - 7.81).abs() < 0.01);
}

#[test]
fn an_accent_too_close_to_the_background_is_moved_until_it_reads() {
    let parse = |hex: &str| {
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex");
        [channel(1), channel(3), channel(5)]
    };
    // Readable already: kept as given.
    assert_eq!(readable_accent("#005a6e", LIGHT_BACKGROUND), "#005a6e");
    assert_eq!(readable_accent("#ffd166", DARK_BACKGROUND), "#ffd166");
    for pale in ["#ffff00", "#ffffff", "#7fd1ff", "#ff9900", "#00ff00"] {
        let fixed = readable_accent(pale, LIGHT_BACKGROUND);
        assert!(
            contrast(parse(&fixed), LIGHT_BACKGROUND) >= 4.5,
            "{pale} became {fixed} on light"
        );
    }
    for dark in ["#000000", "#0a7b83", "#003b48", "#5b2a86"] {
        let fixed = readable_accent(dark, DARK_BACKGROUND);
        assert!(
            contrast(parse(&fixed), DARK_BACKGROUND) >= 4.5,
            "{dark} became {fixed} on dark"
        );
    }
    assert_eq!(
        readable_accent("not a colour", LIGHT_BACKGROUND),
        "not a colour"
    );
}

#[test]
fn options_round_trip_through_the_query_string() {
    let options = EmbedOptions {
        lang: LangChoice::Fixed(Lang::En),
        step: Some("analyze-data".into()),
        theme: Theme::Light,
        accent: Some("#0a7b83".into()),
        view: CycleView::Diagram,
        content: Some("adapted/roadmap.json".into()),
    };
    assert_eq!(
        options.query(),
        "embed&lang=en&step=analyze-data&theme=light&accent=0a7b83&view=diagram&content=adapted/roadmap.json"
    );
    assert_eq!(parse_query(&options.query()), Some(options));
    assert_eq!(EmbedOptions::default().query(), "embed");
}

#[test]
fn snippets_carry_the_chosen_options_and_nothing_else() {
    let options = EmbedOptions {
        lang: LangChoice::Fixed(Lang::Fr),
        step: Some("collect-data".into()),
        ..EmbedOptions::default()
    };
    let site = "https://example.org/roadmap/";
    assert_eq!(
        options.script_snippet(site),
        "<div data-lhs-roadmap data-lang=\"fr\" data-step=\"collect-data\"></div>\n\
         <script src=\"https://example.org/roadmap/embed.js\" async></script>"
    );
    let iframe = options.iframe_snippet(site, "Feuille de route \"test\" <b>");
    assert!(iframe.starts_with(
        "<iframe src=\"https://example.org/roadmap/index.html?embed&amp;lang=fr&amp;step=collect-data\""
    ));
    assert!(iframe.contains("title=\"Feuille de route &quot;test&quot; &lt;b&gt;\""));
    assert!(iframe.contains("loading=\"lazy\""));
    // Sized by attributes: a host with a strict Content-Security-Policy refuses style ones.
    assert!(iframe.ends_with(" width=\"100%\" height=\"1600\" frameborder=\"0\"></iframe>"));
    assert!(!iframe.contains("style="));
}

#[test]
fn an_adapted_content_file_goes_into_the_snippets_and_a_foreign_one_does_not() {
    let options = parse_query("?embed&content=adapted/roadmap.json").expect("an embed");
    assert_eq!(options.content.as_deref(), Some("adapted/roadmap.json"));
    assert!(options
        .script_snippet("https://example.org/")
        .contains(" data-content=\"adapted/roadmap.json\""));
    for foreign in [
        "https://evil.example/r.json",
        "//evil.example/r.json",
        "../r.json",
    ] {
        let options = parse_query(&format!("?embed&content={foreign}")).expect("an embed");
        assert_eq!(options.content, None, "{foreign}");
    }
}
