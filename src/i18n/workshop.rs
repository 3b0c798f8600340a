//! The presenter's and speaker view's strings. Only present.html's wasm uses them.

use crate::lang::Lang;

/// A fixed string of the presentation views.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Say {
    PresenterTitle,
    SpeakerTitle,
    Controls,
    PreviousSlide,
    NextSlide,
    Fullscreen,
    OpenSpeakerView,
    Shortcuts,
    Leave,
    Close,
    Blanked,
    Elapsed,
    Pause,
    Restart,
    CurrentSlide,
    ComingUp,
    EndOfDeck,
    NoQuestions,
    ClosingTitle,
    ClosingText,
    OpeningLead,
    StepSections,
    KeysNext,
    KeysPrevious,
    KeysEnds,
    KeysStep,
    KeysBlank,
    KeysFullscreen,
    KeysLeave,
    KeysHelp,
    NoSync,
    ShareTitle,
    ShareLead,
    BackToExplorer,
    LinkHeading,
    LinkLabel,
    CopyLink,
    EmbedHeading,
    EmbedLead,
    OptionLang,
    OptionStep,
    OptionTheme,
    OptionAccent,
    UseAccent,
    OptionView,
    Automatic,
    WholeCycle,
    ThemeLight,
    ThemeDark,
    ViewDiagram,
    ViewList,
    ScriptHeading,
    ScriptHelp,
    IframeHeading,
    IframeHelp,
    CopySnippet,
    Preview,
    Copied,
    CopyBlocked,
    PreviewTitle,
    PreviewLead,
    ChooseFile,
    DropHere,
    StartingPoint,
    DownloadCurrent,
    EditorsGuide,
    Reading,
    ReadFailed,
    NotKept,
    ExploreIt,
    PresentIt,
    StopPreview,
    PreviewStopped,
    KeptPreview,
    ProblemsHeading,
}

