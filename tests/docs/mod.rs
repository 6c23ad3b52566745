//! The documentation in step with the code: every field and fixed value of the record's JSON
//! Schema is named in docs/RECORD.md, with the current `schema_version`; every subcommand has
//! an example in README.md and docs/CLI.md, and every option of it is in docs/CLI.md; every
//! relative link (and anchor) in README.md and docs/*.md points at something that exists; no
//! page names an absolute machine path.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(root().join(relative))
        .unwrap_or_else(|err| panic!("cannot read {relative}: {err}"))
}

/// The standard output of `union-news ARGS`, which must succeed.
fn run(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_union-news"))
        .args(args)
        .output()
        .expect("union-news runs");
    assert!(output.status.success(), "union-news {args:?} failed");
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// README.md and every Markdown page of docs/, as paths relative to the repository root.
fn pages() -> Vec<String> {
    let mut pages = vec!["README.md".to_string()];
    let mut docs: Vec<String> = std::fs::read_dir(root().join("docs"))
        .expect("docs/ exists")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".md"))
        .map(|name| format!("docs/{name}"))
        .collect();
    docs.sort();
    pages.extend(docs);
    pages
}

// ---------------------------------------------------------------------------------------
// The record contract.

/// Every property name and every string of an `enum` anywhere in the schema.
fn schema_names(schema: &Value, fields: &mut BTreeSet<String>, values: &mut BTreeSet<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get("properties") {
                fields.extend(properties.keys().cloned());
            }
            if let Some(Value::Array(items)) = map.get("enum") {
                values.extend(items.iter().filter_map(Value::as_str).map(str::to_string));
            }
            for child in map.values() {
                schema_names(child, fields, values);
            }
        }
        Value::Array(items) => {
            for child in items {
                schema_names(child, fields, values);
            }
        }
        _ => {}
    }
}

/// What of the schema `record_doc` does not name: fields and fixed values as `` `name` ``,
/// and the schema version as "The current `schema_version` is N.".
fn missing_from_record_doc(schema: &Value, record_doc: &str) -> Vec<String> {
    let mut fields = BTreeSet::new();
    let mut values = BTreeSet::new();
    schema_names(schema, &mut fields, &mut values);
    let mut missing: Vec<String> = fields
        .iter()
        .map(|f| format!("field `{f}`"))
        .chain(values.iter().map(|v| format!("value `{v}`")))
        .filter(|what| {
            let quoted = &what[what.find('`').unwrap_or(0)..];
            !record_doc.contains(quoted)
        })
        .collect();
    match schema.pointer("/properties/schema_version/const") {
        Some(version) => {
            let sentence = format!("The current `schema_version` is {version}.");
            if !record_doc.contains(&sentence) {
                missing.push(sentence);
            }
        }
        None => missing.push("a schema_version const in the schema".to_string()),
    }
    missing
}

#[test]
fn record_doc_names_every_schema_field_and_value() {
    let schema: Value = serde_json::from_str(&run(&["schema"])).expect("schema is JSON");
    let missing = missing_from_record_doc(&schema, &read("docs/RECORD.md"));
    assert!(
        missing.is_empty(),
        "docs/RECORD.md is behind `union-news schema`; it lacks: {missing:?}"
    );
}

#[test]
fn record_doc_check_can_fail() {
    let schema: Value = serde_json::from_str(&run(&["schema"])).unwrap();
    let doc = read("docs/RECORD.md");
    let without_field = doc.replace("`role_organizations`", "`roles_orgs`");
    let without_value = doc.replace("`campaign_launch`", "campaign launch");
    let other_version = doc.replace(
        "The current `schema_version` is 1.",
        "The current `schema_version` is 2.",
    );
    assert_eq!(
        missing_from_record_doc(&schema, &without_field),
        ["field `role_organizations`"]
    );
    assert_eq!(
        missing_from_record_doc(&schema, &without_value),
        ["value `campaign_launch`"]
    );
    assert_eq!(
        missing_from_record_doc(&schema, &other_version),
        ["The current `schema_version` is 1."]
    );
}

// ---------------------------------------------------------------------------------------
// The command line.

/// The subcommands `union-news --help` lists (without `help`).
fn subcommands() -> Vec<String> {
    let help = run(&["--help"]);
    let listed: Vec<String> = help
        .lines()
        .skip_while(|line| !line.starts_with("Commands:"))
        .skip(1)
        .take_while(|line| !line.trim().is_empty())
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect();
    assert!(listed.len() >= 6, "subcommands not found in:\n{help}");
    listed
}

