//! The two interface languages, how the first one is chosen, and every interface string.
//!
//! Every string is an exhaustive `match` on [`Lang`], so a missing translation does not compile.
//! The presenter's strings are in [`workshop`], so that the explorer's wasm does not carry them.

pub mod explorer;
pub mod find;
pub mod workshop;

use crate::content::{Facet, Part, Step, SupportLevel, Tag};
use crate::lang::Lang;

/// A fixed interface string. Strings that take values are functions below.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    AppName,
    SkipToContent,
    MainNav,
    Menu,
    Home,
    Introduction,
    Glossary,
    Sources,
    Credits,
    LanguageSwitchLabel,
    Roles,
    Conditions,
    Challenges,
    Foundation,
    CycleHelp,
    StepListLabel,
    PreviousStep,
    NextStep,
    InThisStep,
    SourcesOfItem,
    Loading,
    NotFoundTitle,
    NotFoundText,
    BackHome,
    ContentErrorTitle,
    ContentErrorWhere,
    ContentErrorHelp,
    Retry,
    ChooseStep,
    ChooseStepHelp,
    OpensInNewTab,
    FooterNotice,
    ViewSource,
    Present,
    PrintRoadmap,
    PrintStep,
    OpeningPage,
    DiscussionQuestions,
    OpenFullExplorer,
    OpenPublished,
    OpenPreviewPage,
    PreviewYourRoadmap,
    PreviewBar,
    Share,
    LensTitle,
    LensAll,
    LensClear,
    LensMatch,
    Search,
    Areas,
    Continuum,
    Supports,
    Keep,
    NoteLabel,
    NoteHint,
    StorageRefused,
    ExportNow,
    MyNote,
    Resume,
    MyRoadmap,
    MineEmpty,
    Involve,
    HelpedBy,
    WhereStart,
    // Kept safe: data that could not be read, a newer version's file, notes joined.
    UnreadTold,
    UnreadAside,
    UnreadDeleteSure,
    UnreadDeleteYes,
    UnreadDeleteNo,
    NewerSaved,
    ReloadPage,
    DownloadAsSaved,
    ExportChangedHere,
    NoteJoined,
    NoteJoinedOk,
}

