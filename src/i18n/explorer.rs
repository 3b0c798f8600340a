//! The strings of the explorer's journeys for patients and families (the first screen,
//! a step's parts, keeping, the step bar on phones) and of the page for trainers and
//! organizations. Plain words first: the roadmap's own terms are kept where they are the
//! original's, each with a plain explanation.

use crate::content::Part;
use crate::lang::Lang;

/// A fixed string of the explorer's journeys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Say {
    /// The first screen's promise: what this is for, under the roadmap's title.
    Promise,
    /// The footer's and the header's way to the trainers' page.
    ForTrainers,
    TrainersLead,
    PresentHeading,
    PresentText,
    StartPresenting,
    PrintHeading,
    PrintText,
    PrintOneStep,
    ShareHeading,
    ShareText,
    AdaptHeading,
    AdaptText,
    EditorsGuide,
    PresentStep,
    ShareStep,
    /// A kept item's confirmation, which leads to My roadmap.
    InMyRoadmap,
    Remove,
    /// Who an item concerns, before the names ("For: caregivers").
    For,
    /// The phone's step bar: the button that shows every step.
    AllSteps,
    StepBar,
    CloseDefinition,
    /// Without JavaScript: what the page shows, and what needs it.
    NoScript,
    /// Without JavaScript: the link to the first view in the other language.
    OtherLanguageView,
}

impl Say {
    pub fn text(self, lang: Lang) -> &'static str {
        use Lang::{En, Fr};
        use Say::*;
        match (self, lang) {
            (Promise, Fr) => "Patients, proches et personnes proches aidantes : à chaque étape, votre rôle, ce qui aide et ce qui peut nuire.",
            (Promise, En) => "Patients, families and caregivers: at each step, your role, what helps and what can get in the way.",
            (ForTrainers, Fr) => "Pour la formation et les organisations",
            (ForTrainers, En) => "For trainers and organizations",
            (TrainersLead, Fr) => "Des outils pour présenter la feuille de route en atelier, l’imprimer, la partager sur un site web ou l’adapter à votre milieu.",
            (TrainersLead, En) => "Tools to present the roadmap in a workshop, print it, share it on a website or adapt it to your setting.",
            (PresentHeading, Fr) => "Présenter en atelier",
            (PresentHeading, En) => "Present to a group",
            (PresentText, Fr) => "Montrez le cycle étape par étape, sur un écran ou un projecteur. Une vue de l’animateur, dans une seconde fenêtre, donne les questions de discussion et un minuteur.",
            (PresentText, En) => "Show the cycle step by step, on a screen or a projector. A speaker view, in a second window, gives the discussion questions and a timer.",
            (StartPresenting, Fr) => "Commencer la présentation",
            (StartPresenting, En) => "Start the presentation",
            (PrintHeading, Fr) => "Imprimer",
            (PrintHeading, En) => "Print",
            (PrintText, Fr) => "Un document de toute la feuille de route, à distribuer : chaque étape sur sa page, avec ses questions de discussion.",
            (PrintText, En) => "A handout of the whole roadmap: each step on its own page, with its discussion questions.",
            (PrintOneStep, Fr) => "Pour une seule étape, choisissez « Imprimer cette étape » au bas de l’étape.",
            (PrintOneStep, En) => "For one step, choose “Print this step” at the bottom of the step.",
            (ShareHeading, Fr) => "Partager ou intégrer",
            (ShareHeading, En) => "Share or embed",
            (ShareText, Fr) => "Un lien vers une étape, ou un code pour afficher l’explorateur sur le site de votre organisation, dans sa langue et ses couleurs.",
            (ShareText, En) => "A link to a step, or a code to show the explorer on your organization’s website, in its language and colours.",
            (AdaptHeading, Fr) => "Adapter à votre milieu",
            (AdaptHeading, En) => "Adapt it to your setting",
            (AdaptText, Fr) => "Votre organisation peut changer les textes (ses exemples, ses contacts) dans un fichier. Vérifiez ce fichier ici avant de le publier : il reste sur votre appareil.",
            (AdaptText, En) => "Your organization can change the texts (its examples, its contacts) in a file. Check that file here before you publish it: it stays on your device.",
            (EditorsGuide, Fr) => "Guide du fichier de contenu",
            (EditorsGuide, En) => "Guide to the content file",
            (PresentStep, Fr) => "Présenter cette étape",
            (PresentStep, En) => "Present this step",
            (ShareStep, Fr) => "Partager cette étape",
            (ShareStep, En) => "Share this step",
            (InMyRoadmap, Fr) => "Dans ma feuille de route",
            (InMyRoadmap, En) => "In my roadmap",
            (Remove, Fr) => "Retirer",
            (Remove, En) => "Remove",
            (For, Fr) => "Pour :",
            (For, En) => "For:",
            (AllSteps, Fr) => "Toutes les étapes",
            (AllSteps, En) => "All steps",
            (StepBar, Fr) => "Changer d’étape",
            (StepBar, En) => "Change step",
            (CloseDefinition, Fr) => "Fermer la définition",
            (CloseDefinition, En) => "Close the definition",
            (NoScript, Fr) => "JavaScript est désactivé : vous voyez le début de la feuille de route, avec ses étapes. Pour ouvrir une étape, filtrer, chercher, garder des éléments ou présenter, activez JavaScript.",
            (NoScript, En) => "JavaScript is off: you see the start of the roadmap, with its steps. To open a step, filter, search, keep items or present, turn JavaScript on.",
            (OtherLanguageView, Fr) => "English version",
            (OtherLanguageView, En) => "Version française",
        }
    }
}

/// What a part of a step is, in plain words, under its name from the original roadmap.
pub fn part_explained(part: Part, lang: Lang) -> &'static str {
    use Lang::{En, Fr};
    match (part, lang) {
        (Part::Roles, Fr) => "Ce que vous pouvez faire à cette étape.",
        (Part::Roles, En) => "What you can do at this step.",
        (Part::Conditions, Fr) => "Ce qui aide cette étape à bien se passer.",
        (Part::Conditions, En) => "What helps this step go well.",
        (Part::Challenges, Fr) => {
            "Ce qui peut rendre cette étape difficile, et qu’il faut prévoir."
        }
        (Part::Challenges, En) => "What can make this step hard, and what to plan for.",
    }
}
