//! Unit tests of importing and loading model files.

use super::{
    ModelFileError, default_imported_models_dir, import_model_file, load_with_imported,
    parse_model_bytes,
};
use crate::model::catalogue::Catalogue;
use crate::model::text::Text;

/// A valid model file that is not in the catalogue.
fn own_model_json(id: &str) -> String {
    let mut model = Catalogue::built_in().models.remove(0);
    model.id = id.to_owned();
    model.name = Text::new("Własny model", "Own model");
    serde_json::to_string_pretty(&model).unwrap()
}

fn folder_entries(dir: &std::path::Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<_> = entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn default_folder_is_named_models() {
    assert!(default_imported_models_dir().ends_with("models"));
}

#[test]
fn bad_bytes_get_specific_errors() {
    let good = own_model_json("own_model");
    assert!(parse_model_bytes(good.as_bytes()).is_ok());
    type Case<'a> = (&'a [u8], fn(&ModelFileError) -> bool);
    let cases: [Case<'_>; 7] = [
        (b"\xff\xfe", |e| matches!(e, ModelFileError::NotText)),
        (b"nie json", |e| matches!(e, ModelFileError::NotJson(_))),
        (&good.as_bytes()[..good.len() / 2], |e| {
            matches!(e, ModelFileError::NotJson(_))
        }),
        (br#"{"format": "social-franchise-plan"}"#, |e| {
            matches!(e, ModelFileError::WrongFormat)
        }),
        (
            br#"{"format": "social-franchise-model", "format_version": 7}"#,
            |e| matches!(e, ModelFileError::NewerVersion(7)),
        ),
        (br#"{"format": "social-franchise-model"}"#, |e| {
            matches!(e, ModelFileError::Invalid(_))
        }),
        (
            br#"{"format": "social-franchise-model", "format_version": 1, "id": 5}"#,
            |e| matches!(e, ModelFileError::Invalid(_)),
        ),
    ];
    for (bytes, expected) in cases {
        let err = parse_model_bytes(bytes).unwrap_err();
        assert!(expected(&err), "{err:?}");
    }
}

#[test]
fn a_good_file_is_copied_under_its_id() {
    let source_dir = tempfile::tempdir().unwrap();
    let source = source_dir.path().join("Mój model.json");
    let json = own_model_json("own_model");
    std::fs::write(&source, &json).unwrap();
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("models");
    let model = import_model_file(&source, &dir, &Catalogue::built_in()).unwrap();
    assert_eq!(model.id, "own_model");
    assert_eq!(folder_entries(&dir), ["own_model.json"]);
    assert_eq!(
        std::fs::read_to_string(dir.join("own_model.json")).unwrap(),
        json
    );
    let again = import_model_file(&source, &dir, &Catalogue::built_in()).unwrap_err();
    assert!(matches!(again, ModelFileError::Copy(_)), "{again:?}");
}

#[test]
fn failures_write_nothing() {
    let source_dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("models");
    let catalogue = Catalogue::built_in();

    let duplicate = source_dir.path().join("duplicate.json");
    let existing_id = catalogue.models[0].id.clone();
    std::fs::write(&duplicate, own_model_json(&existing_id)).unwrap();
    let err = import_model_file(&duplicate, &dir, &catalogue).unwrap_err();
    assert!(matches!(err, ModelFileError::DuplicateId(ref id) if *id == existing_id));

    let mut model = Catalogue::built_in().models.remove(0);
    model.id = "Zła nazwa".to_owned();
    model.summary.en.clear();
    let broken = source_dir.path().join("broken.json");
    std::fs::write(&broken, serde_json::to_string(&model).unwrap()).unwrap();
    let err = import_model_file(&broken, &dir, &catalogue).unwrap_err();
    let ModelFileError::Problems(problems) = err else {
        panic!("{err:?}");
    };
    assert_eq!(problems.len(), 2, "{problems:?}");

    let missing = source_dir.path().join("missing.json");
    assert!(matches!(
        import_model_file(&missing, &dir, &catalogue),
        Err(ModelFileError::Io(_))
    ));
    assert!(matches!(
        import_model_file(source_dir.path(), &dir, &catalogue),
        Err(ModelFileError::NotAFile)
    ));
    assert!(!dir.exists(), "the models folder is not even created");
}

#[test]
fn loading_adds_good_files_and_skips_bad_ones() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path();
    std::fs::write(dir.join("a_own.json"), own_model_json("a_own")).unwrap();
    std::fs::write(dir.join("b_cut.json"), "{\"format\": \"social-fr").unwrap();
    std::fs::write(dir.join("c_twin.json"), own_model_json("a_own")).unwrap();
    std::fs::write(dir.join("notes.txt"), "ignored").unwrap();
    let built_in = Catalogue::built_in();
    let count = built_in.models.len();
    let loaded = load_with_imported(built_in, dir);
    assert_eq!(loaded.catalogue.models.len(), count + 1);
    assert!(loaded.catalogue.get("a_own").is_some());
    assert_eq!(loaded.imported.iter().collect::<Vec<_>>(), ["a_own"]);
    let skipped: Vec<_> = loaded
        .skipped
        .iter()
        .map(|(path, err)| (path.file_name().unwrap().to_string_lossy(), err))
        .collect();
    assert_eq!(skipped.len(), 2);
    assert!(matches!(skipped[0].1, ModelFileError::NotJson(_)));
    assert!(matches!(skipped[1].1, ModelFileError::DuplicateId(_)));

    let none = load_with_imported(Catalogue::built_in(), &dir.join("missing"));
    assert_eq!(none.catalogue.models.len(), count);
    assert!(none.imported.is_empty() && none.skipped.is_empty());
}
