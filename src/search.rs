//! Search over everything the explorer shows (steps, items, glossary, areas and their
//! cases, the continuum, the supports) in one language. It finds words, not pieces of
//! words: « défi » finds « défi » and « défis », never « définir ». Accents, capitals,
//! plurals and a few other endings do not matter. A word of the query that is no word of
//! the texts finds the words it begins (so that a word being typed already finds
//! something), or, where the content's synonyms name it, the texts' own words for it
//! (« argent » finds « rémunération »), and the status says so. Each entry can also be
//! found by what it is (« défi » finds the challenges); results come grouped by step, the
//! words found marked.

use crate::content::{Part, Roadmap, Tag, Text};
use crate::i18n::find::{self as say, Say};
use crate::i18n::{level_term, tag_name};
use crate::lang::Lang;
use crate::markup;

/// Fewer characters than this find too much to be of use; a word of the query shorter
/// than this (the « l » of « l’équipe ») is left out.
pub const MIN_QUERY: usize = 2;
/// Characters of a text shown around its first match.
const EXCERPT: usize = 160;
/// The shortest part of a word left once an ending is taken off: shorter ones would
/// make « par » and « parent » one word.
const MIN_STEM: usize = 3;

/// Appends `c` as search compares it: lowercase, without accents, ligatures spelled out,
/// typographic quotes and spaces made plain.
fn fold_into(c: char, out: &mut String) {
    for c in c.to_lowercase() {
        let plain = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'œ' => {
                out.push_str("oe");
                continue;
            }
            'æ' => {
                out.push_str("ae");
                continue;
            }
            '’' | '‘' | 'ʼ' => '\'',
            '«' | '»' | '“' | '”' => '"',
            '\u{a0}' | '\u{202f}' => ' ',
            // Combining accents, as in text typed on some keyboards.
            '\u{300}'..='\u{36f}' => continue,
            c => c,
        };
        out.push(plain);
    }
}

/// `text` as search compares it.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_into(c, &mut out);
    }
    out
}

/// Whether `c` belongs to a word: letters (with their combining accents) and digits.
/// Anything else (spaces, apostrophes, hyphens, signs) separates words.
fn in_word(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Words (folded) too common to narrow a search, which a person may type as part of a
/// sentence ("how do I get paid"): left out of a query that has other words.
fn common(word: &str, lang: Lang) -> bool {
    let words: &[&str] = match lang {
        Lang::Fr => &[
            "au", "aux", "ce", "ces", "cette", "comment", "dans", "de", "des", "du", "elle", "en",
            "est", "et", "il", "je", "la", "le", "les", "ma", "me", "mes", "mon", "ne", "nous",
            "on", "ou", "par", "pour", "quel", "quelle", "qui", "quoi", "sa", "se", "ses", "son",
            "sur", "un", "une", "vous",
        ],
        Lang::En => &[
            "about", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for",
            "from", "get", "how", "in", "is", "it", "me", "my", "of", "on", "or", "that", "the",
            "this", "to", "what", "with",
        ],
    };
    words.contains(&word)
}

/// The words of a query as typed, in order, each once, without those too short to
/// search (see [`MIN_QUERY`]) and, unless there is nothing else, the most common ones.
fn typed_words(query: &str, lang: Lang) -> Vec<&str> {
    let mut typed: Vec<&str> = Vec::new();
    for word in query.split(|c: char| !in_word(c)) {
        let long_enough = normalize(word).chars().count() >= MIN_QUERY;
        if long_enough && !typed.iter().any(|seen| normalize(seen) == normalize(word)) {
            typed.push(word);
        }
    }
    if typed.iter().any(|word| !common(&normalize(word), lang)) {
        typed.retain(|word| !common(&normalize(word), lang));
    }
    typed
}

/// The words of a query as search compares them, in order, each once.
pub fn words(query: &str, lang: Lang) -> Vec<String> {
    typed_words(query, lang)
        .into_iter()
        .map(normalize)
        .collect()
}

/// The endings (folded) that make one word of several forms: the plural, the feminine,
/// and a few of the verb's, so that « partager » finds « partagé » and "learn" finds
/// "learning". Kept short: each one also joins words that are not one.
fn endings(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Fr => &["s", "x", "e", "es", "ee", "ees", "er", "ez"],
        Lang::En => &["s", "es", "e", "d", "ed", "ing", "y", "ies", "ied", "ly"],
    }
}

