//! The strings of find.html's pages (search, getting involved, "Where could I start?",
//! my roadmap). Only find.html's wasm uses them, so the explorer's does not carry them.

use super::tag_name;
use crate::content::Tag;
use crate::lang::Lang;
use crate::personal::{ImportReport, MAX_NOTE};
use crate::start::Reason;

/// A fixed string of the find pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Say {
    SearchLabel,
    SearchHint,
    KindStep,
    KindRole,
    KindCondition,
    KindChallenge,
    KindTerm,
    KindArea,
    KindCase,
    KindLevel,
    KindSupport,
    GroupGlossary,
    Remove,
    ImportDone,
    NothingChanged,
    MinePrivacy,
    KeepACopy,
    Export,
    PrintMine,
    Import,
    ClearSure,
    ClearYes,
    ClearNo,
    ClearAll,
    WhatPartnersDo,
    RealCases,
    SeeOnTheCycle,
    AreasLead,
    NotInThisRoadmap,
    ForYou,
    Example,
    RolesAtLevel,
    ContinuumLead,
    LessInfluence,
    MoreInfluence,
    ContinuumScale,
    ChooseLevel,
    SupportsConditions,
    SupportsLead,
    StartLead,
    StartExperience,
    StartTime,
    StartInterests,
    StartGroups,
    StartResults,
    StartHint,
    StartNothing,
    StartClear,
    StartSee,
    StartSeeWhy,
    StartWhy,
}

