//! What can be wrong with a content file, where, and how to say it to its editor.

use crate::lang::Lang;

/// One thing wrong with a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path such as `steps[2].challenges[0].text.fr`; empty for the whole file.
    pub path: String,
    /// Line and column in the file, when the JSON reader knows them.
    pub position: Option<(usize, usize)>,
    pub kind: ProblemKind,
}

/// The kinds of JSON value, named for an editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    Text,
    Number,
    WholeNumber,
    Boolean,
    List,
    Object,
    Null,
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is not JSON (a stray comma, a missing quote…).
    Syntax,
    /// The file stops before its end.
    Truncated,
    /// The file is empty.
    Empty,
    /// Lists or objects nested deeper than the reader goes.
    TooDeep,
    /// A byte that no UTF-8 text has: the file was saved in another encoding, most
    /// often Latin-1 or Windows-1252.
    NotUtf8 {
        byte: u8,
    },
    /// The file is UTF-16 (by its mark or its zero bytes) with a broken character.
    BadUtf16,
    /// The file is larger than [`super::MAX_FILE_BYTES`].
    FileTooLarge {
        bytes: usize,
    },
    /// A text longer than its limit (in characters).
    TooLong {
        length: usize,
        max: usize,
    },
    /// A list with more entries than its limit.
    TooMany {
        count: usize,
        max: usize,
    },
    /// A glossary with more entries than [`super::MAX_GLOSSARY`].
    TooManyTerms {
        count: usize,
        max: usize,
    },
    /// A glossary entry with more forms in one language than [`super::MAX_FORMS`].
    TooManyForms {
        count: usize,
        max: usize,
    },
    MissingField(String),
    UnknownField(String),
    /// The same field given twice in one object.
    DuplicateField(String),
    WrongType {
        expected: JsonKind,
        found: JsonKind,
    },
    /// A value outside the allowed list (a tag, for instance).
    UnknownValue(String),
    /// A text with no words in one language.
    EmptyText,
    /// An id that is not a lowercase slug.
    BadId(String),
    /// The id was already used at `first`.
    DuplicateId {
        id: String,
        first: String,
    },
    /// A source key that the sources list does not define.
    UnknownSource(String),
    /// A step with no items in one of its parts, or an empty list that needs entries.
    EmptyList,
    /// A step whose number does not match its place.
    WrongNumber {
        expected: u32,
        found: u32,
    },
    /// A link that is not an https or http address.
    BadUrl(String),
    /// A support linked to an id that is no winning condition.
    UnknownCondition(String),
    /// A synonym's word that is not one word (a space, a hyphen, an apostrophe…).
    NotOneWord(String),
    /// Anything the reader reported that has no kind of its own.
    Other(String),
}

impl JsonKind {
    fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (JsonKind::Text, Lang::Fr) => "un texte entre guillemets",
            (JsonKind::Text, Lang::En) => "a text in quotes",
            (JsonKind::Number, Lang::Fr) => "un nombre",
            (JsonKind::Number, Lang::En) => "a number",
            (JsonKind::WholeNumber, Lang::Fr) => "un nombre entier positif",
            (JsonKind::WholeNumber, Lang::En) => "a positive whole number",
            (JsonKind::Boolean, Lang::Fr) => "true ou false",
            (JsonKind::Boolean, Lang::En) => "true or false",
            (JsonKind::List, Lang::Fr) => "une liste [ … ]",
            (JsonKind::List, Lang::En) => "a list [ … ]",
            (JsonKind::Object, Lang::Fr) => "un objet { … }",
            (JsonKind::Object, Lang::En) => "an object { … }",
            (JsonKind::Null, Lang::Fr) => "null",
            (JsonKind::Null, Lang::En) => "null",
            (JsonKind::Unknown, Lang::Fr) => "une autre valeur",
            (JsonKind::Unknown, Lang::En) => "another kind of value",
        }
    }
}