/// The long options `union-news COMMAND --help` lists (without `--help`).
fn long_options(command: &str) -> Vec<String> {
    run(&[command, "--help"])
        .lines()
        .map(str::trim_start)
        .filter(|line| line.starts_with('-'))
        .filter_map(|line| {
            line.split([' ', ','])
                .find(|word| word.starts_with("--"))
                .map(|word| word.split('=').next().unwrap_or(word).to_string())
        })
        .filter(|option| option != "--help")
        .collect()
}

/// Whether `page` has a line inside a ```` ```sh ```` block (a command to run, not a usage
/// synopsis) that runs `union-news COMMAND`.
fn has_example(page: &str, command: &str) -> bool {
    let call = format!("union-news {command}");
    let mut in_code = false;
    let mut in_shell = false;
    page.lines().any(|line| {
        let fence = line.trim_start();
        if fence.starts_with("```") {
            in_code = !in_code;
            in_shell = in_code && fence == "```sh";
            return false;
        }
        in_shell
            && line
                .match_indices(&call)
                .any(|(at, _)| matches!(line[at + call.len()..].chars().next(), None | Some(' ')))
    })
}

/// What `readme` and `cli_doc` lack for `commands` (each with its long options).
fn missing_from_cli_docs(
    commands: &[(String, Vec<String>)],
    readme: &str,
    cli_doc: &str,
) -> Vec<String> {
    let mut missing = Vec::new();
    for (command, options) in commands {
        if !has_example(readme, command) {
            missing.push(format!("README.md: an example of `union-news {command}`"));
        }
        if !has_example(cli_doc, command) {
            missing.push(format!("docs/CLI.md: an example of `union-news {command}`"));
        }
        if !cli_doc.contains(&format!("## `{command}`")) {
            missing.push(format!("docs/CLI.md: a section ## `{command}`"));
        }
        for option in options {
            if !cli_doc.contains(&format!("`{option}")) && !cli_doc.contains(&format!(" {option}"))
            {
                missing.push(format!("docs/CLI.md: {command} {option}"));
            }
        }
    }
    missing
}

#[test]
fn every_subcommand_and_option_is_documented() {
    let commands: Vec<(String, Vec<String>)> = subcommands()
        .into_iter()
        .map(|command| {
            let options = long_options(&command);
            (command, options)
        })
        .collect();
    let missing = missing_from_cli_docs(&commands, &read("README.md"), &read("docs/CLI.md"));
    assert!(missing.is_empty(), "undocumented: {missing:#?}");
}

#[test]
fn cli_docs_check_can_fail() {
    let commands = vec![
        ("extract".to_string(), vec!["--jobs".to_string()]),
        ("frobnicate".to_string(), vec![]),
    ];
    let readme = read("README.md");
    let cli_doc = read("docs/CLI.md");
    assert_eq!(
        missing_from_cli_docs(&commands, &readme, &cli_doc),
        [
            "README.md: an example of `union-news frobnicate`",
            "docs/CLI.md: an example of `union-news frobnicate`",
            "docs/CLI.md: a section ## `frobnicate`",
        ]
    );
    let extract_only = &commands[..1];
    let without_jobs = cli_doc.replace("--jobs", "--workers");
    assert_eq!(
        missing_from_cli_docs(extract_only, &readme, &without_jobs),
        ["docs/CLI.md: extract --jobs"]
    );
    let synopsis_only = "```text\nunion-news extract [OPTIONS] <PATHS>...\n```\n";
    assert!(!has_example(synopsis_only, "extract"));
    let no_example = readme.replace("union-news extract", "extract");
    assert_eq!(
        missing_from_cli_docs(extract_only, &no_example, &cli_doc),
        ["README.md: an example of `union-news extract`"]
    );
}

// ---------------------------------------------------------------------------------------
// Links.

/// The text of `page` outside fenced code blocks and inline code spans.
fn prose(page: &str) -> String {
    let mut in_code = false;
    let mut kept = String::new();
    for line in page.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if !in_code {
            let outside: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
            kept.push_str(&outside);
            kept.push('\n');
        }
    }
    kept
}

/// The targets of the Markdown links and images of `page`: `[text](target)`.
fn link_targets(page: &str) -> Vec<String> {
    let text = prose(page);
    text.match_indices("](")
        .filter_map(|(at, _)| {
            let rest = &text[at + 2..];
            let end = rest.find(')')?;
            Some(rest[..end].trim().to_string())
        })
        .collect()
}

