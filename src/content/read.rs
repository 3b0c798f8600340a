//! Turns parsed JSON into the content model, field by field, keeping the JSON path of every
//! value so that each problem says where it is. It reads on past a problem, so an editor
//! sees all of them at once.
//!
//! Written by hand rather than derived: it reports in our words and both languages, with
//! the line and column of each value, and it is small in the wasm. Off wasm, the same field
//! lists also give the JSON Schema that content editors' editors read (schema.rs).

use super::json::{Json, Node};
use super::path::Path;

use super::model::{
    Area, Case, CreditSection, Credits, GlossaryEntry, Item, Level, Roadmap, Section, Source, Step,
    Support, SupportLevel, Tag, Text, TextList,
};
use super::problem::{JsonKind, Problem, ProblemKind};
#[cfg(not(target_arch = "wasm32"))]
use super::schema;
#[cfg(not(target_arch = "wasm32"))]
use super::validate::{MAX_GLOSSARY, MAX_ITEMS, MAX_STEPS};

/// Collects problems while reading.
#[derive(Default)]
pub(crate) struct Reader {
    pub problems: Vec<Problem>,
}

/// A type that can be read from a JSON value at a path.
pub(crate) trait FromJson: Sized {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self>;
}

fn kind_of(node: &Node) -> JsonKind {
    match node.value {
        Json::Null => JsonKind::Null,
        Json::Bool(_) => JsonKind::Boolean,
        Json::Number(_) => JsonKind::Number,
        Json::String(_) => JsonKind::Text,
        Json::Array(_) => JsonKind::List,
        Json::Object(_) => JsonKind::Object,
    }
}

impl Reader {
    fn report(&mut self, node: &Node, path: &Path, kind: ProblemKind) {
        let mut problem = Problem::new(path.render(), kind);
        problem.position = Some((node.line, node.column));
        self.problems.push(problem);
    }

    fn wrong_type(&mut self, node: &Node, path: &Path, expected: JsonKind) {
        let found = kind_of(node);
        self.report(node, path, ProblemKind::WrongType { expected, found });
    }

    /// The members of the object at `path`, after reporting any field not in `fields`
    /// and any field given twice.
    fn object<'n>(
        &mut self,
        node: &'n Node,
        path: &Path,
        fields: &[&str],
    ) -> Option<&'n [(String, Node)]> {
        let Json::Object(members) = &node.value else {
            self.wrong_type(node, path, JsonKind::Object);
            return None;
        };
        for (i, (name, value)) in members.iter().enumerate() {
            if !fields.contains(&name.as_str()) {
                self.report(
                    value,
                    &path.field(name),
                    ProblemKind::UnknownField(name.clone()),
                );
            } else if members[..i].iter().any(|(earlier, _)| earlier == name) {
                self.report(
                    value,
                    &path.field(name),
                    ProblemKind::DuplicateField(name.clone()),
                );
            }
        }
        Some(members)
    }

    /// A required field of the object `node`.
    fn field<T: FromJson>(
        &mut self,
        node: &Node,
        members: &[(String, Node)],
        path: &Path,
        name: &str,
    ) -> Option<T> {
        let field_path = path.field(name);
        match members.iter().find(|(key, _)| key == name) {
            Some((_, value)) => T::read(value, &field_path, self),
            None => {
                self.report(
                    node,
                    &field_path,
                    ProblemKind::MissingField(name.to_string()),
                );
                None
            }
        }
    }

    /// A field that may be left out; `Some(default)` when absent.
    fn optional<T: FromJson + Default>(
        &mut self,
        _node: &Node,
        members: &[(String, Node)],
        path: &Path,
        name: &str,
    ) -> Option<T> {
        match members.iter().find(|(key, _)| key == name) {
            Some((_, value)) => T::read(value, &path.field(name), self),
            None => Some(T::default()),
        }
    }
}

impl FromJson for String {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        match &node.value {
            Json::String(text) => Some(text.clone()),
            _ => {
                reader.wrong_type(node, path, JsonKind::Text);
                None
            }
        }
    }
}

impl FromJson for u32 {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        match node.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(number) => Some(number),
            None => {
                reader.wrong_type(node, path, JsonKind::WholeNumber);
                None
            }
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        let Json::Array(values) = &node.value else {
            reader.wrong_type(node, path, JsonKind::List);
            return None;
        };
        let mut items = Vec::with_capacity(values.len());
        let mut complete = true;
        for (i, value) in values.iter().enumerate() {
            match T::read(value, &path.index(i), reader) {
                Some(item) => items.push(item),
                None => complete = false,
            }
        }
        complete.then_some(items)
    }
}

impl FromJson for Option<String> {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        String::read(node, path, reader).map(Some)
    }
}

