//! The shape of content/roadmap.json (read by `read.rs`, checked by `validate.rs`).

use crate::i18n::Lang;

/// A text written in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub fr: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

/// A list of words in both languages (the forms under which a glossary term appears).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextList {
    pub fr: Vec<String>,
    pub en: Vec<String>,
}

impl TextList {
    pub fn get(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

/// The whole roadmap.
#[derive(Clone, Debug, PartialEq)]
pub struct Roadmap {
    pub title: Text,
    /// Says that this is an adaptation, not the official text.
    pub notice: Text,
    pub introduction: Vec<Section>,
    /// The cross-cutting foundation drawn at the centre of the cycle (number 0).
    pub foundation: Step,
    /// The steps of the cycle, in the order of the loop (numbers 1, 2, …).
    pub steps: Vec<Step>,
    pub glossary: Vec<GlossaryEntry>,
    pub sources: Vec<Source>,
    pub credits: Credits,
}

/// A titled run of paragraphs (the introduction).
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: Text,
    pub paragraphs: Vec<Text>,
}

/// One step of the learning cycle, seen from the patients' and families' side.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub id: String,
    pub number: u32,
    pub title: Text,
    pub summary: Text,
    /// Prompts a workshop facilitator puts to the room (speaker view, handouts).
    pub questions: Vec<Text>,
    pub roles: Vec<Item>,
    pub conditions: Vec<Item>,
    pub challenges: Vec<Item>,
}

/// A role, a winning condition or a challenge.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: String,
    pub title: Text,
    pub text: Text,
    pub tags: Vec<Tag>,
    /// Keys of the entries of [`Roadmap::sources`] this item rests on.
    pub sources: Vec<String>,
}

/// Who acts (alone or together) and the area of involvement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tag {
    Individual,
    Collective,
    Governance,
    Care,
    Research,
    Teaching,
    Policy,
}

impl Tag {
    pub const ALL: [Tag; 7] = [
        Tag::Individual,
        Tag::Collective,
        Tag::Governance,
        Tag::Care,
        Tag::Research,
        Tag::Teaching,
        Tag::Policy,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Tag::Individual => "individual",
            Tag::Collective => "collective",
            Tag::Governance => "governance",
            Tag::Care => "care",
            Tag::Research => "research",
            Tag::Teaching => "teaching",
            Tag::Policy => "policy",
        }
    }
}

/// The three parts shown for every step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Roles,
    Conditions,
    Challenges,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Roles, Part::Conditions, Part::Challenges];

    /// The field name in the JSON file and the URL segment.
    pub fn slug(self) -> &'static str {
        match self {
            Part::Roles => "roles",
            Part::Conditions => "conditions",
            Part::Challenges => "challenges",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|part| part.slug() == slug)
    }
}

impl Step {
    pub fn items(&self, part: Part) -> &[Item] {
        match part {
            Part::Roles => &self.roles,
            Part::Conditions => &self.conditions,
            Part::Challenges => &self.challenges,
        }
    }

    pub fn is_foundation(&self) -> bool {
        self.number == 0
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct GlossaryEntry {
    pub id: String,
    pub term: Text,
    pub definition: Text,
    /// The words that link a text to this entry; the term itself when empty.
    pub forms: TextList,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub key: String,
    /// A short label such as "Boivin et al., 2018".
    pub label: Text,
    pub citation: Text,
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Credits {
    pub sections: Vec<CreditSection>,
    pub note: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CreditSection {
    pub heading: Text,
    pub names: Vec<String>,
}