/// The anchors of a page's headings, as GitHub makes them: lower case, punctuation dropped,
/// spaces as `-`, a repeated one numbered (`-1`, `-2`).
fn anchors(page: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut in_code = false;
    for line in page.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code || !line.starts_with('#') {
            continue;
        }
        let heading = line.trim_start_matches('#').trim();
        let slug: String = heading
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
            .map(|c| if c == ' ' { '-' } else { c })
            .collect();
        let mut unique = slug.clone();
        let mut n = 0;
        while seen.contains(&unique) {
            n += 1;
            unique = format!("{slug}-{n}");
        }
        seen.insert(unique);
    }
    seen
}

/// `a/b/../c` → `a/c`, for paths relative to the repository root (`..` kept where it leaves
/// the root).
fn tidy(path: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                if parts.last().is_some_and(|last| last != "..") {
                    parts.pop();
                } else {
                    parts.push("..".to_string());
                }
            }
            std::path::Component::Normal(name) => parts.push(name.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    parts.join("/")
}

/// The broken links of `page` (its path relative to the root): `exists` says whether a path
/// relative to the root exists, `read_page` gives a Markdown page's text for its anchors.
fn broken_links(
    page: &str,
    text: &str,
    exists: &dyn Fn(&str) -> bool,
    read_page: &dyn Fn(&str) -> Option<String>,
) -> Vec<String> {
    let dir = Path::new(page).parent().unwrap_or(Path::new(""));
    let mut broken = Vec::new();
    for target in link_targets(text) {
        if target.contains("://") || target.starts_with("mailto:") {
            continue;
        }
        let (path, anchor) = match target.split_once('#') {
            Some((path, anchor)) => (path, Some(anchor)),
            None => (target.as_str(), None),
        };
        if path.is_empty() {
            if anchor.is_some_and(|anchor| !anchors(text).contains(anchor)) {
                broken.push(format!("{page}: ({target}): no such heading"));
            }
            continue;
        }
        let resolved = tidy(&dir.join(path));
        let outside = path.starts_with('/') || resolved.starts_with("..");
        if outside || !exists(&resolved) {
            broken.push(format!("{page}: ({target}): no such file"));
            continue;
        }
        if let Some(anchor) = anchor {
            if resolved.ends_with(".md") {
                let found = read_page(&resolved).is_some_and(|t| anchors(&t).contains(anchor));
                if !found {
                    broken.push(format!("{page}: ({target}): no such heading"));
                }
            }
        }
    }
    broken
}

fn exists_in_repo(relative: &str) -> bool {
    !relative.is_empty() && root().join(relative).exists()
}

fn read_in_repo(relative: &str) -> Option<String> {
    std::fs::read_to_string(root().join(relative)).ok()
}

#[test]
fn every_relative_link_resolves() {
    let mut broken = Vec::new();
    for page in pages() {
        broken.extend(broken_links(
            &page,
            &read(&page),
            &exists_in_repo,
            &read_in_repo,
        ));
    }
    assert!(broken.is_empty(), "broken links: {broken:#?}");
}

#[test]
fn links_check_can_fail() {
    let text = "See [the CLI](CLI.md#extract), [gone](GONE.md), [bad anchor](CLI.md#nowhere), \
                [up](../README.md#quick-start), [here](#top), [web](https://example.org/x), \
                [outside](../../etc/passwd), `[code](NOT-A-LINK.md)`, \
                [accuracy](ACCURACY.md), [nested](../docs/ARCHITECTURE.md#where-rules-live).\n\n# Top\n";
    let broken = broken_links("docs/PAGE.md", text, &exists_in_repo, &read_in_repo);
    assert_eq!(
        broken,
        [
            "docs/PAGE.md: (GONE.md): no such file",
            "docs/PAGE.md: (CLI.md#nowhere): no such heading",
            "docs/PAGE.md: (../../etc/passwd): no such file",
        ]
    );
    assert!(anchors("## `extract` — inputs to records\n").contains("extract--inputs-to-records"));
    assert!(anchors("## Opening a database (`--db`)\n").contains("opening-a-database---db"));
}

#[test]
fn no_page_names_an_absolute_machine_path() {
    // Written in parts, so that this file is not itself a hit for the same search.
    let mut machine: Vec<String> = ["home", "work", "Users", "root", "tmp"]
        .iter()
        .map(|dir| format!("/{dir}/"))
        .collect();
    machine.push(format!("{}:\\", 'C'));
    let found: Vec<String> = pages()
        .iter()
        .flat_map(|page| {
            let text = read(page);
            machine
                .iter()
                .filter(|path| text.contains(path.as_str()))
                .map(|path| format!("{page}: {path}"))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(found.is_empty(), "absolute machine paths: {found:?}");
}