/// What a word (folded) can be with an ending taken off, itself first.
fn stems(word: &str, lang: Lang) -> Vec<&str> {
    let mut stems = vec![word];
    for ending in endings(lang) {
        if let Some(stem) = word.strip_suffix(ending) {
            if stem.chars().count() >= MIN_STEM && !stems.contains(&stem) {
                stems.push(stem);
            }
        }
    }
    stems
}

/// Whether two words (folded) are forms of one word: the same, but for one of the
/// language's endings on either or both (« défis » and « défi », "studies" and "study").
pub fn same_word(a: &str, b: &str, lang: Lang) -> bool {
    stems(a, lang)
        .into_iter()
        .any(|stem| with_ending(stem, b, lang))
}

/// Whether `word` is `stem`, or `stem` (of at least [`MIN_STEM`] characters) and one of
/// the language's endings.
fn with_ending(stem: &str, word: &str, lang: Lang) -> bool {
    word == stem
        || (stem.chars().count() >= MIN_STEM
            && word
                .strip_prefix(stem)
                .is_some_and(|rest| endings(lang).contains(&rest)))
}

/// How one word is looked for in the texts.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Needle {
    /// The word, folded, and what it can be without an ending.
    word: String,
    stems: Vec<String>,
    /// Whether a word of the text that only begins with it counts.
    beginning: bool,
}

impl Needle {
    fn new(word: String, lang: Lang, beginning: bool) -> Needle {
        let stems = stems(&word, lang).into_iter().map(str::to_string).collect();
        Needle {
            word,
            stems,
            beginning,
        }
    }

    /// Whether `word`, a word of a text (folded), is what this looks for.
    fn finds(&self, word: &str, lang: Lang) -> bool {
        if self.beginning {
            return word.starts_with(&self.word);
        }
        self.stems.iter().any(|stem| with_ending(stem, word, lang))
    }
}

/// A text cut into runs, the matched ones marked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marked {
    pub runs: Vec<(String, bool)>,
}

impl Marked {
    /// The text without marks, as shown.
    pub fn text(&self) -> String {
        self.runs.iter().map(|(run, _)| run.as_str()).collect()
    }

    /// The marked runs, in order.
    pub fn marks(&self) -> Vec<&str> {
        self.runs
            .iter()
            .filter(|(_, marked)| *marked)
            .map(|(run, _)| run.as_str())
            .collect()
    }
}

/// A text and its folded form, with the place in the text of each folded byte, so that a
/// match found in the folded form can be marked in the text as written.
struct Folded<'a> {
    text: &'a str,
    folded: String,
    /// For each byte of `folded`, the byte range of the character of `text` it comes from.
    origin: Vec<(usize, usize)>,
}