impl Ui {
    pub fn text(self, lang: Lang) -> &'static str {
        use Lang::{En, Fr};
        use Ui::*;
        match (self, lang) {
            (AppName, Fr) => "Feuille de route du partenariat",
            (AppName, En) => "Partnership roadmap",
            (SkipToContent, Fr) => "Aller au contenu",
            (SkipToContent, En) => "Skip to content",
            (MainNav, Fr) => "Navigation principale",
            (MainNav, En) => "Main navigation",
            (Menu, Fr) => "Menu",
            (Menu, En) => "Menu",
            (Home, Fr) => "Étapes",
            (Home, En) => "Steps",
            (Introduction, Fr) => "Introduction",
            (Introduction, En) => "Introduction",
            (Glossary, Fr) => "Glossaire",
            (Glossary, En) => "Glossary",
            (Sources, Fr) => "Sources",
            (Sources, En) => "Sources",
            (Credits, Fr) => "Crédits",
            (Credits, En) => "Credits",
            (LanguageSwitchLabel, Fr) => "Langue",
            (LanguageSwitchLabel, En) => "Language",
            (Roles, Fr) => "Rôles",
            (Roles, En) => "Roles",
            (Conditions, Fr) => "Conditions gagnantes",
            (Conditions, En) => "Winning conditions",
            (Challenges, Fr) => "Défis",
            (Challenges, En) => "Challenges",
            (Foundation, Fr) => "Socle",
            (Foundation, En) => "Foundation",
            (CycleHelp, Fr) => {
                "Flèches pour passer d’une étape à l’autre, Entrée ou Espace pour l’ouvrir."
            }
            (CycleHelp, En) => "Arrow keys move between steps; Enter or Space opens one.",
            (StepListLabel, Fr) => "Étapes du cycle",
            (StepListLabel, En) => "Steps of the cycle",
            (PreviousStep, Fr) => "Étape précédente",
            (PreviousStep, En) => "Previous step",
            (NextStep, Fr) => "Étape suivante",
            (NextStep, En) => "Next step",
            (InThisStep, Fr) => "Dans cette étape",
            (InThisStep, En) => "In this step",
            (SourcesOfItem, Fr) => "Sources :",
            (SourcesOfItem, En) => "Sources:",
            (Loading, Fr) => "Chargement de la feuille de route…",
            (Loading, En) => "Loading the roadmap…",
            (NotFoundTitle, Fr) => "Page introuvable",
            (NotFoundTitle, En) => "Page not found",
            (NotFoundText, Fr) => {
                "Ce lien ne mène à aucune page de la feuille de route. Il est peut-être incomplet ou ancien."
            }
            (NotFoundText, En) => {
                "This link does not lead to any page of the roadmap. It may be incomplete or out of date."
            }
            (BackHome, Fr) => "Retour aux étapes",
            (BackHome, En) => "Back to the steps",
            (ContentErrorTitle, Fr) => "Le contenu de la feuille de route n’a pas pu être affiché",
            (ContentErrorTitle, En) => "The roadmap content could not be shown",
            (ContentErrorWhere, Fr) => "Emplacement :",
            (ContentErrorWhere, En) => "Where:",
            (ContentErrorHelp, Fr) => {
                "Si vous gérez ce site, corrigez le fichier puis rechargez la page. Sinon, réessayez plus tard."
            }
            (ContentErrorHelp, En) => {
                "If you manage this site, fix the file and reload the page. Otherwise, please try again later."
            }
            (Retry, Fr) => "Réessayer",
            (Retry, En) => "Try again",
            (ChooseStep, Fr) => "Choisissez une étape",
            (ChooseStep, En) => "Choose a step",
            (ChooseStepHelp, Fr) => {
                "Sélectionnez une étape du cycle pour voir les rôles, les conditions gagnantes et les défis des patients et des proches."
            }
            (ChooseStepHelp, En) => {
                "Select a step of the cycle to see the roles, winning conditions and challenges for patients and families."
            }
            (OpensInNewTab, Fr) => "(s’ouvre dans un nouvel onglet)",
            (OpensInNewTab, En) => "(opens in a new tab)",
            (FooterNotice, Fr) => "Adaptation non officielle",
            (FooterNotice, En) => "Unofficial adaptation",
            (ViewSource, Fr) => "Voir la source",
            (ViewSource, En) => "View the source",
            (Present, Fr) => "Présenter en atelier",
            (Present, En) => "Present to a group",
            (PrintRoadmap, Fr) => "Imprimer la feuille de route",
            (PrintRoadmap, En) => "Print the roadmap",
            (PrintStep, Fr) => "Imprimer cette étape",
            (PrintStep, En) => "Print this step",
            (OpeningPage, Fr) => "Ouverture de la page…",
            (OpeningPage, En) => "Opening the page…",
            (DiscussionQuestions, Fr) => "Questions pour la discussion",
            (DiscussionQuestions, En) => "Questions for discussion",
            (OpenFullExplorer, Fr) => "Ouvrir l’explorateur complet",
            (OpenFullExplorer, En) => "Open the full explorer",
            (OpenPublished, Fr) => "Ouvrir la feuille de route publiée",
            (OpenPublished, En) => "Open the published roadmap",
            (OpenPreviewPage, Fr) => "Ouvrir la page de prévisualisation",
            (OpenPreviewPage, En) => "Open the preview page",
            (PreviewYourRoadmap, Fr) => "Prévisualiser votre feuille de route",
            (PreviewYourRoadmap, En) => "Preview your roadmap",
            (PreviewBar, Fr) => "Prévisualisation de votre fichier, gardé sur cet appareil : il n’est pas publié.",
            (PreviewBar, En) => "Preview of your file, kept on this device: it is not published.",
            (Share, Fr) => "Partager ou intégrer",
            (Share, En) => "Share or embed",
            (LensTitle, Fr) => "Filtrer selon votre situation",
            (LensTitle, En) => "Filter by your situation",
            (LensAll, Fr) => "Tous",
            (LensAll, En) => "All",
            (LensClear, Fr) => "Effacer les filtres",
            (LensClear, En) => "Clear the filters",
            (LensMatch, Fr) => "Correspond au filtre",
            (LensMatch, En) => "Matches the filter",
            (Search, Fr) => "Rechercher",
            (Search, En) => "Search",
            (Areas, Fr) => "Où s’impliquer",
            (Areas, En) => "Where to take part",
            (Continuum, Fr) => "Niveaux d’implication",
            (Continuum, En) => "Levels of involvement",
            (Supports, Fr) => "Ce qui aide à s’impliquer",
            (Supports, En) => "What helps people take part",
            (Keep, Fr) => "Garder",
            (Keep, En) => "Keep",
            (NoteLabel, Fr) => "Mes notes sur cette étape",
            (NoteLabel, En) => "My notes on this step",
            (NoteHint, Fr) => "Privées : gardées seulement dans ce navigateur, sur cet appareil.",
            (NoteHint, En) => "Private: kept only in this browser, on this device.",
            (StorageRefused, Fr) => "Ce navigateur refuse de garder vos éléments et vos notes (stockage bloqué ou plein). Ils restent jusqu’à la fermeture de la page.",
            (StorageRefused, En) => "This browser refuses to keep your items and notes (storage blocked or full). They stay until you close the page.",
            (ExportNow, Fr) => "Enregistrez-en une copie (un fichier) pour ne pas les perdre.",
            (ExportNow, En) => "Save a copy (a file) so you do not lose them.",
            (MyNote, Fr) => "Ma note",
            (MyNote, En) => "My note",
            (Resume, Fr) => "Reprendre où j’en étais",
            (Resume, En) => "Resume where I left off",
            (MyRoadmap, Fr) => "Ma feuille de route",
            (MyRoadmap, En) => "My roadmap",
            (MineEmpty, Fr) => "Rien pour l’instant. Touchez « Garder » sur un rôle, une condition ou un défi, ou écrivez une note dans une étape.",
            (MineEmpty, En) => "Nothing yet. Press “Keep” on a role, a condition or a challenge, or write a note in a step.",
            (Involve, Fr) => "S’impliquer",
            (Involve, En) => "Get involved",
            (HelpedBy, Fr) => "Ce qui aide :",
            (HelpedBy, En) => "What helps:",
            (WhereStart, Fr) => "Par où commencer?",
            (WhereStart, En) => "Where could I start?",
            (UnreadTold, Fr) => "Vos éléments gardés et vos notes enregistrés plus tôt n’ont pas pu être lus.",
            (UnreadTold, En) => "Your kept items and notes saved earlier could not be read.",
            (UnreadAside, Fr) => "Ils sont mis de côté sur cet appareil, sans changement : rien n’est perdu. Téléchargez-les pour en garder une copie, ou pour les montrer à quelqu’un qui peut vous aider.",
            (UnreadAside, En) => "They are set aside on this device, unchanged, so nothing is lost. Download them to keep a copy, or to show someone who can help.",
            (UnreadDeleteSure, Fr) => "Supprimer ces données de cet appareil? Téléchargez-les d’abord si vous pourriez en avoir besoin.",
            (UnreadDeleteSure, En) => "Delete this data from this device? Download it first if you might need it.",
            (UnreadDeleteYes, Fr) => "Oui, supprimer",
            (UnreadDeleteYes, En) => "Yes, delete it",
            (UnreadDeleteNo, Fr) => "Non, garder",
            (UnreadDeleteNo, En) => "No, keep it",
            (NewerSaved, Fr) => "Vos éléments gardés et vos notes ont été enregistrés par une version plus récente de l’explorateur. Cette page ne peut pas les lire : elle les laisse tels quels. Rechargez la page pour avoir la version récente. D’ici là, ce que vous changez ici n’est pas enregistré.",
            (NewerSaved, En) => "Your kept items and notes were saved by a newer version of the explorer. This page cannot read them, so it leaves them as they are. Reload the page to get the newer version. Until then, what you change here is not saved.",
            (ReloadPage, Fr) => "Recharger la page",
            (ReloadPage, En) => "Reload the page",
            (DownloadAsSaved, Fr) => "Les télécharger tels quels",
            (DownloadAsSaved, En) => "Download them as saved",
            (ExportChangedHere, Fr) => "Enregistrer une copie de ce que vous avez changé ici",
            (ExportChangedHere, En) => "Save a copy of what you changed here",
            (NoteJoined, Fr) => "Une note a été modifiée ici et dans un autre onglet ou une autre fenêtre en même temps : elle garde les deux textes, l’un après l’autre.",
            (NoteJoined, En) => "A note was changed here and in another tab or window at the same time: it keeps both texts, one after the other.",
            (NoteJoinedOk, Fr) => "J’ai compris",
            (NoteJoinedOk, En) => "Got it",
        }
    }
}

