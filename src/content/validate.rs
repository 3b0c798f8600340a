//! The rules a well-formed roadmap must also follow: texts in both languages, unique
//! slug ids, steps numbered by their place, non-empty parts, sources that resolve, and
//! the size limits under which every page stays readable (content/README.md lists them).

use super::model::{Facet, Item, Part, Roadmap, Step, Synonym, Tag, Text, TextList};
use super::path::Path;
use super::problem::{Problem, ProblemKind};
use crate::sort::heap_sort;

/// The largest content file read, in bytes: several times what a full roadmap with
/// long cases needs, and small enough to read at once on a phone.
pub const MAX_FILE_BYTES: usize = 2_000_000;
/// Steps around the cycle: beyond this the diagram's labels no longer fit around it.
pub const MAX_STEPS: usize = 12;
/// Roles, winning conditions or challenges in one part of a step, and questions per step.
pub const MAX_ITEMS: usize = 40;
/// Characters in a title, heading, term, label or name: these are drawn on the diagram,
/// in slide headings and in lists.
pub const MAX_TITLE: usize = 150;
/// Characters in any longer text (summary, paragraph, item text, definition…).
pub const MAX_TEXT: usize = 5_000;
/// Glossary entries: ten times ours, and still a page that a reader can scan. Every text
/// shown is searched for every entry's forms, so this also bounds that work.
pub const MAX_GLOSSARY: usize = 100;
/// Forms of one glossary entry in one language: the singular, the plural and a few
/// variants need far fewer.
pub const MAX_FORMS: usize = 10;
/// Synonyms in one language: a short list of the words people use that the texts do not;
/// a hundred is far more than that, and each query is compared with every one.
pub const MAX_SYNONYMS: usize = 100;
/// Characters in one word of a synonym: longer than any word people type.
pub const MAX_WORD: usize = 40;

/// Every rule broken by `roadmap`, each with the JSON path of the value at fault.
pub fn validate(roadmap: &Roadmap) -> Vec<Problem> {
    let root = Path::Root;
    let mut check = Checker::new(roadmap);
    check.title(&root.field("title"), &roadmap.title);
    check.text(&root.field("notice"), &roadmap.notice);
    let introduction = root.field("introduction");
    check.non_empty(&introduction, roadmap.introduction.len());
    for (i, section) in roadmap.introduction.iter().enumerate() {
        let path = introduction.index(i);
        check.title(&path.field("heading"), &section.heading);
        let paragraphs = path.field("paragraphs");
        check.non_empty(&paragraphs, section.paragraphs.len());
        for (j, paragraph) in section.paragraphs.iter().enumerate() {
            check.text(&paragraphs.index(j), paragraph);
        }
    }
    check.step(&root.field("foundation"), &roadmap.foundation, 0);
    let steps = root.field("steps");
    check.non_empty(&steps, roadmap.steps.len());
    check.at_most(&steps, roadmap.steps.len(), MAX_STEPS);
    for (i, step) in roadmap.steps.iter().enumerate() {
        let number = u32::try_from(i + 1).unwrap_or(u32::MAX);
        check.step(&steps.index(i), step, number);
    }
    check.areas(roadmap);
    check.continuum(roadmap);
    check.supports(roadmap);
    let glossary = root.field("glossary");
    let count = roadmap.glossary.len();
    if count > MAX_GLOSSARY {
        let kind = ProblemKind::TooManyTerms {
            count,
            max: MAX_GLOSSARY,
        };
        check.report(&glossary, kind);
    }
    for (i, entry) in roadmap.glossary.iter().enumerate() {
        let path = glossary.index(i);
        check.id(&path, &entry.id);
        check.title(&path.field("term"), &entry.term);
        check.text(&path.field("definition"), &entry.definition);
        check.words(&path.field("forms"), &entry.forms);
        check.source_keys(&path, &entry.sources);
    }
    let synonyms = root.field("synonyms");
    for (lang, list) in [("fr", &roadmap.synonyms.fr), ("en", &roadmap.synonyms.en)] {
        let path = synonyms.field(lang);
        check.at_most(&path, list.len(), MAX_SYNONYMS);
        for (i, synonym) in list.iter().enumerate() {
            check.synonym(&path.index(i), synonym);
        }
    }
    let sources = root.field("sources");
    for (i, source) in roadmap.sources.iter().enumerate() {
        let path = sources.index(i);
        check.title(&path.field("label"), &source.label);
        check.text(&path.field("citation"), &source.citation);
        if let Some(url) = &source.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(' ') {
                check.report(&path.field("url"), ProblemKind::BadUrl(url.clone()));
            }
        }
    }
    let credits = root.field("credits");
    let sections = credits.field("sections");
    for (i, section) in roadmap.credits.sections.iter().enumerate() {
        let path = sections.index(i);
        check.title(&path.field("heading"), &section.heading);
        let names = path.field("names");
        check.non_empty(&names, section.names.len());
        for (j, name) in section.names.iter().enumerate() {
            check.words_of(&names.index(j), name, MAX_TITLE);
        }
    }
    check.text(&credits.field("note"), &roadmap.credits.note);
    check.problems
}