impl<'a> Folded<'a> {
    fn new(text: &'a str) -> Folded<'a> {
        let mut folded = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        for (start, c) in text.char_indices() {
            let before = folded.len();
            fold_into(c, &mut folded);
            let end = start + c.len_utf8();
            origin.extend(std::iter::repeat_n((start, end), folded.len() - before));
        }
        Folded {
            text,
            folded,
            origin,
        }
    }

    /// The words of the folded text, each with its byte range there.
    fn words(&self) -> impl Iterator<Item = (usize, &str)> {
        let folded = self.folded.as_str();
        folded
            .split(|c: char| !in_word(c))
            .filter(|word| !word.is_empty())
            // Each word is a slice of `folded`: its place is the distance between them.
            .map(move |word| (word.as_ptr() as usize - folded.as_ptr() as usize, word))
    }

    fn contains(&self, needle: &Needle, lang: Lang) -> bool {
        self.words().any(|(_, word)| needle.finds(word, lang))
    }

    /// The byte ranges of `text` of the words any of `needles` finds, in order.
    fn ranges(&self, needles: &[&Needle], lang: Lang) -> Vec<(usize, usize)> {
        self.words()
            .filter(|(_, word)| needles.iter().any(|needle| needle.finds(word, lang)))
            .map(|(at, word)| (self.origin[at].0, self.origin[at + word.len() - 1].1))
            .collect()
    }

    /// The part of the text from byte `from` to `to` (char boundaries), marked.
    fn marked(&self, ranges: &[(usize, usize)], from: usize, to: usize) -> Marked {
        let mut runs = Vec::new();
        let mut at = from;
        for &(start, end) in ranges {
            if end <= from || start >= to {
                continue;
            }
            let (start, end) = (start.max(from).max(at), end.min(to));
            if start >= end {
                continue;
            }
            if start > at {
                runs.push((self.text[at..start].to_string(), false));
            }
            runs.push((self.text[start..end].to_string(), true));
            at = end;
        }
        if at < to {
            runs.push((self.text[at..to].to_string(), false));
        }
        Marked { runs }
    }

    /// The whole text, marked.
    fn all_marked(&self, needles: &[&Needle], lang: Lang) -> Marked {
        self.marked(&self.ranges(needles, lang), 0, self.text.len())
    }

    /// About [`EXCERPT`] characters around the first match (from the start when there is
    /// none), cut at spaces, with "…" where text was left out.
    fn excerpt(&self, needles: &[&Needle], lang: Lang) -> Marked {
        let text = self.text;
        let ranges = self.ranges(needles, lang);
        if text.chars().count() <= EXCERPT {
            return self.marked(&ranges, 0, text.len());
        }
        let first = ranges.first().map_or(0, |range| range.0);
        let mut start = text[..first]
            .char_indices()
            .rev()
            .nth(EXCERPT / 3)
            .map_or(0, |(at, _)| at);
        if start > 0 {
            start = text[start..first]
                .find(' ')
                .map_or(start, |space| start + space + 1);
        }
        let mut end = text[start..]
            .char_indices()
            .nth(EXCERPT)
            .map_or(text.len(), |(at, _)| start + at);
        if end < text.len() {
            end = text[start..end]
                .rfind(' ')
                .map_or(end, |space| start + space);
        }
        let mut marked = self.marked(&ranges, start, end);
        if start > 0 {
            marked.runs.insert(0, ("…".to_string(), false));
        }
        if end < text.len() {
            marked.runs.push(("…".to_string(), false));
        }
        marked
    }
}

/// Where a result leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Step(String),
    Item {
        step: String,
        part: Part,
        id: String,
    },
    Glossary(String),
    Area(Tag),
    Case {
        area: Tag,
        id: String,
    },
    Level(Tag),
    Support(String),
}

/// What a result is, as its link says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Step,
    Role,
    Condition,
    Challenge,
    Term,
    Area,
    Case,
    Level,
    Support,
}

impl Target {
    pub fn kind(&self) -> Kind {
        match self {
            Target::Step(_) => Kind::Step,
            Target::Item { part, .. } => match part {
                Part::Roles => Kind::Role,
                Part::Conditions => Kind::Condition,
                Part::Challenges => Kind::Challenge,
            },
            Target::Glossary(_) => Kind::Term,
            Target::Area(_) => Kind::Area,
            Target::Case { .. } => Kind::Case,
            Target::Level(_) => Kind::Level,
            Target::Support(_) => Kind::Support,
        }
    }
}

impl Kind {
    /// Its name in the page's classes (`search__kind--challenge`).
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Step => "step",
            Kind::Role => "role",
            Kind::Condition => "condition",
            Kind::Challenge => "challenge",
            Kind::Term => "term",
            Kind::Area => "area",
            Kind::Case => "case",
            Kind::Level => "level",
            Kind::Support => "support",
        }
    }

    /// Its name, as a result shows it: « Défi », "Winning condition"…
    pub fn name(self, lang: Lang) -> &'static str {
        let say = match self {
            Kind::Step => Say::KindStep,
            Kind::Role => Say::KindRole,
            Kind::Condition => Say::KindCondition,
            Kind::Challenge => Say::KindChallenge,
            Kind::Term => Say::KindTerm,
            Kind::Area => Say::KindArea,
            Kind::Case => Say::KindCase,
            Kind::Level => Say::KindLevel,
            Kind::Support => Say::KindSupport,
        };
        say.text(lang)
    }
}

/// One thing found: what it is, its title and a piece of its text, the words found marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub target: Target,
    /// The name of its kind, marked where the query names it (« défi »).
    pub kind: Marked,
    pub title: Marked,
    pub excerpt: Marked,
}

