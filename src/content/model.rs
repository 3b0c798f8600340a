//! The shape of content/roadmap.json: read by serde (`parse` in content.rs), checked by
//! validate.rs.
//!
//! The `#[doc = …]` of each type and field that a content file holds is also its description
//! in the JSON Schema that content editors' editors read (schema.rs, native only): French,
//! " — ", then English, with `\u{a0}` for French's no-break spaces. The `schemars`
//! attributes give the schema what the validator checks beyond the types (lengths, slugs,
//! list sizes), with the validator's constants; the validator stays the authority.

use serde::Deserialize;

use crate::lang::Lang;

#[cfg(not(target_arch = "wasm32"))]
use super::schema::{
    LongText, ShortText, ShortTextList, NOT_BLANK_PATTERN, ONE_WORD_PATTERN, SLUG_PATTERN,
    URL_PATTERN,
};
#[cfg(not(target_arch = "wasm32"))]
use super::validate::{
    MAX_FORMS, MAX_GLOSSARY, MAX_ITEMS, MAX_STEPS, MAX_SYNONYMS, MAX_TITLE, MAX_WORD,
};

/// Reads each struct from a JSON object only. serde's derived structs also read a list as
/// their fields in order, so that `"title": ["a", "b"]` would pass for a text; an editor's
/// slip would then become content. Each struct's derive is therefore `remote = "Self"`,
/// which makes it an inherent `Type::deserialize`, and the trait's `deserialize` below
/// hands it the members of an object, or refuses anything else as not an object. So read
/// a model type with `<Type as Deserialize>::deserialize` (or through serde_json), never
/// `Type::deserialize`, which names the derived one.
macro_rules! objects_only {
    ($($ty:ident),* $(,)?) => {$(
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Object;
                impl<'de> serde::de::Visitor<'de> for Object {
                    type Value = $ty;
                    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                        formatter.write_str("an object")
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<$ty, A::Error> {
                        $ty::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    }
                }
                deserializer.deserialize_map(Object)
            }
        }
    )*};
}

objects_only!(
    Text,
    TextList,
    Roadmap,
    Section,
    Step,
    Item,
    Area,
    Case,
    Level,
    Support,
    GlossaryEntry,
    Synonyms,
    Synonym,
    Source,
    Credits,
    CreditSection,
);

/// A text written in both languages. The schema describes it as a `ShortText` or a
/// `LongText` (schema.rs), by the limit the validator applies to the field.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
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

/// A list of words in both languages (the forms under which a glossary term appears); the
/// schema describes it as a `ShortTextList` (schema.rs).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
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

/// The `"$schema"` line of a content file: it serves the editor, so the explorer checks
/// only that it is a text, and keeps nothing of it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SchemaLine;

impl<'de> Deserialize<'de> for SchemaLine {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = SchemaLine;
            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<SchemaLine, E> {
                Ok(SchemaLine)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for SchemaLine {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SchemaLine".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string" })
    }
}

