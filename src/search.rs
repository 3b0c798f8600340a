//! Search over everything the explorer shows (steps, items, glossary, areas and their
//! cases, the continuum, the supports) in one language, ignoring accents and case, so
//! that "defi" finds "défi"; results come grouped by step with the matches marked.

use crate::content::{Part, Roadmap, Tag, Text};
use crate::i18n::tag_name;
use crate::lang::Lang;
use crate::markup;

/// Fewer characters than this find too much to be of use.
pub const MIN_QUERY: usize = 2;
/// Characters of a text shown around its first match.
const EXCERPT: usize = 160;

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

/// The words of a query, normalized, longest first so that a word inside another is
/// marked as part of the longer one.
pub fn words(query: &str) -> Vec<String> {
    let mut words: Vec<String> = normalize(query)
        .split(|c: char| c.is_whitespace() || c == '"' || c == ',')
        .map(|word| word.trim_matches(|c: char| c == '\'' || c == '.'))
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect();
    words.sort_by_key(|word| std::cmp::Reverse(word.len()));
    words.dedup();
    words
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

    fn contains(&self, word: &str) -> bool {
        self.folded.contains(word)
    }

    /// The byte ranges of `text` where any of `words` occurs, sorted, not overlapping.
    fn ranges(&self, words: &[String]) -> Vec<(usize, usize)> {
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for word in words {
            for (at, found) in self.folded.match_indices(word.as_str()) {
                let start = self.origin[at].0;
                let end = self.origin[at + found.len() - 1].1;
                ranges.push((start, end));
            }
        }
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for (start, end) in ranges {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        merged
    }

    /// The part of the text from byte `from` to `to` (char boundaries), marked.
    fn marked(&self, words: &[String], from: usize, to: usize) -> Marked {
        let mut runs = Vec::new();
        let mut at = from;
        for (start, end) in self.ranges(words) {
            if end <= from || start >= to {
                continue;
            }
            let (start, end) = (start.max(from), end.min(to));
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

    /// About [`EXCERPT`] characters around the first match (from the start when there is
    /// none), cut at spaces, with "…" where text was left out.
    fn excerpt(&self, words: &[String]) -> Marked {
        let text = self.text;
        if text.chars().count() <= EXCERPT {
            return self.marked(words, 0, text.len());
        }
        let first = self.ranges(words).first().map_or(0, |range| range.0);
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
        let mut marked = self.marked(words, start, end);
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

/// One thing found: its title and a piece of its text, the matches marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub target: Target,
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

/// The results of one query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub groups: Vec<(Group, Vec<Hit>)>,
}

impl Results {
    pub fn count(&self) -> usize {
        self.groups.iter().map(|(_, hits)| hits.len()).sum()
    }
}

/// Gathers hits: an entry is found when each word of the query is in its title or its text.
struct Finder<'q> {
    words: &'q [String],
    groups: Vec<(Group, Vec<Hit>)>,
}

impl Finder<'_> {
    fn consider(&mut self, group: Group, target: Target, title: &str, text: &str) {
        let title = Folded::new(title);
        let plain = markup::plain(text);
        let body = Folded::new(&plain);
        let found = self
            .words
            .iter()
            .all(|word| title.contains(word) || body.contains(word));
        if !found {
            return;
        }
        let hit = Hit {
            target,
            title: title.marked(self.words, 0, title.text.len()),
            excerpt: body.excerpt(self.words),
        };
        match self.groups.last_mut() {
            Some((last, hits)) if *last == group => hits.push(hit),
            _ => self.groups.push((group, vec![hit])),
        }
    }
}

/// Everything in `roadmap` that matches `query` in `lang`, in the order of the content.
/// A query shorter than [`MIN_QUERY`] finds nothing.
pub fn search(roadmap: &Roadmap, lang: Lang, query: &str) -> Results {
    let words = words(query);
    if words.iter().map(|word| word.chars().count()).sum::<usize>() < MIN_QUERY {
        return Results::default();
    }
    let mut finder = Finder {
        words: &words,
        groups: Vec::new(),
    };
    let get = |text: &Text| text.get(lang).to_string();
    for (index, step) in roadmap.all_steps().enumerate() {
        let group = Group::Step(index);
        let target = Target::Step(step.id.clone());
        finder.consider(group, target, step.title.get(lang), step.summary.get(lang));
        for part in Part::ALL {
            for item in step.items(part) {
                let target = Target::Item {
                    step: step.id.clone(),
                    part,
                    id: item.id.clone(),
                };
                finder.consider(group, target, item.title.get(lang), item.text.get(lang));
            }
        }
    }
    for entry in &roadmap.glossary {
        let target = Target::Glossary(entry.id.clone());
        let definition = get(&entry.definition);
        finder.consider(Group::Glossary, target, entry.term.get(lang), &definition);
    }
    for area in &roadmap.areas {
        let mut text = get(&area.summary);
        for activity in &area.activities {
            text.push(' ');
            text.push_str(activity.get(lang));
        }
        let name = tag_name(area.id, lang);
        finder.consider(Group::Areas, Target::Area(area.id), name, &text);
        for case in &area.cases {
            let target = Target::Case {
                area: area.id,
                id: case.id.clone(),
            };
            finder.consider(
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
        let name = tag_name(level.id, lang);
        finder.consider(Group::Continuum, Target::Level(level.id), name, &text);
    }
    for support in &roadmap.supports {
        let target = Target::Support(support.id.clone());
        let text = support.text.get(lang);
        finder.consider(Group::Supports, target, support.title.get(lang), text);
    }
    Results {
        groups: finder.groups,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn marks_land_on_the_text_as_written() {
        let words = words("defi");
        let folded = Folded::new("Les Défis, un défi.");
        let marked = folded.marked(&words, 0, folded.text.len());
        assert_eq!(marked.marks(), ["Défi", "défi"]);
        assert_eq!(marked.text(), "Les Défis, un défi.");
    }

    #[test]
    fn a_ligature_is_marked_whole() {
        let folded = Folded::new("cœur");
        let marked = folded.marked(&words("oe"), 0, folded.text.len());
        assert_eq!(marked.marks(), ["œ"]);
    }

    #[test]
    fn overlapping_words_make_one_mark() {
        let folded = Folded::new("partenariat");
        let marked = folded.marked(&words("parte tenar"), 0, folded.text.len());
        assert_eq!(marked.marks(), ["partenar"]);
    }

    #[test]
    fn a_long_text_is_cut_around_its_first_match() {
        let text = format!("{} cible {}", "mot ".repeat(80), "fin ".repeat(80));
        let folded = Folded::new(&text);
        let excerpt = folded.excerpt(&words("cible"));
        let shown = excerpt.text();
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(shown.chars().count() <= EXCERPT + 2, "{shown}");
        assert_eq!(excerpt.marks(), ["cible"]);
    }
}