/// Where results are grouped: a step (its place in [`Roadmap::all_steps`]) or one of
/// the other parts of the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Step(usize),
    Glossary,
    Areas,
    Continuum,
    Supports,
}

/// How a word of the query was looked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// As a word of the texts.
    Word,
    /// No text has it as a word: words that begin with it.
    Beginning,
    /// No text has it: only the texts' words for it (its synonyms).
    Instead,
}

/// A word of the query, and how it was looked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// As typed.
    pub typed: String,
    pub found: Found,
    /// The texts' words the content's synonyms give for it, as written there.
    pub synonyms: Vec<String>,
}

/// The results of one query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    /// The words of the query; none when it is too short to search.
    pub terms: Vec<Term>,
    pub groups: Vec<(Group, Vec<Hit>)>,
}

impl Results {
    pub fn count(&self) -> usize {
        self.groups.iter().map(|(_, hits)| hits.len()).sum()
    }

    /// What the search found, as one sentence: « 5 résultats pour « rémunération »
    /// (le mot du texte pour « argent »). »; empty when there was nothing to search.
    pub fn summary(&self, lang: Lang, query: &str) -> String {
        if self.terms.is_empty() {
            return String::new();
        }
        let count = self.count();
        if count == 0 {
            return say::results_for(lang, 0, &say::quoted(lang, query.trim()));
        }
        let parts: Vec<String> = self
            .terms
            .iter()
            .map(|term| {
                let typed = say::quoted(lang, &term.typed);
                let synonyms = term.synonyms.iter().map(|word| say::quoted(lang, word));
                match term.found {
                    Found::Beginning => say::beginning_with(lang, &typed),
                    Found::Word => {
                        let words: Vec<String> = std::iter::once(typed).chain(synonyms).collect();
                        say::either(lang, &words)
                    }
                    Found::Instead => {
                        let words: Vec<String> = synonyms.collect();
                        let instead = say::words_for(lang, words.len(), &typed);
                        format!("{} {instead}", say::either(lang, &words))
                    }
                }
            })
            .collect();
        say::results_for(lang, count, &say::both(lang, &parts))
    }
}

/// One entry of the content as search reads it.
struct Entry {
    group: Group,
    target: Target,
    title: String,
    /// The text, without its light formatting.
    body: String,
}

/// Every entry of `roadmap` in `lang`, in the order of the content.
fn entries(roadmap: &Roadmap, lang: Lang) -> Vec<Entry> {
    let mut entries = Vec::new();
    let get = |text: &Text| text.get(lang).to_string();
    let mut add = |group: Group, target: Target, title: &str, body: &str| {
        entries.push(Entry {
            group,
            target,
            title: title.to_string(),
            body: markup::plain(body),
        });
    };
    for (index, step) in roadmap.all_steps().enumerate() {
        let group = Group::Step(index);
        let target = Target::Step(step.id.clone());
        add(group, target, step.title.get(lang), step.summary.get(lang));
        for part in Part::ALL {
            for item in step.items(part) {
                let target = Target::Item {
                    step: step.id.clone(),
                    part,
                    id: item.id.clone(),
                };
                add(group, target, item.title.get(lang), item.text.get(lang));
            }
        }
    }
    for entry in &roadmap.glossary {
        let target = Target::Glossary(entry.id.clone());
        let definition = get(&entry.definition);
        add(Group::Glossary, target, entry.term.get(lang), &definition);
    }
    for area in &roadmap.areas {
        let mut text = get(&area.summary);
        for activity in &area.activities {
            text.push(' ');
            text.push_str(activity.get(lang));
        }
        let name = tag_name(area.id, lang);
        add(Group::Areas, Target::Area(area.id), name, &text);
        for case in &area.cases {
            let target = Target::Case {
                area: area.id,
                id: case.id.clone(),
            };
            add(
                Group::Areas,
                target,
                case.title.get(lang),
                case.text.get(lang),
            );
        }
    }
    for level in &roadmap.continuum {
        let text = [&level.summary, &level.you, &level.example]
            .map(get)
            .join(" ");
        let name = match level_term(level.id, lang) {
            Some(term) => format!("{} ({term})", tag_name(level.id, lang)),
            None => tag_name(level.id, lang).to_string(),
        };
        add(Group::Continuum, Target::Level(level.id), &name, &text);
    }
    for support in &roadmap.supports {
        let target = Target::Support(support.id.clone());
        let text = support.text.get(lang);
        add(Group::Supports, target, support.title.get(lang), text);
    }
    entries
}