#[doc = "La feuille de route entière\u{a0}: titre, avis, introduction, socle, étapes du cycle, glossaire, sources et crédits. — The whole roadmap: title, notice, introduction, foundation, cycle steps, glossary, sources and credits."]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Roadmap"))]
pub struct Roadmap {
    #[doc = "L’adresse de ce schéma, qui aide votre éditeur (complétion, erreurs). L’explorateur l’ignore. Laissez «\u{a0}./roadmap.schema.json\u{a0}». — The address of this schema, which helps your editor (completion, errors). The explorer ignores it. Leave “./roadmap.schema.json”."]
    #[serde(rename = "$schema", default)]
    pub schema: SchemaLine,
    #[doc = "Titre de l’explorateur, en haut de chaque page. — The explorer’s title, at the top of every page."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "ShortText"))]
    pub title: Text,
    // Says that this is an adaptation, not the official text.
    #[doc = "Avis qui précise que ce contenu est une adaptation, pas le texte officiel. — Notice saying that this content is an adaptation, not the official text."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "LongText"))]
    pub notice: Text,
    #[doc = "Les sections de l’introduction, dans l’ordre. — The sections of the introduction, in order."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1)))]
    pub introduction: Vec<Section>,
    // The cross-cutting foundation drawn at the centre of the cycle (number 0).
    #[doc = "Le socle, au centre du cycle\u{a0}: une étape de numéro 0 qui vaut pour toutes les autres. — The foundation, at the centre of the cycle: a step numbered 0 that applies to all the others."]
    pub foundation: Step,
    // The steps of the cycle, in the order of the loop (numbers 1, 2, …).
    #[doc = "Les étapes du cycle, dans l’ordre de la boucle, numérotées 1, 2, 3… — The steps of the cycle, in the order of the loop, numbered 1, 2, 3…"]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = MAX_STEPS)))]
    pub steps: Vec<Step>,
    // The five areas in which partners get involved, with real cases.
    #[doc = "Les champs d’implication (gouvernance, soins et services, recherche, enseignement, influence politique), chacun au plus une fois, avec des cas réels. — The areas of involvement (governance, care, research, teaching, policy), each at most once, with real cases."]
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 5)))]
    pub areas: Vec<Area>,
    // The levels of the continuum of engagement, from information to partnership.
    #[doc = "Les niveaux du continuum de l’engagement, de l’information au partenariat, dans cet ordre. — The levels of the continuum of engagement, from information to partnership, in that order."]
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 4)))]
    pub continuum: Vec<Level>,
    // What helps partnership work, at the individual, organizational and systemic levels.
    #[doc = "Les éléments de soutien à l’engagement, aux niveaux individuel, organisationnel et systémique, reliés aux conditions gagnantes. — The engagement support elements, at the individual, organizational and systemic levels, linked to the winning conditions."]
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_ITEMS)))]
    pub supports: Vec<Support>,
    #[doc = "Les termes expliqués. Les mots de leurs formes deviennent des liens dans les textes. — The terms explained. The words of their forms become links in the texts."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_GLOSSARY)))]
    pub glossary: Vec<GlossaryEntry>,
    // Words people type in the search, leading to the words the texts use.
    #[doc = "Pour la recherche\u{a0}: des mots que les gens tapent, et les mots du texte qu’ils trouvent («\u{a0}argent\u{a0}» → «\u{a0}rémunération\u{a0}»), dans chaque langue. — For the search: words people type, and the words of the text they find (“money” → “pay”), in each language."]
    #[serde(default)]
    pub synonyms: Synonyms,
    #[doc = "Les sources citées par les éléments et le glossaire. — The sources cited by the items and the glossary."]
    pub sources: Vec<Source>,
    #[doc = "Les crédits\u{a0}: qui a fait quoi, et une note. — The credits: who did what, and a note."]
    pub credits: Credits,
}

// A titled run of paragraphs (the introduction).
#[doc = "Une section de l’introduction\u{a0}: un titre et ses paragraphes. — A section of the introduction: a heading and its paragraphs."]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Section"))]
pub struct Section {
    #[doc = "Titre de la section. — The section’s heading."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "ShortText"))]
    pub heading: Text,
    #[doc = "Les paragraphes, dans l’ordre. — The paragraphs, in order."]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Vec<LongText>", length(min = 1))
    )]
    pub paragraphs: Vec<Text>,
}

#[doc = "Une étape du cycle (ou le socle), vue du côté des patients et des proches. — A step of the cycle (or the foundation), seen from the patients’ and families’ side."]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Step"))]
pub struct Step {
    #[doc = "Identifiant de l’étape, dans l’adresse de ses pages. Ne le changez plus une fois publié. — The step’s id, in the address of its pages. Do not change it once published."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = SLUG_PATTERN)))]
    pub id: String,
    #[doc = "Numéro de l’étape\u{a0}: 0 pour le socle, puis 1, 2, 3… selon sa place dans «\u{a0}steps\u{a0}». — The step’s number: 0 for the foundation, then 1, 2, 3… by its place in “steps”."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(max = u32::MAX)))]
    pub number: u32,
    #[doc = "Nom de l’étape, écrit sur le schéma du cycle. — The step’s name, written on the cycle diagram."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "ShortText"))]
    pub title: Text,
    #[doc = "Une phrase simple\u{a0}: ce qui se passe et pourquoi c’est important pour les patients et les proches. — One plain sentence: what happens and why it matters to patients and families."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "LongText"))]
    pub summary: Text,
    // Prompts a workshop facilitator puts to the room (speaker view, handouts).
    #[doc = "Questions d’animation posées au groupe en atelier (mode présentation, documents imprimés). — Facilitator questions put to the room in a workshop (presentation mode, handouts)."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Vec<LongText>", length(min = 1, max = MAX_ITEMS)))]
    pub questions: Vec<Text>,
    #[doc = "Les rôles des patients, des proches et des personnes proches aidantes à cette étape. — The roles of patients, families and caregivers at this step."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = MAX_ITEMS)))]
    pub roles: Vec<Item>,
    #[doc = "Les conditions gagnantes de cette étape. — The winning conditions of this step."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = MAX_ITEMS)))]
    pub conditions: Vec<Item>,
    #[doc = "Les défis de cette étape. — The challenges of this step."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = MAX_ITEMS)))]
    pub challenges: Vec<Item>,
}