impl Problem {
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            path: path.into(),
            position: None,
            kind,
        }
    }

    /// The sentence shown to the editor, in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        match (&self.kind, lang) {
            (Syntax, Lang::Fr) => "Le fichier n’est pas du JSON valide (virgule, guillemet ou accolade manquant ou en trop).".into(),
            (Syntax, Lang::En) => "The file is not valid JSON (a comma, quote or bracket is missing or extra).".into(),
            (Truncated, Lang::Fr) => "Le fichier s’arrête avant la fin : il est peut-être incomplet.".into(),
            (Truncated, Lang::En) => "The file stops before its end: it may be incomplete.".into(),
            (Empty, Lang::Fr) => "Le fichier est vide.".into(),
            (Empty, Lang::En) => "The file is empty.".into(),
            (TooDeep, Lang::Fr) => "Les listes et objets sont imbriqués trop profondément : un roadmap n’en demande que quelques niveaux.".into(),
            (TooDeep, Lang::En) => "Lists and objects are nested too deeply: a roadmap needs only a few levels.".into(),
            (NotUtf8 { byte }, Lang::Fr) => format!("Le fichier n’est pas enregistré en UTF-8 : à cet endroit, l’octet 0x{byte:02X} (« {} » en Windows-1252) ne peut pas se trouver dans un texte UTF-8. Le fichier a sans doute été enregistré en Latin-1 ou en Windows-1252, et ses lettres accentuées seraient mal lues. Enregistrez-le de nouveau en UTF-8 (dans VS Code : cliquez sur l’encodage en bas à droite, puis « Enregistrer avec l’encodage » et « UTF-8 »).", windows_1252(*byte)),
            (NotUtf8 { byte }, Lang::En) => format!("The file is not saved as UTF-8: here, the byte 0x{byte:02X} (“{}” in Windows-1252) cannot appear in UTF-8 text. The file was probably saved as Latin-1 or Windows-1252, and its accented letters would be misread. Save it again as UTF-8 (in VS Code: click the encoding at the bottom right, then “Save with Encoding” and “UTF-8”).", windows_1252(*byte)),
            (BadUtf16, Lang::Fr) => "Le fichier est enregistré en UTF-16, mais un caractère y est coupé ou incomplet à cet endroit. Enregistrez-le de nouveau, de préférence en UTF-8 (dans VS Code : cliquez sur l’encodage en bas à droite, puis « Enregistrer avec l’encodage » et « UTF-8 »).".into(),
            (BadUtf16, Lang::En) => "The file is saved as UTF-16, but a character is cut or incomplete here. Save it again, preferably as UTF-8 (in VS Code: click the encoding at the bottom right, then “Save with Encoding” and “UTF-8”).".into(),
            (FileTooLarge { bytes }, Lang::Fr) => format!("Le fichier fait {} Mo; l’explorateur lit des fichiers d’au plus {} Mo.", megabytes(*bytes, ','), megabytes(super::MAX_FILE_BYTES, ',')),
            (FileTooLarge { bytes }, Lang::En) => format!("The file is {} MB; the explorer reads files of up to {} MB.", megabytes(*bytes, '.'), megabytes(super::MAX_FILE_BYTES, '.')),
            (TooLong { length, max }, Lang::Fr) => format!("Ce texte a {length} caractères; la limite ici est de {max}. Raccourcissez-le."),
            (TooLong { length, max }, Lang::En) => format!("This text has {length} characters; the limit here is {max}. Shorten it."),
            (TooMany { count, max }, Lang::Fr) => format!("Cette liste a {count} entrées; la limite est de {max}, pour que tout reste lisible."),
            (TooMany { count, max }, Lang::En) => format!("This list has {count} entries; the limit is {max}, so that everything stays readable."),
            (TooManyTerms { count, max }, Lang::Fr) => format!("Le glossaire a {count} termes; la limite est de {max}, pour que sa page reste lisible et que l’explorateur reste rapide (chaque texte affiché y est cherché)."),
            (TooManyTerms { count, max }, Lang::En) => format!("The glossary has {count} terms; the limit is {max}, so that its page stays readable and the explorer fast (every text shown is searched for them)."),
            (TooManyForms { count, max }, Lang::Fr) => format!("Ce terme a {count} formes dans cette langue; la limite est de {max} : le singulier, le pluriel et quelques variantes suffisent."),
            (TooManyForms { count, max }, Lang::En) => format!("This term has {count} forms in this language; the limit is {max}: the singular, the plural and a few variants are enough."),
            (MissingField(field), Lang::Fr) => format!("Le champ « {field} » est obligatoire, mais il manque."),
            (MissingField(field), Lang::En) => format!("The field “{field}” is required but missing."),
            (UnknownField(field), Lang::Fr) => format!("Le champ « {field} » n’est pas prévu ici (faute de frappe?)."),
            (UnknownField(field), Lang::En) => format!("The field “{field}” is not expected here (a typo?)."),
            (DuplicateField(field), Lang::Fr) => format!("Le champ « {field} » est donné deux fois : gardez-en un seul."),
            (DuplicateField(field), Lang::En) => format!("The field “{field}” is given twice: keep only one."),
            (WrongType { expected, found }, lang) => match lang {
                Lang::Fr => format!("Il faut ici {}, mais le fichier contient {}.", expected.name(lang), found.name(lang)),
                Lang::En => format!("This must be {}, but the file has {}.", expected.name(lang), found.name(lang)),
            },
            (UnknownValue(value), Lang::Fr) => format!("La valeur « {value} » n’est pas permise ici."),
            (UnknownValue(value), Lang::En) => format!("The value “{value}” is not allowed here."),
            (EmptyText, Lang::Fr) => "Ce texte est vide : écrivez-le dans cette langue.".into(),
            (EmptyText, Lang::En) => "This text is empty: write it in this language.".into(),
            (BadId(id), Lang::Fr) => format!("L’identifiant « {id} » doit contenir seulement des minuscules sans accents, des chiffres et des traits d’union (par exemple « collect-data »)."),
            (BadId(id), Lang::En) => format!("The id “{id}” must use only lowercase letters without accents, digits and hyphens (for example “collect-data”)."),
            (DuplicateId { id, first }, Lang::Fr) => format!("L’identifiant « {id} » est déjà utilisé à {first}."),
            (DuplicateId { id, first }, Lang::En) => format!("The id “{id}” is already used at {first}."),
            (UnknownSource(key), Lang::Fr) => format!("La source « {key} » n’existe pas dans la liste « sources »."),
            (UnknownSource(key), Lang::En) => format!("The source “{key}” is not in the “sources” list."),
            (EmptyList, Lang::Fr) => "Cette liste est vide : ajoutez au moins un élément.".into(),
            (EmptyList, Lang::En) => "This list is empty: add at least one entry.".into(),
            (WrongNumber { expected, found }, Lang::Fr) => format!("Le numéro devrait être {expected} d’après la place de l’étape, mais c’est {found}."),
            (WrongNumber { expected, found }, Lang::En) => format!("The number should be {expected}, from the step’s place, but it is {found}."),
            (BadUrl(url), Lang::Fr) => format!("« {url} » n’est pas une adresse web qui commence par https://."),
            (BadUrl(url), Lang::En) => format!("“{url}” is not a web address starting with https://."),
            (UnknownCondition(id), Lang::Fr) => format!("« {id} » n’est l’identifiant d’aucune condition gagnante (les éléments des listes « conditions »)."),
            (UnknownCondition(id), Lang::En) => format!("“{id}” is not the id of a winning condition (the items of the “conditions” lists)."),
            (NotOneWord(word), Lang::Fr) => format!("« {word} » doit être un seul mot : des lettres et des chiffres, sans espace, trait d’union ni apostrophe. Écrivez plutôt chaque mot à part."),
            (NotOneWord(word), Lang::En) => format!("“{word}” must be one word: letters and digits, with no space, hyphen or apostrophe. Write each word apart instead."),
            (Other(detail), Lang::Fr) => format!("Valeur incorrecte ({detail})."),
            (Other(detail), Lang::En) => format!("Incorrect value ({detail})."),
        }
    }

    /// Where, for an editor: the JSON path, then the line and column when known.
    pub fn location(&self, lang: Lang) -> String {
        let path = if self.path.is_empty() {
            match lang {
                Lang::Fr => "le fichier entier".to_string(),
                Lang::En => "the whole file".to_string(),
            }
        } else {
            self.path.clone()
        };
        match (self.position, lang) {
            (Some((line, column)), Lang::Fr) => format!("{path} (ligne {line}, colonne {column})"),
            (Some((line, column)), Lang::En) => format!("{path} (line {line}, column {column})"),
            (None, _) => path,
        }
    }
}

/// How many problems the content file has, as a sentence.
pub fn problem_count(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Fr, 1) => "1 problème a été trouvé.".to_string(),
        (Lang::Fr, n) => format!("{n} problèmes ont été trouvés."),
        (Lang::En, 1) => "1 problem was found.".to_string(),
        (Lang::En, n) => format!("{n} problems were found."),
    }
}

/// What Windows-1252 (which includes Latin-1's letters) shows for a byte, so that the
/// message names the letter the editor typed.
fn windows_1252(byte: u8) -> char {
    // 0x80–0x9F: Windows-1252's punctuation, where Latin-1 has control codes.
    const HIGH: [char; 32] = [
        '€', '?', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '?', 'Ž', '?', '?', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '?', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// Bytes as megabytes with one decimal, with the language's decimal mark; integer
/// arithmetic, since float formatting would add its code to the wasm.
fn megabytes(bytes: usize, mark: char) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    if tenths.is_multiple_of(10) {
        format!("{}", tenths / 10)
    } else {
        format!("{}{mark}{}", tenths / 10, tenths % 10)
    }
}