/// An entry's three searchable texts, folded: its kind's name, its title and its text.
struct Searchable<'a> {
    kind: Folded<'static>,
    title: Folded<'a>,
    body: Folded<'a>,
}

impl Searchable<'_> {
    fn contains(&self, needle: &Needle, lang: Lang) -> bool {
        self.kind.contains(needle, lang)
            || self.title.contains(needle, lang)
            || self.body.contains(needle, lang)
    }
}

/// The texts' words that the content's synonyms give for `word` (folded) in `lang`, as
/// written there, each once.
fn synonyms_of(roadmap: &Roadmap, lang: Lang, word: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for synonym in roadmap.synonyms.get(lang) {
        let named = synonym
            .words
            .iter()
            .any(|typed| same_word(&normalize(typed), word, lang));
        if !named {
            continue;
        }
        for finds in &synonym.finds {
            let folded = normalize(finds);
            if folded != word && !found.iter().any(|seen| normalize(seen) == folded) {
                found.push(finds.clone());
            }
        }
    }
    found
}

/// Whether `word` is a word of the texts search reads in `lang` (a synonym's `finds`
/// should be).
pub fn occurs(roadmap: &Roadmap, lang: Lang, word: &str) -> bool {
    let needle = Needle::new(normalize(word), lang, false);
    entries(roadmap, lang).iter().any(|entry| {
        let kind = entry.target.kind().name(lang);
        Folded::new(kind).contains(&needle, lang)
            || Folded::new(&entry.title).contains(&needle, lang)
            || Folded::new(&entry.body).contains(&needle, lang)
    })
}