#[doc = "Un rôle, une condition gagnante ou un défi. — A role, a winning condition or a challenge."]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Item"))]
pub struct Item {
    #[doc = "Identifiant de l’élément, unique dans tout le fichier. Ne le changez plus une fois publié. — The item’s id, unique in the whole file. Do not change it once published."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = SLUG_PATTERN)))]
    pub id: String,
    #[doc = "Titre de l’élément. — The item’s title."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "ShortText"))]
    pub title: Text,
    #[doc = "Le texte de l’élément, en une ou deux phrases simples. — The item’s text, in one or two plain sentences."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "LongText"))]
    pub text: Text,
    #[doc = "Étiquettes\u{a0}: qui agit et dans quel domaine. — Tags: who acts and in which area."]
    #[serde(default)]
    pub tags: Vec<Tag>,
    // Keys of the entries of [`Roadmap::sources`] this item rests on.
    #[doc = "Les clés («\u{a0}key\u{a0}») des sources sur lesquelles l’élément repose. — The keys of the sources the item rests on."]
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(inner(regex(pattern = SLUG_PATTERN))))]
    pub sources: Vec<String>,
}

/// A lens on the content: who an item concerns, whether a role is taken alone or with
/// others, its area of involvement and its level on the continuum of engagement. Read
/// from its code (`"patient"`); schema.rs describes it for editors.
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

    /// Every tag's code, in the order of [`Tag::ALL`].
    pub const CODES: [&'static str; 14] = {
        let mut codes = [""; 14];
        let mut i = 0;
        while i < codes.len() {
            codes[i] = Tag::ALL[i].code();
            i += 1;
        }
        codes
    };

    pub const fn code(self) -> &'static str {
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

// An area of involvement (governance, care, research…): what partners do there, with
// real cases.
#[doc = "Un champ d’implication des patients partenaires. — An area in which patient partners get involved."]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Area"))]
pub struct Area {
    // One of the area tags, so that the area's page and the lens agree.
    #[doc = "Le champ\u{a0}: governance, care, research, teaching ou policy. Son nom vient de l’explorateur. — The area: governance, care, research, teaching or policy. Its name comes from the explorer."]
    pub id: Tag,
    #[doc = "Où cette implication a lieu et sur quelle expérience elle s’appuie. — Where this involvement happens and what experience it draws on."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "LongText"))]
    pub summary: Text,
    #[doc = "Ce que les partenaires y font, une phrase chacun. — What partners do there, one sentence each."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Vec<LongText>", length(min = 1, max = MAX_ITEMS)))]
    pub activities: Vec<Text>,
    #[doc = "Des cas réels. — Real cases."]
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_ITEMS)))]
    pub cases: Vec<Case>,
    #[doc = "Les clés («\u{a0}key\u{a0}») des sources. — The keys of the sources."]
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(inner(regex(pattern = SLUG_PATTERN))))]
    pub sources: Vec<String>,
}

// A real example of partners at work.
#[doc = "Un cas réel de partenaires à l’œuvre. — A real case of partners at work."]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Case"))]
pub struct Case {
    #[doc = "Identifiant du cas, unique dans tout le fichier. — The case’s id, unique in the whole file."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = SLUG_PATTERN)))]
    pub id: String,
    #[doc = "Titre du cas. — The case’s title."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "ShortText"))]
    pub title: Text,
    #[doc = "Ce qui s’est passé, en quelques phrases simples. — What happened, in a few plain sentences."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "LongText"))]
    pub text: Text,
    #[doc = "Les clés («\u{a0}key\u{a0}») des sources du cas. — The keys of the case’s sources."]
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(inner(regex(pattern = SLUG_PATTERN))))]
    pub sources: Vec<String>,
}