impl Say {
    pub fn text(self, lang: Lang) -> &'static str {
        use Lang::{En, Fr};
        use Say::*;
        match (self, lang) {
            (SearchLabel, Fr) => "Mots à chercher dans la feuille de route",
            (SearchLabel, En) => "Words to look for in the roadmap",
            (SearchHint, Fr) => "Par exemple : défi, argent, proche aidante. Les accents et les majuscules ne comptent pas.",
            (SearchHint, En) => "For example: challenge, money, caregiver. Accents and capitals do not matter.",
            (KindStep, Fr) => "Étape",
            (KindStep, En) => "Step",
            (KindRole, Fr) => "Rôle",
            (KindRole, En) => "Role",
            (KindCondition, Fr) => "Condition gagnante",
            (KindCondition, En) => "Winning condition",
            (KindChallenge, Fr) => "Défi",
            (KindChallenge, En) => "Challenge",
            (KindTerm, Fr) => "Mot expliqué",
            (KindTerm, En) => "Word explained",
            (KindArea, Fr) => "Domaine où s’impliquer",
            (KindArea, En) => "Area to take part in",
            (KindCase, Fr) => "Exemple vécu",
            (KindCase, En) => "Real example",
            (KindLevel, Fr) => "Niveau d’implication",
            (KindLevel, En) => "Level of involvement",
            (KindSupport, Fr) => "Soutien",
            (KindSupport, En) => "Support",
            (GroupGlossary, Fr) => "Mots expliqués (glossaire)",
            (GroupGlossary, En) => "Words explained (glossary)",
            (Remove, Fr) => "Retirer",
            (Remove, En) => "Remove",
            (ImportDone, Fr) => "Copie ouverte. Ce qu’elle a changé :",
            (ImportDone, En) => "Copy opened. What it changed:",
            (NothingChanged, Fr) => "Rien n’a été changé.",
            (NothingChanged, En) => "Nothing was changed.",
            (MinePrivacy, Fr) => "Vos éléments gardés et vos notes restent dans ce navigateur, sur cet appareil. Pas de compte, rien n’est envoyé. Enregistrez-en une copie (un fichier) pour les garder ou les ouvrir sur un autre appareil.",
            (MinePrivacy, En) => "Your kept items and notes stay in this browser, on this device. No account, nothing is sent. Save a copy (a file) to keep them or to open them on another device.",
            (KeepACopy, Fr) => "Garder une copie",
            (KeepACopy, En) => "Keep a copy",
            (Export, Fr) => "Enregistrer une copie (fichier)",
            (Export, En) => "Save a copy (file)",
            (PrintMine, Fr) => "Imprimer ma feuille de route",
            (PrintMine, En) => "Print my roadmap",
            (Import, Fr) => "Ouvrir une copie enregistrée",
            (Import, En) => "Open a saved copy",
            (ClearSure, Fr) => "Tout effacer de cet appareil? Enregistrez d’abord une copie si vous voulez les garder.",
            (ClearSure, En) => "Delete everything from this device? Save a copy first if you want to keep them.",
            (ClearYes, Fr) => "Oui, tout effacer",
            (ClearYes, En) => "Yes, delete everything",
            (ClearNo, Fr) => "Non, garder",
            (ClearNo, En) => "No, keep it",
            (ClearAll, Fr) => "Tout effacer",
            (ClearAll, En) => "Delete everything",
            (WhatPartnersDo, Fr) => "Ce que les partenaires y font",
            (WhatPartnersDo, En) => "What partners do there",
            (RealCases, Fr) => "Des cas réels au Québec",
            (RealCases, En) => "Real cases in Quebec",
            (SeeOnTheCycle, Fr) => "Voir ces rôles sur le cycle",
            (SeeOnTheCycle, En) => "See these roles on the cycle",
            (AreasLead, Fr) => "Les patients partenaires et leurs proches s’impliquent dans cinq champs. Chacun a ses lieux, ses façons de faire et ses exemples vécus.",
            (AreasLead, En) => "Patient partners and their families get involved in five areas. Each has its own settings, ways of working and real examples.",
            (NotInThisRoadmap, Fr) => "Cette version de la feuille de route n’a pas encore cette partie.",
            (NotInThisRoadmap, En) => "This version of the roadmap does not have this part yet.",
            (ForYou, Fr) => "Pour vous, partenaire",
            (ForYou, En) => "For you, as a partner",
            (Example, Fr) => "Un exemple",
            (Example, En) => "An example",
            (RolesAtLevel, Fr) => "Les rôles à ce niveau, étape par étape",
            (RolesAtLevel, En) => "The roles at this level, step by step",
            (ContinuumLead, Fr) => "On peut s’impliquer plus ou moins : de recevoir l’information jusqu’à décider ensemble. La feuille de route les appelle information, consultation, collaboration et partenariat. Aucun niveau n’est « le bon » : chacun a sa place selon le moment et vos envies.",
            (ContinuumLead, En) => "You can take part more or less: from being informed to deciding together. The roadmap calls these levels information, consultation, collaboration and partnership. No level is “the right one”: each has its place, depending on the moment and what you want.",
            (LessInfluence, Fr) => "Moins d’influence",
            (LessInfluence, En) => "Less influence",
            (MoreInfluence, Fr) => "Plus d’influence",
            (MoreInfluence, En) => "More influence",
            (ContinuumScale, Fr) => "Les niveaux, du moins au plus engagé",
            (ContinuumScale, En) => "The levels, from least to most engaged",
            (ChooseLevel, Fr) => "Choisissez un niveau pour voir ce qu’il veut dire pour vous.",
            (ChooseLevel, En) => "Choose a level to see what it means for you.",
            (SupportsConditions, Fr) => "Soutient ces conditions gagnantes :",
            (SupportsConditions, En) => "Supports these winning conditions:",
            (SupportsLead, Fr) => "Pour que le partenariat fonctionne, des soutiens sont nécessaires aux niveaux des personnes, des organisations et du système (Boivin et al., 2018). Chacun aide certaines conditions gagnantes du cycle.",
            (SupportsLead, En) => "For partnership to work, supports are needed at the level of people, organizations and the system (Boivin et al., 2018). Each one helps some winning conditions of the cycle.",
            (StartLead, Fr) => "Répondez à quatre questions simples pour trouver des rôles qui vous conviennent. Un rôle, c’est une façon de participer : donner votre avis, raconter votre expérience, faire partie d’un comité… Vos réponses restent sur cet appareil.",
            (StartLead, En) => "Answer four plain questions to find roles that suit you. A role is a way to take part: giving your opinion, telling your story, joining a committee… Your answers stay on this device.",
            (StartExperience, Fr) => "Avez-vous déjà participé à un projet pour améliorer les soins ou la recherche?",
            (StartExperience, En) => "Have you taken part in a project to improve care or research before?",
            (StartTime, Fr) => "Combien de temps pourriez-vous donner?",
            (StartTime, En) => "How much time could you give?",
            (StartInterests, Fr) => "Qu’est-ce qui vous intéresse? Cochez autant de choix que vous voulez, ou aucun.",
            (StartInterests, En) => "What interests you? Tick as many as you like, or none.",
            (StartGroups, Fr) => "Comment préférez-vous participer?",
            (StartGroups, En) => "How do you prefer to take part?",
            (StartResults, Fr) => "Des rôles pour commencer",
            (StartResults, En) => "Roles to start with",
            (StartHint, Fr) => "Répondez à une question pour voir des rôles.",
            (StartHint, En) => "Answer a question to see roles.",
            (StartNothing, Fr) => "Aucun rôle ne correspond à toutes vos réponses. Essayez de cocher un autre intérêt ou de choisir « Les deux me conviennent ».",
            (StartNothing, En) => "No role fits all your answers. Try ticking another interest or choosing “Either suits me”.",
            (StartClear, Fr) => "Effacer mes réponses",
            (StartClear, En) => "Clear my answers",
            (StartSee, Fr) => "Voir les rôles",
            (StartSee, En) => "See the roles",
            (StartSeeWhy, Fr) => "Voir quoi changer",
            (StartSeeWhy, En) => "See what to change",
            (StartWhy, Fr) => "Pourquoi ce rôle :",
            (StartWhy, En) => "Why this role:",
        }
    }
}