/// Everything in `roadmap` that matches `query` in `lang`, in the order of the content:
/// an entry is found when each word of the query (or one of its synonyms) is in its
/// kind's name, its title or its text. A query with no word of [`MIN_QUERY`] characters
/// finds nothing.
pub fn search(roadmap: &Roadmap, lang: Lang, query: &str) -> Results {
    let typed = typed_words(query, lang);
    if typed.is_empty() {
        return Results::default();
    }
    let entries = entries(roadmap, lang);
    let texts: Vec<Searchable> = entries
        .iter()
        .map(|entry| Searchable {
            kind: Folded::new(entry.target.kind().name(lang)),
            title: Folded::new(&entry.title),
            body: Folded::new(&entry.body),
        })
        .collect();
    let mut terms = Vec::new();
    let mut needles: Vec<Vec<Needle>> = Vec::new();
    for typed in typed {
        let word = normalize(typed);
        let synonyms = synonyms_of(roadmap, lang, &word);
        let whole = Needle::new(word.clone(), lang, false);
        let found = if texts.iter().any(|text| text.contains(&whole, lang)) {
            Found::Word
        } else if synonyms.is_empty() {
            Found::Beginning
        } else {
            Found::Instead
        };
        let mut these: Vec<Needle> = match found {
            Found::Word => vec![whole],
            Found::Beginning => vec![Needle::new(word, lang, true)],
            Found::Instead => Vec::new(),
        };
        these.extend(
            synonyms
                .iter()
                .map(|synonym| Needle::new(normalize(synonym), lang, false)),
        );
        terms.push(Term {
            typed: typed.to_string(),
            found,
            synonyms,
        });
        needles.push(these);
    }
    let all: Vec<&Needle> = needles.iter().flatten().collect();
    let mut groups: Vec<(Group, Vec<Hit>)> = Vec::new();
    for (entry, text) in entries.iter().zip(&texts) {
        let found = needles
            .iter()
            .all(|these| these.iter().any(|needle| text.contains(needle, lang)));
        if !found {
            continue;
        }
        let hit = Hit {
            target: entry.target.clone(),
            kind: text.kind.all_marked(&all, lang),
            title: text.title.all_marked(&all, lang),
            excerpt: text.body.excerpt(&all, lang),
        };
        match groups.last_mut() {
            Some((last, hits)) if *last == entry.group => hits.push(hit),
            _ => groups.push((entry.group, vec![hit])),
        }
    }
    Results { terms, groups }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needles(query: &str, lang: Lang) -> Vec<Needle> {
        words(query, lang)
            .into_iter()
            .map(|word| Needle::new(word, lang, false))
            .collect()
    }

    fn marks(text: &str, query: &str, lang: Lang) -> Vec<String> {
        let needles = needles(query, lang);
        let all: Vec<&Needle> = needles.iter().collect();
        let folded = Folded::new(text);
        let marked = folded.all_marked(&all, lang);
        assert_eq!(marked.text(), text);
        marked.marks().into_iter().map(str::to_string).collect()
    }

    #[test]
    fn accents_case_and_ligatures_fold_away() {
        assert_eq!(normalize("Défi À CŒUR Ça"), "defi a coeur ca");
        assert_eq!(
            normalize("l’équipe\u{a0}«\u{a0}x\u{a0}»"),
            "l'equipe \" x \""
        );
        assert_eq!(normalize("de\u{301}fi"), "defi");
    }

    #[test]
    fn a_query_is_cut_into_words() {
        let fr = Lang::Fr;
        assert_eq!(words("l’équipe", fr), ["equipe"]);
        assert_eq!(
            words("co-construction, « défi »", fr),
            ["co", "construction", "defi"]
        );
        assert_eq!(words("Défi défi DEFI", fr), ["defi"]);
        assert_eq!(words("de\u{301}fi", fr), ["defi"]);
        assert!(words("a ’ -", fr).is_empty());
    }

    #[test]
    fn common_words_are_left_out_unless_there_is_nothing_else() {
        assert_eq!(words("How do I get paid?", Lang::En), ["paid"]);
        assert_eq!(words("le rôle des proches", Lang::Fr), ["role", "proches"]);
        assert_eq!(words("de", Lang::Fr), ["de"]);
        assert_eq!(words("the", Lang::Fr), ["the"]);
    }

    #[test]
    fn words_are_found_whole_with_their_endings() {
        let fr = Lang::Fr;
        assert_eq!(
            marks("Les Défis, un défi, définir.", "défi", fr),
            ["Défis", "défi"]
        );
        assert_eq!(marks("Un défi.", "DEFIS", fr), ["défi"]);
        assert_eq!(
            marks(
                "partager, partagé, partagées, partage, partenaire",
                "partager",
                fr
            ),
            ["partager", "partagé", "partagées", "partage"]
        );
        // An ending never leaves less than three letters: « parent » is not « par ».
        assert!(marks("par ici", "parent", fr).is_empty());
        assert!(marks("des", "de", fr).is_empty());
        let en = Lang::En;
        assert_eq!(
            marks("studies, a study, students", "study", en),
            ["studies", "study"]
        );
        assert_eq!(
            marks("learning, learned, learns, learner", "learn", en),
            ["learning", "learned", "learns"]
        );
        assert_eq!(marks("data, date", "data", en), ["data"]);
    }

    #[test]
    fn a_word_inside_a_word_is_not_found() {
        assert!(marks("coconstruction", "construction", Lang::Fr).is_empty());
        assert!(marks("partnership", "partner", Lang::En).is_empty());
    }

    #[test]
    fn marks_land_on_the_text_as_written() {
        assert_eq!(marks("cœur, CŒURS", "coeur", Lang::Fr), ["cœur", "CŒURS"]);
        assert_eq!(marks("l’équipe", "equipe", Lang::Fr), ["équipe"]);
    }

    #[test]
    fn a_beginning_finds_the_words_it_begins() {
        let needle = Needle::new("parten".into(), Lang::Fr, true);
        let folded = Folded::new("Les partenaires et le partenariat, non la part.");
        assert_eq!(
            folded.all_marked(&[&needle], Lang::Fr).marks(),
            ["partenaires", "partenariat"]
        );
    }

    #[test]
    fn a_long_text_is_cut_around_its_first_match() {
        let text = format!("{} cible {}", "mot ".repeat(80), "fin ".repeat(80));
        let folded = Folded::new(&text);
        let needles = needles("cible", Lang::Fr);
        let excerpt = folded.excerpt(&[&needles[0]], Lang::Fr);
        let shown = excerpt.text();
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(shown.chars().count() <= EXCERPT + 2, "{shown}");
        assert_eq!(excerpt.marks(), ["cible"]);
    }
}