#[doc = "Un niveau du continuum de l’engagement. — A level of the continuum of engagement."]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Level"))]
pub struct Level {
    // One of the level tags.
    #[doc = "Le niveau\u{a0}: information, consultation, collaboration ou partnership. Son nom vient de l’explorateur. — The level: information, consultation, collaboration or partnership. Its name comes from the explorer."]
    pub id: Tag,
    #[doc = "Ce qu’est ce niveau, en une ou deux phrases. — What this level is, in one or two sentences."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "LongText"))]
    pub summary: Text,
    // What the level means for a patient or family partner.
    #[doc = "Ce que ce niveau veut dire pour vous, partenaire\u{a0}: ce que vous faites, votre influence. — What this level means for you as a partner: what you do, your influence."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "LongText"))]
    pub you: Text,
    #[doc = "Un exemple concret. — A concrete example."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "LongText"))]
    pub example: Text,
    #[doc = "Les clés («\u{a0}key\u{a0}») des sources. — The keys of the sources."]
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(inner(regex(pattern = SLUG_PATTERN))))]
    pub sources: Vec<String>,
}

/// Where an engagement support element acts (Boivin et al., 2018). Read from its code
/// (`"systemic"`); schema.rs describes it for editors.
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

    /// Every level's code, in the order of [`SupportLevel::ALL`].
    pub const CODES: [&'static str; 3] = [
        SupportLevel::Individual.code(),
        SupportLevel::Organizational.code(),
        SupportLevel::Systemic.code(),
    ];

    pub const fn code(self) -> &'static str {
        match self {
            SupportLevel::Individual => "individual",
            SupportLevel::Organizational => "organizational",
            SupportLevel::Systemic => "systemic",
        }
    }
}

impl<'de> Deserialize<'de> for Tag {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        one_of(deserializer, Tag::from_code, &Tag::CODES)
    }
}

impl<'de> Deserialize<'de> for SupportLevel {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let find = |code: &str| {
            SupportLevel::ALL
                .into_iter()
                .find(|level| level.code() == code)
        };
        one_of(deserializer, find, &SupportLevel::CODES)
    }
}

/// A value written as one of `codes`: a number or a list there is a value of the wrong
/// type, and any other text an unknown value. Refused inside the visitor, so that serde_json
/// says it stopped on the text itself (refusal.rs finds the path from there).
fn one_of<'de, D, T>(
    deserializer: D,
    find: fn(&str) -> Option<T>,
    codes: &'static [&'static str],
) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Code<T> {
        find: fn(&str) -> Option<T>,
        codes: &'static [&'static str],
    }
    impl<T> serde::de::Visitor<'_> for Code<T> {
        type Value = T;
        fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
            formatter.write_str("a string")
        }
        fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<T, E> {
            (self.find)(code).ok_or_else(|| E::unknown_variant(code, self.codes))
        }
    }
    deserializer.deserialize_str(Code { find, codes })
}

// Something that helps partnership work, linked to the winning conditions it serves.
#[doc = "Un élément qui soutient l’engagement. — An element that supports engagement."]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Support"))]
pub struct Support {
    #[doc = "Identifiant de l’élément, unique dans tout le fichier. — The element’s id, unique in the whole file."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = SLUG_PATTERN)))]
    pub id: String,
    #[doc = "Où il agit\u{a0}: individual, organizational ou systemic. — Where it acts: individual, organizational or systemic."]
    pub level: SupportLevel,
    #[doc = "Nom de l’élément. — The element’s name."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "ShortText"))]
    pub title: Text,
    #[doc = "Ce qu’il est et pourquoi il aide les partenaires. — What it is and why it helps partners."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "LongText"))]
    pub text: Text,
    // Ids of winning conditions (items of a step's `conditions`).
    #[doc = "Les identifiants des conditions gagnantes qu’il soutient. — The ids of the winning conditions it supports."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1), inner(regex(pattern = SLUG_PATTERN))))]
    pub conditions: Vec<String>,
    #[doc = "Les clés («\u{a0}key\u{a0}») des sources. — The keys of the sources."]
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(inner(regex(pattern = SLUG_PATTERN))))]
    pub sources: Vec<String>,
}