impl Say {
    pub fn text(self, lang: Lang) -> &'static str {
        use Lang::{En, Fr};
        use Say::*;
        match (self, lang) {
            (PresenterTitle, Fr) => "Présentation",
            (PresenterTitle, En) => "Presentation",
            (SpeakerTitle, Fr) => "Vue de l’animateur",
            (SpeakerTitle, En) => "Speaker view",
            (Controls, Fr) => "Commandes de la présentation",
            (Controls, En) => "Presentation controls",
            (PreviousSlide, Fr) => "Diapositive précédente",
            (PreviousSlide, En) => "Previous slide",
            (NextSlide, Fr) => "Diapositive suivante",
            (NextSlide, En) => "Next slide",
            (Fullscreen, Fr) => "Plein écran",
            (Fullscreen, En) => "Full screen",
            (OpenSpeakerView, Fr) => "Vue de l’animateur (nouvelle fenêtre)",
            (OpenSpeakerView, En) => "Speaker view (new window)",
            (Shortcuts, Fr) => "Raccourcis clavier",
            (Shortcuts, En) => "Keyboard shortcuts",
            (Leave, Fr) => "Quitter la présentation",
            (Leave, En) => "Leave the presentation",
            (Close, Fr) => "Fermer",
            (Close, En) => "Close",
            (Blanked, Fr) => "Écran masqué. Appuyez sur B pour le réafficher.",
            (Blanked, En) => "Screen blanked. Press B to bring it back.",
            (Elapsed, Fr) => "Temps écoulé",
            (Elapsed, En) => "Time elapsed",
            (Pause, Fr) => "Pause",
            (Pause, En) => "Pause",
            (Restart, Fr) => "Remettre à zéro",
            (Restart, En) => "Reset",
            (CurrentSlide, Fr) => "À l’écran",
            (CurrentSlide, En) => "On screen",
            (ComingUp, Fr) => "Ensuite",
            (ComingUp, En) => "Coming up",
            (EndOfDeck, Fr) => "Fin de la présentation.",
            (EndOfDeck, En) => "End of the presentation.",
            (NoQuestions, Fr) => "Aucune question prévue pour cette diapositive.",
            (NoQuestions, En) => "No questions planned for this slide.",
            (ClosingTitle, Fr) => "Merci!",
            (ClosingTitle, En) => "Thank you!",
            (ClosingText, Fr) => "Explorez la feuille de route à votre rythme, en ligne :",
            (ClosingText, En) => "Explore the roadmap at your own pace, online:",
            (OpeningLead, Fr) => {
                "Les rôles des patients, des proches et des personnes proches aidantes à chaque étape du cycle, avec les conditions gagnantes et les défis."
            }
            (OpeningLead, En) => {
                "The roles of patients, families and caregivers at each step of the cycle, with the winning conditions and the challenges."
            }
            (StepSections, Fr) => "Sections de l’étape",
            (StepSections, En) => "Sections of the step",
            (KeysNext, Fr) => "Diapositive suivante",
            (KeysNext, En) => "Next slide",
            (KeysPrevious, Fr) => "Diapositive précédente",
            (KeysPrevious, En) => "Previous slide",
            (KeysEnds, Fr) => "Première ou dernière diapositive",
            (KeysEnds, En) => "First or last slide",
            (KeysStep, Fr) => "Aller à une étape (0 : le socle)",
            (KeysStep, En) => "Go to a step (0: the foundation)",
            (KeysBlank, Fr) => "Masquer l’écran, ou le réafficher",
            (KeysBlank, En) => "Blank the screen, or bring it back",
            (KeysFullscreen, Fr) => "Plein écran",
            (KeysFullscreen, En) => "Full screen",
            (KeysLeave, Fr) => "Quitter le plein écran, puis la présentation",
            (KeysLeave, En) => "Leave full screen, then the presentation",
            (KeysHelp, Fr) => "Afficher ces raccourcis",
            (KeysHelp, En) => "Show these shortcuts",
            (NoSync, Fr) => {
                "Ce navigateur ne peut pas relier les deux fenêtres : changez de diapositive dans chacune."
            }
            (NoSync, En) => {
                "This browser cannot link the two windows: change slides in each one."
            }
            (ShareTitle, Fr) => "Partager ou intégrer la feuille de route",
            (ShareTitle, En) => "Share or embed the roadmap",
            (ShareLead, Fr) => "Envoyez un lien vers une étape, ou affichez l’explorateur sur votre propre site.",
            (ShareLead, En) => "Send a link to a step, or show the explorer on your own website.",
            (BackToExplorer, Fr) => "Retour à l’explorateur",
            (BackToExplorer, En) => "Back to the explorer",
            (LinkHeading, Fr) => "Lien à partager",
            (LinkHeading, En) => "Link to share",
            (LinkLabel, Fr) => "Lien vers cette étape, dans cette langue",
            (LinkLabel, En) => "Link to this step, in this language",
            (CopyLink, Fr) => "Copier le lien",
            (CopyLink, En) => "Copy the link",
            (EmbedHeading, Fr) => "Intégrer à votre site",
            (EmbedHeading, En) => "Embed on your website",
            (EmbedLead, Fr) => {
                "Choisissez les options, vérifiez l’aperçu, puis copiez le code dans votre page. Aucun témoin (cookie), aucun suivi."
            }
            (EmbedLead, En) => {
                "Choose the options, check the preview, then copy the code into your page. No cookies, no tracking."
            }
            (OptionLang, Fr) => "Langue",
            (OptionLang, En) => "Language",
            (OptionStep, Fr) => "Étape affichée au départ",
            (OptionStep, En) => "Step shown first",
            (OptionTheme, Fr) => "Couleurs",
            (OptionTheme, En) => "Colours",
            (OptionAccent, Fr) => "Couleur d’accent",
            (OptionAccent, En) => "Accent colour",
            (UseAccent, Fr) => "Utiliser ma couleur d’accent",
            (UseAccent, En) => "Use my accent colour",
            (OptionView, Fr) => "Présentation du cycle",
            (OptionView, En) => "How the cycle is shown",
            (Automatic, Fr) => "Automatique (selon le lecteur)",
            (Automatic, En) => "Automatic (the reader’s)",
            (WholeCycle, Fr) => "Le cycle entier",
            (WholeCycle, En) => "The whole cycle",
            (ThemeLight, Fr) => "Claires",
            (ThemeLight, En) => "Light",
            (ThemeDark, Fr) => "Sombres",
            (ThemeDark, En) => "Dark",
            (ViewDiagram, Fr) => "Diagramme",
            (ViewDiagram, En) => "Diagram",
            (ViewList, Fr) => "Liste",
            (ViewList, En) => "List",
            (ScriptHeading, Fr) => "Code à intégrer (recommandé)",
            (ScriptHeading, En) => "Embed code (recommended)",
            (ScriptHelp, Fr) => "La hauteur suit le contenu ; plusieurs intégrations par page sont possibles.",
            (ScriptHelp, En) => "Its height follows the content; several embeds per page work.",
            (IframeHeading, Fr) => "Iframe seule (sites qui retirent les scripts)",
            (IframeHeading, En) => "Plain iframe (for sites that strip scripts)",
            (IframeHelp, Fr) => "Sa hauteur est fixe : ajustez-la au besoin.",
            (IframeHelp, En) => "Its height is fixed: adjust it if needed.",
            (CopySnippet, Fr) => "Copier le code",
            (CopySnippet, En) => "Copy the code",
            (Preview, Fr) => "Aperçu",
            (Preview, En) => "Preview",
            (PreviewTitle, Fr) => "Prévisualiser votre feuille de route",
            (PreviewTitle, En) => "Preview your roadmap",
            (PreviewLead, Fr) => "Vérifiez un fichier de contenu adapté avant de le publier. Votre navigateur le vérifie ici; s’il est valide, l’explorateur complet s’ouvre sur votre fichier. Le fichier reste sur cet appareil : rien n’est envoyé.",
            (PreviewLead, En) => "Check an adapted content file before you publish it. Your browser checks it here; if it is valid, the whole explorer opens on your file. The file stays on this device: nothing is uploaded.",
            (ChooseFile, Fr) => "Choisir un fichier JSON",
            (ChooseFile, En) => "Choose a JSON file",
            (DropHere, Fr) => "ou déposez-le dans ce cadre.",
            (DropHere, En) => "or drop it in this box.",
            (StartingPoint, Fr) => "Pour commencer, partez du contenu que ce site publie maintenant :",
            (StartingPoint, En) => "To start, begin with the content this site publishes now:",
            (DownloadCurrent, Fr) => "Télécharger le contenu actuel",
            (DownloadCurrent, En) => "Download the current content",
            (EditorsGuide, Fr) => "Guide du fichier de contenu",
            (EditorsGuide, En) => "Guide to the content file",
            (Reading, Fr) => "Lecture du fichier…",
            (Reading, En) => "Reading the file…",
            (ReadFailed, Fr) => "Le fichier n’a pas pu être lu. Choisissez-le de nouveau.",
            (ReadFailed, En) => "The file could not be read. Choose it again.",
            (NotKept, Fr) => "Le fichier est valide, mais ce navigateur ne permet pas à la page de le garder : l’explorateur ne peut donc pas l’ouvrir. Autorisez ce site à enregistrer des données, puis réessayez.",
            (NotKept, En) => "The file is valid, but this browser does not let the page keep it, so the explorer cannot open it. Allow this site to store data, then try again.",
            (ExploreIt, Fr) => "Explorer votre feuille de route",
            (ExploreIt, En) => "Explore your roadmap",
            (PresentIt, Fr) => "La présenter",
            (PresentIt, En) => "Present it",
            (StopPreview, Fr) => "Arrêter la prévisualisation",
            (StopPreview, En) => "Stop the preview",
            (PreviewStopped, Fr) => "La prévisualisation est arrêtée : l’explorateur montre de nouveau le contenu publié.",
            (PreviewStopped, En) => "The preview has stopped: the explorer shows the published content again.",
            (KeptPreview, Fr) => "Un fichier est en prévisualisation sur cet appareil.",
            (KeptPreview, En) => "A file is being previewed on this device.",
            (ProblemsHeading, Fr) => "Ce qu’il faut corriger",
            (ProblemsHeading, En) => "What to fix",
            (Copied, Fr) => "Copié dans le presse-papiers.",
            (Copied, En) => "Copied to the clipboard.",
            (CopyBlocked, Fr) => {
                "Le navigateur a refusé la copie : le texte est sélectionné, faites Ctrl+C (ou Cmd+C)."
            }
            (CopyBlocked, En) => {
                "The browser refused to copy: the text is selected, press Ctrl+C (or Cmd+C)."
            }
        }
    }

    /// The keys of a shortcut, as they are printed on a keyboard (the step keys depend on
    /// the content, see `ShortcutsDialog`).
    pub fn keys(self, lang: Lang) -> &'static [&'static str] {
        match (self, lang) {
            (Say::KeysNext, Lang::Fr) => &["→", "Page suivante", "Espace", "Entrée"],
            (Say::KeysNext, Lang::En) => &["→", "Page Down", "Space", "Enter"],
            (Say::KeysPrevious, Lang::Fr) => &["←", "Page précédente", "Retour arrière"],
            (Say::KeysPrevious, Lang::En) => &["←", "Page Up", "Backspace"],
            (Say::KeysEnds, Lang::Fr) => &["Début", "Fin"],
            (Say::KeysEnds, Lang::En) => &["Home", "End"],
            (Say::KeysBlank, _) => &["B", "."],
            (Say::KeysFullscreen, _) => &["F"],
            (Say::KeysLeave, Lang::Fr) => &["Échap"],
            (Say::KeysLeave, Lang::En) => &["Esc"],
            (Say::KeysHelp, _) => &["?"],
            _ => &[],
        }
    }

    /// The shortcuts, in the order the help lists them.
    pub const SHORTCUTS: [Say; 8] = [
        Say::KeysNext,
        Say::KeysPrevious,
        Say::KeysEnds,
        Say::KeysStep,
        Say::KeysBlank,
        Say::KeysFullscreen,
        Say::KeysLeave,
        Say::KeysHelp,
    ];
}