/// A word or words quoted as each language quotes: « défi », “challenge”.
pub fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
        Lang::En => format!("“{text}”"),
    }
}

/// What separates a label from what follows, spaces included: " : " in French, ": " in
/// English.
pub fn colon_space(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}: ",
        Lang::En => ": ",
    }
}

/// Alternatives: « a » ou « b », “a” or “b”.
pub fn either(lang: Lang, items: &[String]) -> String {
    let or = match lang {
        Lang::Fr => " ou ",
        Lang::En => " or ",
    };
    items.join(or)
}

/// Several things all asked for: « a » et « b », “a” and “b”.
pub fn both(lang: Lang, items: &[String]) -> String {
    let and = match lang {
        Lang::Fr => " et ",
        Lang::En => " and ",
    };
    items.join(and)
}

/// What a search looked for when no text has the word typed: the words it begins.
pub fn beginning_with(lang: Lang, quoted: &str) -> String {
    match lang {
        Lang::Fr => format!("les mots qui commencent par {quoted}"),
        Lang::En => format!("words beginning with {quoted}"),
    }
}

/// Why a search looked for other words than the one typed: the texts' words for it.
pub fn words_for(lang: Lang, count: usize, typed: &str) -> String {
    match (lang, count) {
        (Lang::Fr, 1) => format!("(le mot de la feuille de route pour {typed})"),
        (Lang::Fr, _) => format!("(les mots de la feuille de route pour {typed})"),
        (Lang::En, 1) => format!("(the roadmap’s word for {typed})"),
        (Lang::En, _) => format!("(the roadmap’s words for {typed})"),
    }
}

/// How many results a search found, and for what (already quoted).
pub fn results_for(lang: Lang, count: usize, what: &str) -> String {
    match (lang, count) {
        (Lang::Fr, 0) => format!("Aucun résultat pour {what}."),
        (Lang::En, 0) => format!("No results for {what}."),
        (Lang::Fr, 1) => format!("1 résultat pour {what}."),
        (Lang::En, 1) => format!("1 result for {what}."),
        (Lang::Fr, n) => format!("{n} résultats pour {what}."),
        (Lang::En, n) => format!("{n} results for {what}."),
    }
}

/// Where a result of a step is, at the end of its link's name: ", à l’étape 3 : Analyser
/// les données". `number` is 0 for the foundation.
pub fn in_step(lang: Lang, number: u32, title: &str) -> String {
    match (lang, number) {
        (Lang::Fr, 0) => ", dans le socle, au centre du cycle".to_string(),
        (Lang::En, 0) => ", in the foundation, at the centre of the cycle".to_string(),
        (Lang::Fr, n) => format!(", à l’étape {n} : {title}"),
        (Lang::En, n) => format!(", in step {n}: {title}"),
    }
}

/// Where a step is, at the end of its link's name: ", étape 3 sur 7".
pub fn step_of(lang: Lang, number: u32, total: usize) -> String {
    match (lang, number) {
        (Lang::Fr, 0) => ", au centre du cycle".to_string(),
        (Lang::En, 0) => ", at the centre of the cycle".to_string(),
        (Lang::Fr, n) => format!(", étape {n} sur {total}"),
        (Lang::En, n) => format!(", step {n} of {total}"),
    }
}