struct Checker<'a> {
    problems: Vec<Problem>,
    /// Every step, item, case, support and glossary id with its place in file order,
    /// sorted by id then place, so that the first place of an id is found by binary
    /// search: a hostile file has a hundred thousand ids, and looking each up in a list
    /// froze the page. (A map would do as well and cost 3.9 KB of the explorer's wasm.)
    ids: Vec<(&'a str, usize)>,
    /// The paths of the ids, in file order.
    id_paths: Vec<String>,
    /// The sources' keys with their place in the list, sorted the same way.
    source_keys: Vec<(&'a str, usize)>,
    /// The ids of the winning conditions, which supports link to, sorted.
    conditions: Vec<&'a str>,
}

/// The first place of `id` in a list sorted by id then place.
fn first_place(sorted: &[(&str, usize)], id: &str) -> Option<usize> {
    let at = sorted.partition_point(|(seen, _)| *seen < id);
    sorted
        .get(at)
        .filter(|(seen, _)| *seen == id)
        .map(|(_, place)| *place)
}

/// `items` sorted by id, then by place.
fn by_id(mut items: Vec<(&str, usize)>) -> Vec<(&str, usize)> {
    heap_sort(&mut items, |a, b| a < b);
    items
}

impl<'a> Checker<'a> {
    fn new(roadmap: &'a Roadmap) -> Self {
        let (id_paths, ids): (Vec<String>, Vec<&str>) = all_ids(roadmap).into_iter().unzip();
        let mut conditions: Vec<&str> = roadmap
            .all_steps()
            .flat_map(|step| step.conditions.iter())
            .map(|item| item.id.as_str())
            .collect();
        heap_sort(&mut conditions, |a, b| a < b);
        let keys = roadmap.sources.iter().map(|source| source.key.as_str());
        let mut checker = Checker {
            problems: Vec::new(),
            ids: by_id(ids.into_iter().zip(0..).collect()),
            id_paths,
            source_keys: by_id(keys.zip(0..).collect()),
            conditions,
        };
        // Sources first, so that items can be checked against them in one pass.
        let sources = Path::Root.field("sources");
        for (i, source) in roadmap.sources.iter().enumerate() {
            let entry = sources.index(i);
            let path = entry.field("key");
            if !is_slug(&source.key) {
                checker.report(&path, ProblemKind::BadId(source.key.clone()));
            }
            match first_place(&checker.source_keys, &source.key) {
                Some(first) if first < i => {
                    let first = sources.index(first);
                    let kind = ProblemKind::DuplicateId {
                        id: source.key.clone(),
                        first: first.field("key").render(),
                    };
                    checker.report(&path, kind);
                }
                _ => {}
            }
        }
        checker
    }

    fn report(&mut self, path: &Path, kind: ProblemKind) {
        self.problems.push(Problem::new(path.render(), kind));
    }

    /// A long text (a paragraph, a summary…) in both languages.
    fn text(&mut self, path: &Path, text: &Text) {
        self.bilingual(path, text, MAX_TEXT);
    }

    /// A short text (a title, a heading…) in both languages.
    fn title(&mut self, path: &Path, text: &Text) {
        self.bilingual(path, text, MAX_TITLE);
    }

    fn bilingual(&mut self, path: &Path, text: &Text, max: usize) {
        for (lang, value) in [("fr", &text.fr), ("en", &text.en)] {
            self.words_of(&path.field(lang), value, max);
        }
    }

    /// One text: not blank, and at most `max` characters.
    fn words_of(&mut self, path: &Path, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.report(path, ProblemKind::EmptyText);
        }
        let length = value.chars().count();
        if length > max {
            self.report(path, ProblemKind::TooLong { length, max });
        }
    }

    fn at_most(&mut self, path: &Path, count: usize, max: usize) {
        if count > max {
            self.report(path, ProblemKind::TooMany { count, max });
        }
    }

    /// A glossary entry's forms: short texts, and not too many of them.
    fn words(&mut self, path: &Path, list: &TextList) {
        for (lang, words) in [("fr", &list.fr), ("en", &list.en)] {
            let language = path.field(lang);
            if words.len() > MAX_FORMS {
                let kind = ProblemKind::TooManyForms {
                    count: words.len(),
                    max: MAX_FORMS,
                };
                self.report(&language, kind);
            }
            for (i, word) in words.iter().enumerate() {
                self.words_of(&language.index(i), word, MAX_TITLE);
            }
        }
    }

    /// A synonym: one to [`MAX_FORMS`] words people type, and as many words of the text,
    /// each a single word the search can compare with a word of a query.
    fn synonym(&mut self, path: &Path, synonym: &Synonym) {
        for (name, words) in [("words", &synonym.words), ("finds", &synonym.finds)] {
            let list = path.field(name);
            self.non_empty(&list, words.len());
            self.at_most(&list, words.len(), MAX_FORMS);
            for (i, word) in words.iter().enumerate() {
                let at = list.index(i);
                self.words_of(&at, word, MAX_WORD);
                if !word.trim().is_empty() && !is_one_word(word) {
                    self.report(&at, ProblemKind::NotOneWord(word.clone()));
                }
            }
        }
    }

    fn non_empty(&mut self, path: &Path, len: usize) {
        if len == 0 {
            self.report(path, ProblemKind::EmptyList);
        }
    }

    fn id(&mut self, path: &Path, id: &str) {
        let id_path = path.field("id");
        if !is_slug(id) {
            self.report(&id_path, ProblemKind::BadId(id.to_string()));
        }
        if let Some(first) = first_place(&self.ids, id).and_then(|at| self.id_paths.get(at)) {
            let here = id_path.render();
            if *first != here {
                let kind = ProblemKind::DuplicateId {
                    id: id.to_string(),
                    first: first.clone(),
                };
                self.problems.push(Problem::new(here, kind));
            }
        }
    }

    fn source_keys(&mut self, path: &Path, keys: &[String]) {
        let sources = path.field("sources");
        for (i, key) in keys.iter().enumerate() {
            if first_place(&self.source_keys, key).is_none() {
                self.report(&sources.index(i), ProblemKind::UnknownSource(key.clone()));
            }
        }
    }

    fn step(&mut self, path: &Path, step: &Step, number: u32) {
        self.id(path, &step.id);
        if step.number != number {
            let kind = ProblemKind::WrongNumber {
                expected: number,
                found: step.number,
            };
            self.report(&path.field("number"), kind);
        }
        self.title(&path.field("title"), &step.title);
        self.text(&path.field("summary"), &step.summary);
        let questions = path.field("questions");
        self.non_empty(&questions, step.questions.len());
        self.at_most(&questions, step.questions.len(), MAX_ITEMS);
        for (i, question) in step.questions.iter().enumerate() {
            self.text(&questions.index(i), question);
        }
        for part in Part::ALL {
            let part_path = path.field(part.slug());
            let items = step.items(part);
            self.non_empty(&part_path, items.len());
            self.at_most(&part_path, items.len(), MAX_ITEMS);
            for (i, item) in items.iter().enumerate() {
                self.item(&part_path.index(i), item);
            }
        }
    }

    /// The id of the `i`th area or level: a tag of `facet`, given once in `list`.
    fn facet_id(&mut self, list: &str, i: usize, ids: &[Tag], facet: Facet) {
        let root = Path::Root.field(list);
        let entry = root.index(i);
        let path = entry.field("id");
        let id = ids[i];
        if id.facet() != facet {
            self.report(&path, ProblemKind::UnknownValue(id.code().to_string()));
        } else if let Some(first) = ids[..i].iter().position(|tag| *tag == id) {
            let kind = ProblemKind::DuplicateId {
                id: id.code().to_string(),
                first: format!("{list}[{first}].id"),
            };
            self.report(&path, kind);
        }
    }

    fn areas(&mut self, roadmap: &'a Roadmap) {
        let areas = Path::Root.field("areas");
        let ids: Vec<Tag> = roadmap.areas.iter().map(|area| area.id).collect();
        for (i, area) in roadmap.areas.iter().enumerate() {
            let path = areas.index(i);
            self.facet_id("areas", i, &ids, Facet::Area);
            self.text(&path.field("summary"), &area.summary);
            let activities = path.field("activities");
            self.non_empty(&activities, area.activities.len());
            self.at_most(&activities, area.activities.len(), MAX_ITEMS);
            for (j, activity) in area.activities.iter().enumerate() {
                self.text(&activities.index(j), activity);
            }
            let cases = path.field("cases");
            self.at_most(&cases, area.cases.len(), MAX_ITEMS);
            for (j, case) in area.cases.iter().enumerate() {
                let path = cases.index(j);
                self.id(&path, &case.id);
                self.title(&path.field("title"), &case.title);
                self.text(&path.field("text"), &case.text);
                self.source_keys(&path, &case.sources);
            }
            self.source_keys(&path, &area.sources);
        }
    }

    fn continuum(&mut self, roadmap: &'a Roadmap) {
        let continuum = Path::Root.field("continuum");
        let ids: Vec<Tag> = roadmap.continuum.iter().map(|level| level.id).collect();
        for (i, level) in roadmap.continuum.iter().enumerate() {
            let path = continuum.index(i);
            self.facet_id("continuum", i, &ids, Facet::Level);
            self.text(&path.field("summary"), &level.summary);
            self.text(&path.field("you"), &level.you);
            self.text(&path.field("example"), &level.example);
            self.source_keys(&path, &level.sources);
        }
    }

    fn supports(&mut self, roadmap: &'a Roadmap) {
        let supports = Path::Root.field("supports");
        self.at_most(&supports, roadmap.supports.len(), MAX_ITEMS);
        for (i, support) in roadmap.supports.iter().enumerate() {
            let path = supports.index(i);
            self.id(&path, &support.id);
            self.title(&path.field("title"), &support.title);
            self.text(&path.field("text"), &support.text);
            let conditions = path.field("conditions");
            self.non_empty(&conditions, support.conditions.len());
            for (j, id) in support.conditions.iter().enumerate() {
                if self.conditions.binary_search(&id.as_str()).is_err() {
                    let kind = ProblemKind::UnknownCondition(id.clone());
                    self.report(&conditions.index(j), kind);
                }
            }
            self.source_keys(&path, &support.sources);
        }
    }

    fn item(&mut self, path: &Path, item: &Item) {
        self.id(path, &item.id);
        self.title(&path.field("title"), &item.title);
        self.text(&path.field("text"), &item.text);
        self.source_keys(path, &item.sources);
    }
}