/// The name of a lens value, on item cards, filters and the areas and continuum pages.
pub fn tag_name(tag: Tag, lang: Lang) -> &'static str {
    use Lang::{En, Fr};
    match (tag, lang) {
        (Tag::Patient, Fr) => "Patients",
        (Tag::Patient, En) => "Patients",
        (Tag::Family, Fr) => "Proches",
        (Tag::Family, En) => "Family members",
        (Tag::Caregiver, Fr) => "Personnes proches aidantes",
        (Tag::Caregiver, En) => "Caregivers",
        (Tag::Individual, Fr) => "Par soi-même",
        (Tag::Individual, En) => "On your own",
        (Tag::Collective, Fr) => "Avec d’autres",
        (Tag::Collective, En) => "With others",
        (Tag::Governance, Fr) => "Gouvernance",
        (Tag::Governance, En) => "Governance",
        (Tag::Care, Fr) => "Soins et services",
        (Tag::Care, En) => "Care and services",
        (Tag::Research, Fr) => "Recherche",
        (Tag::Research, En) => "Research",
        (Tag::Teaching, Fr) => "Formation, information et enseignement",
        (Tag::Teaching, En) => "Training, information and teaching",
        (Tag::Policy, Fr) => "Influence politique",
        (Tag::Policy, En) => "Political influence",
        (Tag::Information, Fr) => "Recevoir l’information",
        (Tag::Information, En) => "Being informed",
        (Tag::Consultation, Fr) => "Donner son avis",
        (Tag::Consultation, En) => "Giving your views",
        (Tag::Collaboration, Fr) => "Travailler ensemble",
        (Tag::Collaboration, En) => "Working together",
        (Tag::Partnership, Fr) => "Décider ensemble",
        (Tag::Partnership, En) => "Deciding together",
    }
}

