//! The strings of find.html's pages (search, getting involved, "Where could I start?",
//! my roadmap). Only find.html's wasm uses them, so the explorer's does not carry them.

use crate::lang::Lang;
use crate::personal::{ImportReport, MAX_NOTE};

/// A fixed string of the find pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Say {
    SearchLabel,
    SearchHint,
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
}

impl Say {
    pub fn text(self, lang: Lang) -> &'static str {
        use Lang::{En, Fr};
        use Say::*;
        match (self, lang) {
            (SearchLabel, Fr) => "Mots à chercher dans la feuille de route",
            (SearchLabel, En) => "Words to look for in the roadmap",
            (SearchHint, Fr) => "Tapez au moins 2 lettres. Les accents et les majuscules ne comptent pas.",
            (SearchHint, En) => "Type at least 2 letters. Accents and capitals do not matter.",
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
            (StartLead, Fr) => "Répondez à quelques questions simples : nous vous proposons des rôles à votre mesure dans le cycle. Vos réponses restent sur cet appareil.",
            (StartLead, En) => "Answer a few plain questions and we suggest roles that suit you across the cycle. Your answers stay on this device.",
            (StartExperience, Fr) => "Avez-vous déjà participé à des projets comme ceux-ci?",
            (StartExperience, En) => "Have you taken part in projects like these before?",
            (StartTime, Fr) => "Combien de temps pourriez-vous donner?",
            (StartTime, En) => "How much time could you give?",
            (StartInterests, Fr) => "Qu’est-ce qui vous intéresse? (aucun, un ou plusieurs)",
            (StartInterests, En) => "What interests you? (none, one or several)",
            (StartGroups, Fr) => "Comment préférez-vous participer?",
            (StartGroups, En) => "How do you prefer to take part?",
            (StartResults, Fr) => "Des rôles pour commencer",
            (StartResults, En) => "Roles to start with",
            (StartHint, Fr) => "Répondez à au moins une question pour voir des suggestions.",
            (StartHint, En) => "Answer at least one question to see suggestions.",
            (StartNothing, Fr) => "Aucun rôle ne correspond à toutes vos réponses. Essayez de cocher un autre intérêt ou de choisir « Les deux me conviennent ».",
            (StartNothing, En) => "No role fits all your answers. Try ticking another interest or choosing “Either suits me”.",
            (StartClear, Fr) => "Effacer mes réponses",
            (StartClear, En) => "Clear my answers",
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