/// "Slide 5 of 34".
pub fn slide_of(lang: Lang, number: u32, total: u32) -> String {
    match lang {
        Lang::Fr => format!("Diapositive {number} sur {total}"),
        Lang::En => format!("Slide {number} of {total}"),
    }
}

/// The elapsed time as the timer shows it, "05:03" or "1:05:03".
pub fn clock(seconds: u64) -> String {
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes:02}:{seconds:02}")
    }
}

/// The same duration for `<time datetime>`, e.g. "PT5M3S".
pub fn iso_duration(seconds: u64) -> String {
    format!(
        "PT{}H{}M{}S",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// What the preview page says of a valid file.
pub fn valid_file(lang: Lang, name: &str, title: &str, steps: usize) -> String {
    match lang {
        Lang::Fr => {
            format!("{name} est une feuille de route valide : « {title} », {steps} étapes.")
        }
        Lang::En => format!("{name} is a valid roadmap: “{title}”, {steps} steps."),
    }
}

/// What the preview page says of a file with problems.
pub fn invalid_file(lang: Lang, name: &str, problems: usize) -> String {
    match (lang, problems) {
        (Lang::Fr, 1) => format!("{name} ne peut pas être affiché : 1 problème a été trouvé."),
        (Lang::Fr, n) => {
            format!("{name} ne peut pas être affiché : {n} problèmes ont été trouvés.")
        }
        (Lang::En, 1) => format!("{name} cannot be shown: 1 problem was found."),
        (Lang::En, n) => format!("{name} cannot be shown: {n} problems were found."),
    }
}