/// Every id in the file with its path, in file order.
fn all_ids(roadmap: &Roadmap) -> Vec<(String, &str)> {
    let mut ids = Vec::new();
    let steps = std::iter::once(("foundation".to_string(), &roadmap.foundation)).chain(
        roadmap
            .steps
            .iter()
            .enumerate()
            .map(|(i, step)| (format!("steps[{i}]"), step)),
    );
    for (path, step) in steps {
        ids.push((format!("{path}.id"), step.id.as_str()));
        for part in Part::ALL {
            for (i, item) in step.items(part).iter().enumerate() {
                ids.push((format!("{path}.{}[{i}].id", part.slug()), item.id.as_str()));
            }
        }
    }
    for (i, area) in roadmap.areas.iter().enumerate() {
        for (j, case) in area.cases.iter().enumerate() {
            ids.push((format!("areas[{i}].cases[{j}].id"), case.id.as_str()));
        }
    }
    for (i, support) in roadmap.supports.iter().enumerate() {
        ids.push((format!("supports[{i}].id"), support.id.as_str()));
    }
    for (i, entry) in roadmap.glossary.iter().enumerate() {
        ids.push((format!("glossary[{i}].id"), entry.id.as_str()));
    }
    ids
}

/// One word as the search reads a query: letters and digits (accents included), with no
/// space, hyphen, apostrophe or other sign, which would cut it in two.
pub fn is_one_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c))
}

/// A stable id: lowercase ASCII letters and digits in words joined by single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}