/// The roadmap's own name of a level of the continuum, which [`tag_name`] replaces with
/// plain words ("Giving your views" for consultation); none for other tags. Search finds
/// a level by either, for those who know the roadmap's terms.
pub fn level_term(tag: Tag, lang: Lang) -> Option<&'static str> {
    use Lang::{En, Fr};
    match (tag, lang) {
        (Tag::Information, Fr | En) => Some("information"),
        (Tag::Consultation, Fr | En) => Some("consultation"),
        (Tag::Collaboration, Fr | En) => Some("collaboration"),
        (Tag::Partnership, Fr) => Some("partenariat"),
        (Tag::Partnership, En) => Some("partnership"),
        _ => None,
    }
}

/// The heading of a level of engagement supports.
pub fn support_level_name(level: SupportLevel, lang: Lang) -> &'static str {
    use Lang::{En, Fr};
    match (level, lang) {
        (SupportLevel::Individual, Fr) => "Pour chaque personne",
        (SupportLevel::Individual, En) => "For each person",
        (SupportLevel::Organizational, Fr) => "Dans les organisations",
        (SupportLevel::Organizational, En) => "In organizations",
        (SupportLevel::Systemic, Fr) => "Dans tout le système",
        (SupportLevel::Systemic, En) => "Across the system",
    }
}

