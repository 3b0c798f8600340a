//! The corpus of bad content files (tests/corpus): each one is refused with the problem
//! tests/corpus/expected.tsv gives for it (path, place, message), in both languages, and
//! every file of the folder is listed there. Files are read as bytes, as the pages read
//! them, so that the corpus also holds files in other encodings.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use lhs_roadmap::content::read;
use lhs_roadmap::lang::Lang;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");

struct Expected {
    file: String,
    path: String,
    location: String,
    message: String,
}

fn expected() -> Vec<Expected> {
    let table = fs::read_to_string(Path::new(CORPUS).join("expected.tsv")).expect("expected.tsv");
    table
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let columns: Vec<&str> = line.split('\t').collect();
            assert_eq!(columns.len(), 4, "four columns in {line:?}");
            Expected {
                file: columns[0].to_string(),
                path: columns[1].to_string(),
                location: columns[2].to_string(),
                message: columns[3].to_string(),
            }
        })
        .collect()
}

#[test]
fn every_bad_file_gives_its_problem_with_path_and_place() {
    for row in expected() {
        let bytes = fs::read(Path::new(CORPUS).join(&row.file)).expect("corpus file");
        let problems = match read(&bytes) {
            Ok(_) => panic!("{} was accepted", row.file),
            Err(problems) => problems,
        };
        let found = problems.iter().find(|problem| {
            problem.path == row.path
                && problem.location(Lang::En) == row.location
                && problem.message(Lang::En) == row.message
        });
        let Some(problem) = found else {
            let seen: Vec<String> = problems
                .iter()
                .map(|p| {
                    format!(
                        "{} | {} | {}",
                        p.path,
                        p.location(Lang::En),
                        p.message(Lang::En)
                    )
                })
                .collect();
            panic!(
                "{}: expected {:?}, found:\n{}",
                row.file,
                row.message,
                seen.join("\n")
            );
        };
        // And in French, a sentence of its own.
        let french = problem.message(Lang::Fr);
        assert!(
            !french.is_empty() && french != row.message,
            "{}: {french}",
            row.file
        );
    }
}

#[test]
fn every_file_of_the_corpus_is_listed() {
    let listed: Vec<String> = expected().into_iter().map(|row| row.file).collect();
    for entry in fs::read_dir(CORPUS).expect("corpus folder") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .to_string();
        if name.ends_with(".json") {
            assert!(listed.contains(&name), "{name} has no expected problem");
        }
    }
}