#[doc = "Un terme du glossaire et sa définition. — A glossary term and its definition."]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "GlossaryEntry"))]
pub struct GlossaryEntry {
    #[doc = "Identifiant du terme, unique dans tout le fichier. — The term’s id, unique in the whole file."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = SLUG_PATTERN)))]
    pub id: String,
    #[doc = "Le terme, tel qu’il s’affiche en titre. — The term, as shown in its heading."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "ShortText"))]
    pub term: Text,
    #[doc = "La définition, en langage simple. — The definition, in plain language."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "LongText"))]
    pub definition: Text,
    // The words that link a text to this entry; the term itself when empty.
    #[doc = "Les formes du terme qui deviennent des liens dans les textes, en minuscules. Le terme lui-même si absent. — The forms of the term that become links in the texts, in lowercase. The term itself when left out."]
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "ShortTextList"))]
    pub forms: TextList,
    #[doc = "Les clés («\u{a0}key\u{a0}») des sources de la définition. — The keys of the definition’s sources."]
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(inner(regex(pattern = SLUG_PATTERN))))]
    pub sources: Vec<String>,
}

#[doc = "Les synonymes de la recherche, dans chaque langue. — The search’s synonyms, in each language."]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Synonyms"))]
pub struct Synonyms {
    #[doc = "Les synonymes en français. — The synonyms in French."]
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_SYNONYMS)))]
    pub fr: Vec<Synonym>,
    #[doc = "Les synonymes en anglais. — The synonyms in English."]
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_SYNONYMS)))]
    pub en: Vec<Synonym>,
}

impl Synonyms {
    pub fn get(&self, lang: Lang) -> &[Synonym] {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

// One language's words people type (`words`) and the words of the text they lead to
// (`finds`), each one word.
#[doc = "Des mots que les gens tapent, et les mots du texte qu’ils trouvent. — Words people type, and the words of the text they find."]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Synonym"))]
pub struct Synonym {
    #[doc = "Les mots qu’une personne pourrait taper (par exemple «\u{a0}argent\u{a0}», «\u{a0}salaire\u{a0}»). Les accents, les majuscules, le pluriel et le féminin ne comptent pas. — The words a person might type (for example “money”, “salary”). Accents, capitals and plurals do not matter."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = MAX_FORMS), inner(length(min = 1, max = MAX_WORD), regex(pattern = ONE_WORD_PATTERN))))]
    pub words: Vec<String>,
    #[doc = "Les mots du texte qu’ils trouvent, tels qu’ils y sont écrits (par exemple «\u{a0}rémunération\u{a0}»)\u{a0}: la recherche les affiche. — The words of the text they find, as written there (for example “pay”): the search shows them."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = MAX_FORMS), inner(length(min = 1, max = MAX_WORD), regex(pattern = ONE_WORD_PATTERN))))]
    pub finds: Vec<String>,
}

#[doc = "Une source citée. — A cited source."]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Source"))]
pub struct Source {
    #[doc = "La clé de la source, que les éléments citent dans leur liste «\u{a0}sources\u{a0}». — The source’s key, which items cite in their “sources” list."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = SLUG_PATTERN)))]
    pub key: String,
    // A short label such as "Boivin et al., 2018".
    #[doc = "Étiquette courte, comme «\u{a0}Boivin et al., 2018\u{a0}». — A short label such as “Boivin et al., 2018”."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "ShortText"))]
    pub label: Text,
    #[doc = "La référence complète. — The full reference."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "LongText"))]
    pub citation: Text,
    // `null` is refused as the schema refuses it: a source without address leaves the
    // field out.
    #[doc = "L’adresse web de la source, s’il y en a une. — The source’s web address, if it has one."]
    #[serde(default, deserialize_with = "some_text")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "String", url, regex(pattern = URL_PATTERN)))]
    pub url: Option<String>,
}

/// A text that is present: `Some`, and never `null`.
fn some_text<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    String::deserialize(deserializer).map(Some)
}

#[doc = "Les crédits. — The credits."]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Credits"))]
pub struct Credits {
    #[doc = "Les groupes de personnes remerciées, chacun sous son titre. — The groups of people thanked, each under its heading."]
    pub sections: Vec<CreditSection>,
    #[doc = "Une note de remerciements et de précisions. — A note of thanks and clarifications."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "LongText"))]
    pub note: Text,
}

#[doc = "Un groupe de personnes sous un titre. — A group of people under a heading."]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "CreditSection"))]
pub struct CreditSection {
    #[doc = "Titre du groupe. — The group’s heading."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "ShortText"))]
    pub heading: Text,
    #[doc = "Les noms, tels qu’ils doivent s’afficher. — The names, as they must be shown."]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1), inner(length(min = 1, max = MAX_TITLE), regex(pattern = NOT_BLANK_PATTERN))))]
    pub names: Vec<String>,
}