/// The name of a lens, as the label of its filter.
pub fn facet_name(facet: Facet, lang: Lang) -> &'static str {
    use Lang::{En, Fr};
    match (facet, lang) {
        (Facet::Who, Fr) => "Pour qui",
        (Facet::Who, En) => "For whom",
        (Facet::Scope, Fr) => "Par soi-même ou avec d’autres",
        (Facet::Scope, En) => "On your own or with others",
        (Facet::Area, Fr) => "Où s’impliquer",
        (Facet::Area, En) => "Where to take part",
        (Facet::Level, Fr) => "À quel point s’impliquer",
        (Facet::Level, En) => "How involved",
    }
}

/// What a lens finds: "12 items match, in 6 steps".
pub fn lens_summary(lang: Lang, items: usize, steps: usize) -> String {
    match (lang, items, steps) {
        (Lang::Fr, 0, _) => "Aucun élément ne correspond à ces filtres.".to_string(),
        (Lang::En, 0, _) => "No item matches these filters.".to_string(),
        (Lang::Fr, 1, _) => "1 élément correspond, dans 1 étape.".to_string(),
        (Lang::En, 1, _) => "1 item matches, in 1 step.".to_string(),
        (Lang::Fr, n, 1) => format!("{n} éléments correspondent, dans 1 étape."),
        (Lang::En, n, 1) => format!("{n} items match, in 1 step."),
        (Lang::Fr, n, s) => format!("{n} éléments correspondent, dans {s} étapes."),
        (Lang::En, n, s) => format!("{n} items match, in {s} steps."),
    }
}

/// Kept items or notes that this version of the roadmap no longer has.
pub fn kept_elsewhere(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Fr, 1) => "1 élément gardé ou note ne correspond plus à cette version de la feuille de route. Il reste dans vos copies enregistrées.".to_string(),
        (Lang::En, 1) => "1 kept item or note no longer matches this version of the roadmap. It stays in your saved copies.".to_string(),
        (Lang::Fr, n) => format!("{n} éléments gardés ou notes ne correspondent plus à cette version de la feuille de route. Ils restent dans vos copies enregistrées."),
        (Lang::En, n) => format!("{n} kept items or notes no longer match this version of the roadmap. They stay in your saved copies."),
    }
}

/// The link that downloads a copy of data that could not be read: "Download it", or
/// "Download copy 2" when there are several.
pub fn unread_download(lang: Lang, number: u32, count: usize) -> String {
    match (lang, count) {
        (Lang::Fr, 1) => "Télécharger ces données".to_string(),
        (Lang::En, 1) => "Download this data".to_string(),
        (Lang::Fr, _) => format!("Télécharger la copie {number}"),
        (Lang::En, _) => format!("Download copy {number}"),
    }
}

/// The button that deletes a copy of data that could not be read (after a confirmation).
pub fn unread_delete(lang: Lang, number: u32, count: usize) -> String {
    match (lang, count) {
        (Lang::Fr, 1) => "Les supprimer de cet appareil…".to_string(),
        (Lang::En, 1) => "Delete it from this device…".to_string(),
        (Lang::Fr, _) => format!("Supprimer la copie {number}…"),
        (Lang::En, _) => format!("Delete copy {number}…"),
    }
}

/// A step's count of matching items, for its node and its link: "3 matches".
pub fn match_count(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Fr, 0) => "aucun élément correspondant".to_string(),
        (Lang::En, 0) => "no matching item".to_string(),
        (Lang::Fr, 1) => "1 élément correspondant".to_string(),
        (Lang::En, 1) => "1 matching item".to_string(),
        (Lang::Fr, n) => format!("{n} éléments correspondants"),
        (Lang::En, n) => format!("{n} matching items"),
    }
}

/// The heading of a part: Roles / Winning conditions / Challenges.
pub fn part_label(part: Part, lang: Lang) -> &'static str {
    match part {
        Part::Roles => Ui::Roles.text(lang),
        Part::Conditions => Ui::Conditions.text(lang),
        Part::Challenges => Ui::Challenges.text(lang),
    }
}

/// A colon as each language writes it before what follows (French spaces it).
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => " :",
        Lang::En => ":",
    }
}