impl FromJson for Tag {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        let code = String::read(node, path, reader)?;
        let tag = Tag::from_code(&code);
        if tag.is_none() {
            reader.report(node, path, ProblemKind::UnknownValue(code));
        }
        tag
    }
}

impl FromJson for SupportLevel {
    fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
        let code = String::read(node, path, reader)?;
        let level = SupportLevel::ALL
            .into_iter()
            .find(|level| level.code() == code);
        if level.is_none() {
            reader.report(node, path, ProblemKind::UnknownValue(code));
        }
        level
    }
}

/// Reads a struct from one list of its fields, and off wasm describes the same fields in the
/// JSON Schema (schema.rs), so that the reader and the schema cannot drift apart.
///
/// Each field is `name: how.rules() => "doc"`: `how` is `field` (required) or `optional`
/// (may be left out); the rules (`title()`, `text()`, `slug()`, `url()`, `non_empty()`,
/// `at_most(n)`) repeat for editors what validate.rs checks, and only the schema reads them;
/// the doc says what the field is, French first then English. `ignoring` lists fields
/// accepted and left unread, such as `$schema`.
///
/// The reader tries every field, so that all problems are reported, and the struct exists
/// only if every field could be read.
macro_rules! read_struct {
    (
        $ty:ident: $doc:literal {
            $($field:ident: $how:ident $(.$rule:ident($($arg:expr),*))* => $field_doc:literal),*
            $(,)?
        }
        $(ignoring { $($extra:literal => $extra_doc:literal),* $(,)? })?
    ) => {
        impl FromJson for $ty {
            fn read(node: &Node, path: &Path, reader: &mut Reader) -> Option<Self> {
                let names = &[$(stringify!($field),)* $($($extra,)*)?];
                let members = reader.object(node, path, names)?;
                // Read, as the schema says, only to report one that is not a text.
                $($(let _ = reader.optional::<Option<String>>(node, members, path, $extra);)*)?
                $(let $field = reader.$how(node, members, path, stringify!($field));)*
                Some($ty { $($field: $field?),* })
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl schema::Describe for $ty {
            fn describe(rules: schema::Rules, defs: &mut schema::Defs) -> schema::Value {
                defs.structure(stringify!($ty), $doc, rules, |structure, defs| {
                    $($(structure.ignored($extra, $extra_doc);)*)?
                    $(
                        let field_rules = rules.inherited()$(.$rule($($arg),*))*;
                        // The field's own type gives its schema (see `field_schema`).
                        let shape =
                            schema::field_schema(|value: &$ty| &value.$field, field_rules, defs);
                        let (name, how) = (stringify!($field), stringify!($how));
                        structure.field(name, how, $field_doc, field_rules, shape);
                    )*
                })
            }
        }
    };
}

read_struct! {
    Text: "Un texte en français et en anglais. — A text in French and in English." {
        fr: field => "En français. — In French.",
        en: field => "En anglais. — In English.",
    }
}

read_struct! {
    TextList: "Des mots en français et en anglais. — Words in French and in English." {
        fr: field => "Les mots en français. — The words in French.",
        en: field => "Les mots en anglais. — The words in English.",
    }
}

read_struct! {
    Roadmap: "La feuille de route entière\u{a0}: titre, avis, introduction, fondation, étapes du cycle, glossaire, sources et crédits. — The whole roadmap: title, notice, introduction, foundation, cycle steps, glossary, sources and credits." {
        title: field.title() => "Titre de l’explorateur, en haut de chaque page. — The explorer’s title, at the top of every page.",
        notice: field.text() => "Avis qui précise que ce contenu est une adaptation, pas le texte officiel. — Notice saying that this content is an adaptation, not the official text.",
        introduction: field.non_empty() => "Les sections de l’introduction, dans l’ordre. — The sections of the introduction, in order.",
        foundation: field => "La fondation, au centre du cycle\u{a0}: une étape de numéro 0 qui vaut pour toutes les autres. — The foundation, at the centre of the cycle: a step numbered 0 that applies to all the others.",
        steps: field.non_empty().at_most(MAX_STEPS) => "Les étapes du cycle, dans l’ordre de la boucle, numérotées 1, 2, 3… — The steps of the cycle, in the order of the loop, numbered 1, 2, 3…",
        areas: optional.at_most(5) => "Les champs d’implication (gouvernance, soins et services, recherche, enseignement, influence politique), chacun au plus une fois, avec des cas réels. — The areas of involvement (governance, care, research, teaching, policy), each at most once, with real cases.",
        continuum: optional.at_most(4) => "Les niveaux du continuum de l’engagement, de l’information au partenariat, dans cet ordre. — The levels of the continuum of engagement, from information to partnership, in that order.",
        supports: optional.at_most(MAX_ITEMS) => "Les éléments de soutien à l’engagement, aux niveaux individuel, organisationnel et systémique, reliés aux conditions gagnantes. — The engagement support elements, at the individual, organizational and systemic levels, linked to the winning conditions.",
        glossary: field.at_most(MAX_GLOSSARY) => "Les termes expliqués. Les mots de leurs formes deviennent des liens dans les textes. — The terms explained. The words of their forms become links in the texts.",
        sources: field => "Les sources citées par les éléments et le glossaire. — The sources cited by the items and the glossary.",
        credits: field => "Les crédits\u{a0}: qui a fait quoi, et une note. — The credits: who did what, and a note.",
    }
    ignoring {
        "$schema" => "L’adresse de ce schéma, qui aide votre éditeur (complétion, erreurs). L’explorateur l’ignore. Laissez «\u{a0}./roadmap.schema.json\u{a0}». — The address of this schema, which helps your editor (completion, errors). The explorer ignores it. Leave “./roadmap.schema.json”.",
    }
}

read_struct! {
    Section: "Une section de l’introduction\u{a0}: un titre et ses paragraphes. — A section of the introduction: a heading and its paragraphs." {
        heading: field.title() => "Titre de la section. — The section’s heading.",
        paragraphs: field.non_empty().text() => "Les paragraphes, dans l’ordre. — The paragraphs, in order.",
    }
}

read_struct! {
    Step: "Une étape du cycle (ou la fondation), vue du côté des patients et des proches. — A step of the cycle (or the foundation), seen from the patients’ and families’ side." {
        id: field.slug() => "Identifiant de l’étape, dans l’adresse de ses pages. Ne le changez plus une fois publié. — The step’s id, in the address of its pages. Do not change it once published.",
        number: field => "Numéro de l’étape\u{a0}: 0 pour la fondation, puis 1, 2, 3… selon sa place dans «\u{a0}steps\u{a0}». — The step’s number: 0 for the foundation, then 1, 2, 3… by its place in “steps”.",
        title: field.title() => "Nom de l’étape, écrit sur le schéma du cycle. — The step’s name, written on the cycle diagram.",
        summary: field.text() => "Une phrase simple\u{a0}: ce qui se passe et pourquoi c’est important pour les patients et les proches. — One plain sentence: what happens and why it matters to patients and families.",
        questions: field.non_empty().at_most(MAX_ITEMS).text() => "Questions d’animation posées au groupe en atelier (mode présentation, documents imprimés). — Facilitator questions put to the room in a workshop (presentation mode, handouts).",
        roles: field.non_empty().at_most(MAX_ITEMS) => "Les rôles des patients, des proches et des proches aidants à cette étape. — The roles of patients, families and caregivers at this step.",
        conditions: field.non_empty().at_most(MAX_ITEMS) => "Les conditions gagnantes de cette étape. — The winning conditions of this step.",
        challenges: field.non_empty().at_most(MAX_ITEMS) => "Les défis de cette étape. — The challenges of this step.",
    }
}

read_struct! {
    Item: "Un rôle, une condition gagnante ou un défi. — A role, a winning condition or a challenge." {
        id: field.slug() => "Identifiant de l’élément, unique dans tout le fichier. Ne le changez plus une fois publié. — The item’s id, unique in the whole file. Do not change it once published.",
        title: field.title() => "Titre de l’élément. — The item’s title.",
        text: field.text() => "Le texte de l’élément, en une ou deux phrases simples. — The item’s text, in one or two plain sentences.",
        tags: optional => "Étiquettes\u{a0}: qui agit et dans quel domaine. — Tags: who acts and in which area.",
        sources: optional.slug() => "Les clés («\u{a0}key\u{a0}») des sources sur lesquelles l’élément repose. — The keys of the sources the item rests on.",
    }
}

read_struct! {
    Area: "Un champ d’implication des patients partenaires. — An area in which patient partners get involved." {
        id: field => "Le champ\u{a0}: governance, care, research, teaching ou policy. Son nom vient de l’explorateur. — The area: governance, care, research, teaching or policy. Its name comes from the explorer.",
        summary: field.text() => "Où cette implication a lieu et sur quelle expérience elle s’appuie. — Where this involvement happens and what experience it draws on.",
        activities: field.non_empty().at_most(MAX_ITEMS).text() => "Ce que les partenaires y font, une phrase chacun. — What partners do there, one sentence each.",
        cases: optional.at_most(MAX_ITEMS) => "Des cas réels. — Real cases.",
        sources: optional.slug() => "Les clés («\u{a0}key\u{a0}») des sources. — The keys of the sources.",
    }
}

read_struct! {
    Case: "Un cas réel de partenaires à l’œuvre. — A real case of partners at work." {
        id: field.slug() => "Identifiant du cas, unique dans tout le fichier. — The case’s id, unique in the whole file.",
        title: field.title() => "Titre du cas. — The case’s title.",
        text: field.text() => "Ce qui s’est passé, en quelques phrases simples. — What happened, in a few plain sentences.",
        sources: optional.slug() => "Les clés («\u{a0}key\u{a0}») des sources du cas. — The keys of the case’s sources.",
    }
}

read_struct! {
    Level: "Un niveau du continuum de l’engagement. — A level of the continuum of engagement." {
        id: field => "Le niveau\u{a0}: information, consultation, collaboration ou partnership. Son nom vient de l’explorateur. — The level: information, consultation, collaboration or partnership. Its name comes from the explorer.",
        summary: field.text() => "Ce qu’est ce niveau, en une ou deux phrases. — What this level is, in one or two sentences.",
        you: field.text() => "Ce que ce niveau veut dire pour vous, partenaire\u{a0}: ce que vous faites, votre influence. — What this level means for you as a partner: what you do, your influence.",
        example: field.text() => "Un exemple concret. — A concrete example.",
        sources: optional.slug() => "Les clés («\u{a0}key\u{a0}») des sources. — The keys of the sources.",
    }
}

read_struct! {
    Support: "Un élément qui soutient l’engagement. — An element that supports engagement." {
        id: field.slug() => "Identifiant de l’élément, unique dans tout le fichier. — The element’s id, unique in the whole file.",
        level: field => "Où il agit\u{a0}: individual, organizational ou systemic. — Where it acts: individual, organizational or systemic.",
        title: field.title() => "Nom de l’élément. — The element’s name.",
        text: field.text() => "Ce qu’il est et pourquoi il aide les partenaires. — What it is and why it helps partners.",
        conditions: field.non_empty().slug() => "Les identifiants des conditions gagnantes qu’il soutient. — The ids of the winning conditions it supports.",
        sources: optional.slug() => "Les clés («\u{a0}key\u{a0}») des sources. — The keys of the sources.",
    }
}

read_struct! {
    GlossaryEntry: "Un terme du glossaire et sa définition. — A glossary term and its definition." {
        id: field.slug() => "Identifiant du terme, unique dans tout le fichier. — The term’s id, unique in the whole file.",
        term: field.title() => "Le terme, tel qu’il s’affiche en titre. — The term, as shown in its heading.",
        definition: field.text() => "La définition, en langage simple. — The definition, in plain language.",
        forms: optional.title() => "Les formes du terme qui deviennent des liens dans les textes, en minuscules. Le terme lui-même si absent. — The forms of the term that become links in the texts, in lowercase. The term itself when left out.",
        sources: optional.slug() => "Les clés («\u{a0}key\u{a0}») des sources de la définition. — The keys of the definition’s sources.",
    }
}

read_struct! {
    Source: "Une source citée. — A cited source." {
        key: field.slug() => "La clé de la source, que les éléments citent dans leur liste «\u{a0}sources\u{a0}». — The source’s key, which items cite in their “sources” list.",
        label: field.title() => "Étiquette courte, comme «\u{a0}Boivin et al., 2018\u{a0}». — A short label such as “Boivin et al., 2018”.",
        citation: field.text() => "La référence complète. — The full reference.",
        url: optional.url() => "L’adresse web de la source, s’il y en a une. — The source’s web address, if it has one.",
    }
}

read_struct! {
    Credits: "Les crédits. — The credits." {
        sections: field => "Les groupes de personnes remerciées, chacun sous son titre. — The groups of people thanked, each under its heading.",
        note: field.text() => "Une note de remerciements et de précisions. — A note of thanks and clarifications.",
    }
}

read_struct! {
    CreditSection: "Un groupe de personnes sous un titre. — A group of people under a heading." {
        heading: field.title() => "Titre du groupe. — The group’s heading.",
        names: field.non_empty().title() => "Les noms, tels qu’ils doivent s’afficher. — The names, as they must be shown.",
    }
}

/// The line and column of the value at `path` (as the validator writes paths:
/// `steps[2].challenges[0].text.fr`), for problems found after reading.
pub(crate) fn locate(root: &Node, path: &str) -> Option<(usize, usize)> {
    let mut node = root;
    for segment in path.split('.').filter(|segment| !segment.is_empty()) {
        let (name, indices) = segment
            .split_once('[')
            .map_or((segment, ""), |(name, rest)| (name, rest));
        if !name.is_empty() {
            let Json::Object(members) = &node.value else {
                return None;
            };
            node = &members.iter().find(|(key, _)| key == name)?.1;
        }
        for index in indices.split('[').filter(|index| !index.is_empty()) {
            let index: usize = index.trim_end_matches(']').parse().ok()?;
            let Json::Array(items) = &node.value else {
                return None;
            };
            node = items.get(index)?;
        }
    }
    Some((node.line, node.column))
}