/// Where a real example is, at the end of its link's name: ", domaine : Recherche".
pub fn in_area(lang: Lang, area: Tag) -> String {
    match lang {
        Lang::Fr => format!(", domaine : {}", tag_name(area, lang)),
        Lang::En => format!(", area: {}", tag_name(area, lang)),
    }
}

/// The step a suggested role is in: « À l’étape 3 : Analyser les données ».
pub fn at_step(lang: Lang, number: u32, title: &str) -> String {
    match (lang, number) {
        (Lang::Fr, 0) => format!("Dans le socle : {title}"),
        (Lang::En, 0) => format!("In the foundation: {title}"),
        (Lang::Fr, n) => format!("À l’étape {n} : {title}"),
        (Lang::En, n) => format!("At step {n}: {title}"),
    }
}

/// The short status of "Where could I start?": how many roles it suggests.
pub fn roles_suggested(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Fr, 0) => "Aucun rôle ne correspond à vos réponses".to_string(),
        (Lang::En, 0) => "No role fits your answers".to_string(),
        (Lang::Fr, 1) => "1 rôle suggéré".to_string(),
        (Lang::En, 1) => "1 role suggested".to_string(),
        (Lang::Fr, n) => format!("{n} rôles suggérés"),
        (Lang::En, n) => format!("{n} roles suggested"),
    }
}

/// An area of involvement as "Where could I start?" offers it: its name and, in plain
/// words, what it is about.
pub fn area_choice(area: Tag, lang: Lang) -> String {
    use Lang::{En, Fr};
    let about = match (area, lang) {
        (Tag::Governance, Fr) => "les comités et les conseils où se prennent les décisions",
        (Tag::Governance, En) => "the committees and boards where decisions are made",
        (Tag::Care, Fr) => "améliorer les soins que les patients reçoivent",
        (Tag::Care, En) => "improving the care patients receive",
        (Tag::Research, Fr) => "les études sur la santé",
        (Tag::Research, En) => "studies about health",
        (Tag::Teaching, Fr) => "aider d’autres personnes à apprendre",
        (Tag::Teaching, En) => "helping others learn",
        (Tag::Policy, Fr) => "les lois et les règles de la santé",
        (Tag::Policy, En) => "health laws and rules",
        // Not an area: its name alone, rather than a colon followed by nothing.
        _ => return tag_name(area, lang).to_string(),
    };
    match lang {
        Fr => format!("{} : {about}", tag_name(area, lang)),
        En => format!("{}: {about}", tag_name(area, lang)),
    }
}

/// The label of an answer of "Where could I start?", by its code (`start.rs`).
pub fn start_choice(code: &str, lang: Lang) -> &'static str {
    use Lang::{En, Fr};
    match (code, lang) {
        ("none", Fr) => "Pas encore : ce serait une première",
        ("none", En) => "Not yet: it would be my first time",
        ("some", Fr) => "Un peu : une ou deux fois",
        ("some", En) => "A little: once or twice",
        ("much", Fr) => "Souvent : j’ai l’habitude",
        ("much", En) => "Often: I am used to it",
        ("little", Fr) => "Une heure de temps en temps",
        ("little", En) => "An hour now and then",
        ("monthly", Fr) => "Quelques heures par mois",
        ("monthly", En) => "A few hours a month",
        ("regular", Fr) => "Un engagement régulier, sur plusieurs mois",
        ("regular", En) => "A regular commitment over several months",
        ("alone", Fr) => "Seul : en tête-à-tête ou par écrit",
        ("alone", En) => "On my own: one to one or in writing",
        ("either", Fr) => "Les deux me conviennent",
        ("either", En) => "Either suits me",
        ("together", Fr) => "En groupe ou en comité",
        ("together", En) => "In a group or a committee",
        (_, Fr) => "Autre",
        (_, En) => "Other",
    }
}