/// "Step 3 of 7", the step's place in the cycle.
pub fn step_position(lang: Lang, number: u32, total: usize) -> String {
    match lang {
        Lang::Fr => format!("Étape {number} sur {total}"),
        Lang::En => format!("Step {number} of {total}"),
    }
}

/// Where `step` sits in a cycle of `total` steps: "Step 2 of 7", or, for the foundation,
/// where it sits in place of a number.
pub fn step_place(lang: Lang, step: &Step, total: usize) -> String {
    if step.is_foundation() {
        foundation_position(lang).to_string()
    } else {
        step_position(lang, step.number, total)
    }
}

/// Where the foundation sits, in place of a step number.
pub fn foundation_position(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Au centre du cycle : il soutient toutes les étapes",
        Lang::En => "At the centre of the cycle: it supports every step",
    }
}

/// The accessible name of a step control: its number and title.
pub fn step_control_name(lang: Lang, number: u32, total: usize, title: &str) -> String {
    if number == 0 {
        match lang {
            Lang::Fr => format!("{title} (au centre du cycle)"),
            Lang::En => format!("{title} (centre of the cycle)"),
        }
    } else {
        match lang {
            Lang::Fr => format!("Étape {number} sur {total} : {title}"),
            Lang::En => format!("Step {number} of {total}: {title}"),
        }
    }
}

/// The diagram's accessible name.
pub fn cycle_name(lang: Lang, steps: usize) -> String {
    match lang {
        Lang::Fr => format!("Le cycle d’apprentissage : {steps} étapes et un socle au centre"),
        Lang::En => format!("The learning cycle: {steps} steps and a foundation at the centre"),
    }
}

/// The label of a link to switch to `target`, in the target language, so a
/// reader who does not know the current one still finds theirs.
pub fn switch_to(target: Lang) -> &'static str {
    match target {
        Lang::Fr => "Lire en français",
        Lang::En => "Read in English",
    }
}

/// The link that starts the tour at the first step.
pub fn begin_with(lang: Lang, title: &str) -> String {
    match lang {
        Lang::Fr => format!("Commencer : {title}"),
        Lang::En => format!("Start: {title}"),
    }
}

/// A title without its leading label ("Foundation: learning community…" gives
/// "Learning community…"), for places that show the label separately.
pub fn without_label(title: &str) -> String {
    let rest = title.split_once(':').map_or(title, |(_, rest)| rest).trim();
    let mut chars = rest.chars();
    match chars.next() {
        Some(first) => std::iter::once(capital(first)).chain(chars).collect(),
        None => title.to_string(),
    }
}

/// The capital of a French or English lowercase letter. Limited to Latin-1 on purpose:
/// the full Unicode case tables would add kilobytes to the wasm.
fn capital(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
        _ => c,
    }
}

/// `document.title` for a page.
pub fn page_title(lang: Lang, page: &str) -> String {
    format!("{page} · {}", Ui::AppName.text(lang))
}

/// The line above the list of problems, naming the file.
/// Below a list of a content file's problems cut at its length: how many are not listed.
pub fn more_problems(lang: Lang, more: usize) -> String {
    match (lang, more) {
        (Lang::Fr, 1) => "Et 1 autre problème : corrigez d’abord ceux-ci, puis vérifiez de nouveau le fichier.".to_string(),
        (Lang::Fr, n) => format!("Et {n} autres problèmes : corrigez d’abord ceux-ci, puis vérifiez de nouveau le fichier."),
        (Lang::En, 1) => "And 1 more problem: fix these first, then check the file again.".to_string(),
        (Lang::En, n) => format!("And {n} more problems: fix these first, then check the file again."),
    }
}

pub fn content_error_intro(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Fr => format!("Le fichier {file} pose problème :"),
        Lang::En => format!("There is a problem with the file {file}:"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_taken_off_titles() {
        assert_eq!(
            without_label("Foundation: learning community"),
            "Learning community"
        );
        assert_eq!(
            without_label("Socle : communauté apprenante"),
            "Communauté apprenante"
        );
        assert_eq!(without_label("Collect data"), "Collect data");
        assert_eq!(without_label("X : évaluer"), "Évaluer");
    }
}
