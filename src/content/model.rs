//! The shape of content/roadmap.json (read by `read.rs`, checked by `validate.rs`).

use crate::lang::Lang;

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
    /// The five areas in which partners get involved, with real cases.
    pub areas: Vec<Area>,
    /// The levels of the continuum of engagement, from information to partnership.
    pub continuum: Vec<Level>,
    /// What helps partnership work, at the individual, organizational and systemic levels.
    pub supports: Vec<Support>,
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

/// A lens on the content: who an item concerns, whether a role is taken alone or with
/// others, its area of involvement and its level on the continuum of engagement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tag {
    Patient,
    Family,
    Caregiver,
    Individual,
    Collective,
    Governance,
    Care,
    Research,
    Teaching,
    Policy,
    Information,
    Consultation,
    Collaboration,
    Partnership,
}

/// The four ways to look at the content; each tag belongs to one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    Who,
    Scope,
    Area,
    Level,
}

impl Facet {
    pub const ALL: [Facet; 4] = [Facet::Who, Facet::Scope, Facet::Area, Facet::Level];

    /// The parameter name in the URL (`?who=family`).
    pub fn key(self) -> &'static str {
        match self {
            Facet::Who => "who",
            Facet::Scope => "scope",
            Facet::Area => "area",
            Facet::Level => "level",
        }
    }

    pub fn tags(self) -> &'static [Tag] {
        match self {
            Facet::Who => &[Tag::Patient, Tag::Family, Tag::Caregiver],
            Facet::Scope => &[Tag::Individual, Tag::Collective],
            Facet::Area => &[
                Tag::Governance,
                Tag::Care,
                Tag::Research,
                Tag::Teaching,
                Tag::Policy,
            ],
            Facet::Level => &[
                Tag::Information,
                Tag::Consultation,
                Tag::Collaboration,
                Tag::Partnership,
            ],
        }
    }
}

impl Tag {
    pub const ALL: [Tag; 14] = [
        Tag::Patient,
        Tag::Family,
        Tag::Caregiver,
        Tag::Individual,
        Tag::Collective,
        Tag::Governance,
        Tag::Care,
        Tag::Research,
        Tag::Teaching,
        Tag::Policy,
        Tag::Information,
        Tag::Consultation,
        Tag::Collaboration,
        Tag::Partnership,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Tag::Patient => "patient",
            Tag::Family => "family",
            Tag::Caregiver => "caregiver",
            Tag::Individual => "individual",
            Tag::Collective => "collective",
            Tag::Governance => "governance",
            Tag::Care => "care",
            Tag::Research => "research",
            Tag::Teaching => "teaching",
            Tag::Policy => "policy",
            Tag::Information => "information",
            Tag::Consultation => "consultation",
            Tag::Collaboration => "collaboration",
            Tag::Partnership => "partnership",
        }
    }

    pub fn from_code(code: &str) -> Option<Tag> {
        Tag::ALL.into_iter().find(|tag| tag.code() == code)
    }

    pub fn facet(self) -> Facet {
        match self {
            Tag::Patient | Tag::Family | Tag::Caregiver => Facet::Who,
            Tag::Individual | Tag::Collective => Facet::Scope,
            Tag::Governance | Tag::Care | Tag::Research | Tag::Teaching | Tag::Policy => {
                Facet::Area
            }
            Tag::Information | Tag::Consultation | Tag::Collaboration | Tag::Partnership => {
                Facet::Level
            }
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

/// An area of involvement (governance, care, research…): what partners do there, with
/// real cases.
#[derive(Clone, Debug, PartialEq)]
pub struct Area {
    /// One of the area tags, so that the area's page and the lens agree.
    pub id: Tag,
    pub summary: Text,
    pub activities: Vec<Text>,
    pub cases: Vec<Case>,
    pub sources: Vec<String>,
}

/// A real example of partners at work.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    pub id: String,
    pub title: Text,
    pub text: Text,
    pub sources: Vec<String>,
}

/// A level of the continuum of engagement.
#[derive(Clone, Debug, PartialEq)]
pub struct Level {
    /// One of the level tags.
    pub id: Tag,
    pub summary: Text,
    /// What the level means for a patient or family partner.
    pub you: Text,
    pub example: Text,
    pub sources: Vec<String>,
}

/// Where an engagement support element acts (Boivin et al., 2018).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SupportLevel {
    Individual,
    Organizational,
    Systemic,
}

impl SupportLevel {
    pub const ALL: [SupportLevel; 3] = [
        SupportLevel::Individual,
        SupportLevel::Organizational,
        SupportLevel::Systemic,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SupportLevel::Individual => "individual",
            SupportLevel::Organizational => "organizational",
            SupportLevel::Systemic => "systemic",
        }
    }
}

/// Something that helps partnership work, linked to the winning conditions it serves.
#[derive(Clone, Debug, PartialEq)]
pub struct Support {
    pub id: String,
    pub level: SupportLevel,
    pub title: Text,
    pub text: Text,
    /// Ids of winning conditions (items of a step's `conditions`).
    pub conditions: Vec<String>,
    pub sources: Vec<String>,
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
