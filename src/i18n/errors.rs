//! Why a file could not be read or written, in words: every reason shown for plan files,
//! model files and exports, in Polish and English. The file code names the cause with a
//! [`FileProblem`] (`io` depends on this module, never the other way round); this is the one
//! place that words it.

use super::plural_pl;
use crate::model::text::Lang;

/// The kind of file a read failed on (some reasons name it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A plan file.
    Plan,
    /// A model file being imported.
    Model,
}

/// Why reading a plan or a model file failed: the causes both kinds share.
#[derive(Clone, Copy, Debug)]
pub enum ReadProblem<'a> {
    /// The operating system refused.
    Io(&'a std::io::Error),
    /// A folder or a special file.
    NotAFile,
    /// Larger than the limit.
    TooLarge,
    /// Not UTF-8 text.
    NotText,
    /// Not JSON, or cut short (the parser's words).
    NotJson(&'a str),
    /// JSON, but not this kind of file.
    WrongFormat,
    /// Written by a newer version (the version found).
    NewerVersion(u64),
    /// Missing or wrongly typed fields (the parser's words).
    Invalid(&'a str),
}

/// Why a file could not be read or written.
#[derive(Clone, Copy, Debug)]
pub enum FileProblem<'a> {
    /// Reading a plan or model file failed.
    Read(FileKind, ReadProblem<'a>),
    /// The plan file is read-only.
    ReadOnly,
    /// Someone else changed the plan file since it was read.
    ChangedOnDisk,
    /// No output file was given for an export.
    NoPath,
    /// The export's output is the plan itself.
    SameAsPlan,
    /// The export's output has a plan file's extension.
    PlanExtension,
    /// The model breaks the catalogue's rules (the rules broken).
    ModelRules(&'a [String]),
    /// The catalogue already has a model with this id.
    DuplicateModel(&'a str),
    /// The model could not be copied into the models folder.
    ModelCopy(&'a std::io::Error),
}

/// The reasons a read of one kind of file fails for.
#[derive(Debug)]
pub struct ReadTexts {
    /// The operating system refused.
    pub io: &'static str,
    /// The file was not found.
    pub not_found: &'static str,
    /// No permission.
    pub permission: &'static str,
    /// A folder or special file.
    pub not_a_file: &'static str,
    /// Too large.
    pub too_large: &'static str,
    /// Not UTF-8.
    pub not_text: &'static str,
    /// Not JSON.
    pub not_json: &'static str,
    /// Not this kind of file.
    pub wrong_format: &'static str,
    /// Newer version.
    pub newer_version: &'static str,
    /// Damaged.
    pub invalid: &'static str,
}

/// Every reason, in one language.
#[derive(Debug)]
pub struct ErrorTexts {
    /// Reading a plan file.
    pub plan: ReadTexts,
    /// Reading a model file.
    pub model: ReadTexts,
    /// The plan file is read-only.
    pub read_only: &'static str,
    /// Changed by someone else since it was read.
    pub changed_on_disk: &'static str,
    /// No output file given.
    pub no_path: &'static str,
    /// The output is the plan itself.
    pub same_as_plan: &'static str,
    /// The output would have a plan file's extension.
    pub plan_extension: &'static str,
    /// The model breaks the catalogue's rules (how many).
    pub model_rules: fn(usize) -> String,
    /// A model with this id is in the catalogue already.
    pub duplicate_model: fn(&str) -> String,
    /// The copy into the models folder failed.
    pub model_copy: &'static str,
}

/// Polish.
pub const PL: ErrorTexts = ErrorTexts {
    plan: ReadTexts {
        io: "system nie pozwolił na dostęp do pliku",
        not_found: "nie ma takiego pliku",
        permission: "brak uprawnień do pliku lub folderu",
        not_a_file: "to nie jest zwykły plik",
        too_large: "plik jest zbyt duży jak na plan",
        not_text: "plik nie jest tekstem UTF-8",
        not_json: "plik nie jest poprawnym JSON-em albo jest ucięty",
        wrong_format: "to nie jest plik planu tego programu",
        newer_version: "plan zapisała nowsza wersja programu – zaktualizuj program",
        invalid: "plan jest uszkodzony",
    },
    model: ReadTexts {
        io: "system nie pozwolił odczytać pliku",
        not_found: "nie ma takiego pliku",
        permission: "brak uprawnień do pliku",
        not_a_file: "to nie jest zwykły plik",
        too_large: "plik jest za duży jak na model (limit 4 MB)",
        not_text: "plik nie jest tekstem UTF-8",
        not_json: "plik nie jest poprawnym JSON-em albo jest ucięty",
        wrong_format: "to nie jest plik modelu (brak \"format\": \"social-franchise-model\")",
        newer_version: "plik zapisano dla nowszej wersji programu – zaktualizuj program",
        invalid: "w pliku brakuje pól albo mają zły typ",
    },
    read_only: "plik jest tylko do odczytu (użyj --force, aby go zastąpić)",
    changed_on_disk: "ktoś inny zmienił plik od chwili odczytu",
    no_path: "nie podano pliku",
    same_as_plan: "to jest plik samego planu – wybierz inną nazwę",
    plan_extension: "rozszerzenie .json jest zarezerwowane dla plików planu",
    model_rules: |n| {
        let word = plural_pl(n, "problem", "problemy", "problemów");
        format!("model nie spełnia zasad katalogu ({n} {word})")
    },
    duplicate_model: |id| {
        format!(
            "w katalogu jest już model o identyfikatorze „{id}”; aby go zastąpić, \
             najpierw usuń jego plik z folderu własnych modeli"
        )
    },
    model_copy: "nie udało się zapisać kopii w folderze własnych modeli",
};

/// English.
pub const EN: ErrorTexts = ErrorTexts {
    plan: ReadTexts {
        io: "the system refused access to the file",
        not_found: "there is no such file",
        permission: "no permission for the file or folder",
        not_a_file: "this is not a regular file",
        too_large: "the file is too large for a plan",
        not_text: "the file is not UTF-8 text",
        not_json: "the file is not valid JSON or is cut short",
        wrong_format: "this is not a plan file of this program",
        newer_version: "a newer version of the program wrote this plan – update the program",
        invalid: "the plan is damaged",
    },
    model: ReadTexts {
        io: "the system did not let the app read the file",
        not_found: "no such file",
        permission: "no permission to read the file",
        not_a_file: "not a regular file",
        too_large: "the file is too large for a model (limit 4 MB)",
        not_text: "the file is not UTF-8 text",
        not_json: "the file is not valid JSON or is cut short",
        wrong_format: "not a model file (no \"format\": \"social-franchise-model\")",
        newer_version: "the file was written for a newer version of the app; update the app",
        invalid: "fields are missing or have the wrong type",
    },
    read_only: "the file is read-only (use --force to replace it)",
    changed_on_disk: "someone else changed the file since it was read",
    no_path: "no file given",
    same_as_plan: "this is the plan file itself – choose another name",
    plan_extension: "the .json extension is kept for plan files",
    model_rules: |n| {
        let word = if n == 1 { "problem" } else { "problems" };
        format!("the model breaks the catalogue's rules ({n} {word})")
    },
    duplicate_model: |id| {
        format!(
            "the catalogue already has a model with the id “{id}”; to replace it, first \
             remove its file from your models folder"
        )
    },
    model_copy: "the copy could not be saved in your models folder",
};

/// The table for `lang`.
pub fn errors(lang: Lang) -> &'static ErrorTexts {
    crate::i18n::by_lang(lang, &PL, &EN)
}

/// The reason for `problem`, in `lang`.
pub fn reason(lang: Lang, problem: FileProblem<'_>) -> String {
    let t = errors(lang);
    match problem {
        FileProblem::Read(kind, read) => read_reason(read_texts(t, kind), read),
        FileProblem::ReadOnly => t.read_only.to_owned(),
        FileProblem::ChangedOnDisk => t.changed_on_disk.to_owned(),
        FileProblem::NoPath => t.no_path.to_owned(),
        FileProblem::SameAsPlan => t.same_as_plan.to_owned(),
        FileProblem::PlanExtension => t.plan_extension.to_owned(),
        FileProblem::ModelRules(rules) => {
            format!("{}: {}", (t.model_rules)(rules.len()), rules.join("; "))
        }
        FileProblem::DuplicateModel(id) => (t.duplicate_model)(id),
        FileProblem::ModelCopy(io) => format!("{} ({io})", t.model_copy),
    }
}

/// The reasons for reading `kind` of file.
pub fn read_texts(t: &ErrorTexts, kind: FileKind) -> &ReadTexts {
    match kind {
        FileKind::Plan => &t.plan,
        FileKind::Model => &t.model,
    }
}

fn read_reason(t: &ReadTexts, problem: ReadProblem<'_>) -> String {
    match problem {
        ReadProblem::Io(io) => match io.kind() {
            std::io::ErrorKind::NotFound => t.not_found.to_owned(),
            std::io::ErrorKind::PermissionDenied => t.permission.to_owned(),
            _ => format!("{} ({io})", t.io),
        },
        ReadProblem::NotAFile => t.not_a_file.to_owned(),
        ReadProblem::TooLarge => t.too_large.to_owned(),
        ReadProblem::NotText => t.not_text.to_owned(),
        ReadProblem::NotJson(detail) => format!("{} ({detail})", t.not_json),
        ReadProblem::WrongFormat => t.wrong_format.to_owned(),
        ReadProblem::NewerVersion(version) => format!("{} ({version})", t.newer_version),
        ReadProblem::Invalid(detail) => format!("{} ({detail})", t.invalid),
    }
}

#[cfg(test)]
mod tests {
    use super::{FileKind, FileProblem, ReadProblem, errors, reason};
    use crate::model::text::Lang;

    #[test]
    fn no_reason_is_empty_and_each_names_its_cause() {
        for lang in Lang::ALL {
            let dump = format!("{:?}", errors(lang));
            assert!(!dump.contains("\"\""), "{lang:?}: {dump}");
            let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
            let plan = reason(
                lang,
                FileProblem::Read(FileKind::Plan, ReadProblem::Io(&missing)),
            );
            let model = reason(
                lang,
                FileProblem::Read(FileKind::Model, ReadProblem::Io(&missing)),
            );
            assert_eq!(plan, errors(lang).plan.not_found);
            assert_eq!(model, errors(lang).model.not_found);
            let newer = FileProblem::Read(FileKind::Plan, ReadProblem::NewerVersion(9));
            assert!(reason(lang, newer).ends_with("(9)"));
            let rules = ["a".to_owned(), "b".to_owned()];
            assert!(reason(lang, FileProblem::ModelRules(&rules)).ends_with(": a; b"));
        }
        assert_eq!(
            reason(Lang::Pl, FileProblem::ModelRules(&vec!["x".to_owned(); 5])),
            "model nie spełnia zasad katalogu (5 problemów): x; x; x; x; x"
        );
    }
}