/// Why a role was suggested, as a sentence.
pub fn reason_text(reason: Reason, lang: Lang) -> String {
    match (reason, lang) {
        (Reason::GoodFirstStep, Lang::Fr) => {
            "Un bon premier pas : on ne vous demande pas d’expérience.".into()
        }
        (Reason::GoodFirstStep, Lang::En) => "A good first step: no experience is needed.".into(),
        (Reason::BuildsOnExperience, Lang::Fr) => {
            "S’appuie sur ce que vous avez déjà vécu comme partenaire.".into()
        }
        (Reason::BuildsOnExperience, Lang::En) => {
            "Builds on what you have already done as a partner.".into()
        }
        (Reason::UsesExperience, Lang::Fr) => "Met à profit votre expérience de partenaire.".into(),
        (Reason::UsesExperience, Lang::En) => "Makes use of your experience as a partner.".into(),
        (Reason::FitsTime, Lang::Fr) => {
            "Demande un temps à la mesure de ce que vous pouvez donner.".into()
        }
        (Reason::FitsTime, Lang::En) => "Asks for about the time you can give.".into(),
        (Reason::OnYourOwn, Lang::Fr) => "Se fait seul, comme vous le préférez.".into(),
        (Reason::OnYourOwn, Lang::En) => "Done on your own, as you prefer.".into(),
        (Reason::WithOthers, Lang::Fr) => "Se fait avec d’autres, comme vous le préférez.".into(),
        (Reason::WithOthers, Lang::En) => "Done with others, as you prefer.".into(),
        (Reason::Interest(area), Lang::Fr) => format!(
            "Touche un sujet qui vous intéresse : {}.",
            tag_name(area, lang)
        ),
        (Reason::Interest(area), Lang::En) => {
            format!("In an area that interests you: {}.", tag_name(area, lang))
        }
    }
}

/// What an import changed, one line per kind of change, for the list under "Imported".
pub fn import_lines(lang: Lang, report: &ImportReport) -> Vec<String> {
    use Lang::{En, Fr};
    let mut lines = Vec::new();
    if report.is_nothing() && report.shortened.is_empty() {
        lines.push(match lang {
            Fr => "Rien de nouveau : tout ce que contient ce fichier était déjà là.".into(),
            En => "Nothing new: everything in this file was already here.".into(),
        });
    }
    let mut line = |count: usize, text: String| {
        if count > 0 {
            lines.push(text);
        }
    };
    let n = report.kept_added;
    line(n, match (lang, n) {
        (Fr, 1) => "1 élément gardé ajouté".into(),
        (Fr, n) => format!("{n} éléments gardés ajoutés"),
        (En, 1) => "1 kept item added".into(),
        (En, n) => format!("{n} kept items added"),
    });
    let n = report.notes_added;
    line(n, match (lang, n) {
        (Fr, 1) => "1 note ajoutée".into(),
        (Fr, n) => format!("{n} notes ajoutées"),
        (En, 1) => "1 note added".into(),
        (En, n) => format!("{n} notes added"),
    });
    let n = report.notes_joined;
    line(n, match (lang, n) {
        (Fr, 1) => "1 note ajoutée à la suite de la vôtre sur la même étape (les deux textes sont gardés)".into(),
        (Fr, n) => format!("{n} notes ajoutées à la suite des vôtres sur les mêmes étapes (les deux textes sont gardés)"),
        (En, 1) => "1 note added after yours on the same step (both texts are kept)".into(),
        (En, n) => format!("{n} notes added after yours on the same steps (both texts are kept)"),
    });
    let n = report.kept_already;
    line(n, match (lang, n) {
        (Fr, 1) => "1 élément était déjà gardé".into(),
        (Fr, n) => format!("{n} éléments étaient déjà gardés"),
        (En, 1) => "1 item was already kept".into(),
        (En, n) => format!("{n} items were already kept"),
    });
    let n = report.notes_already;
    line(n, match (lang, n) {
        (Fr, 1) => "1 note était déjà là".into(),
        (Fr, n) => format!("{n} notes étaient déjà là"),
        (En, 1) => "1 note was already here".into(),
        (En, n) => format!("{n} notes were already here"),
    });
    lines
}

/// Says that the note on the step titled `step` was cut to the limit on import.
pub fn import_shortened(lang: Lang, step: &str) -> String {
    let limit = match lang {
        // A narrow no-break space between thousands, as French writes them.
        Lang::Fr => format!("{}\u{202f}{:03}", MAX_NOTE / 1000, MAX_NOTE % 1000),
        Lang::En => format!("{},{:03}", MAX_NOTE / 1000, MAX_NOTE % 1000),
    };
    match lang {
        Lang::Fr => format!("Raccourcie : la note sur « {step} » dépassait {limit} caractères. Seuls ses {limit} premiers caractères ont été importés. Le fichier n’a pas changé : ouvrez-le dans un éditeur de texte pour copier la suite."),
        Lang::En => format!("Shortened: the note on “{step}” was longer than {limit} characters. Only its first {limit} characters were imported. The file itself is unchanged: open it in a text editor to copy the rest."),
    }
}
