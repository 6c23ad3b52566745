//! Inputs to records: reading files, JSONL lines and stdin into [`InputArticle`]s, and turning
//! each into a [`Record`].
//!
//! Reading does I/O and can fail per input; [`article_record`] is pure and cannot fail (what
//! it cannot do becomes a warning in the record).

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::article::{self, Article};
use crate::extract::{self, Document};
use crate::normalize::normalize;
use crate::record::{Record, Source, SourceKind, SCHEMA_VERSION};
use crate::Error;

/// Inputs larger than this are refused: no news article is that long, and a multi-megabyte
/// "article" is almost always a dump or binary file given by mistake.
pub const MAX_ARTICLE_BYTES: usize = 8 * 1024 * 1024;

/// What an input holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// Text saved from a web page: headline, dateline, body and boilerplate around it.
    PageText(String),
    /// The article body alone (JSONL `text`), with an optional headline.
    Plain {
        /// The headline, if the input gave one.
        title: Option<String>,
        /// The body.
        text: String,
    },
    /// HTML bytes, decoded by the HTML extractor.
    Html(Vec<u8>),
}

/// One input article before extraction.
#[derive(Debug, Clone)]
pub struct InputArticle {
    /// Stable id.
    pub id: String,
    /// Where it came from.
    pub source: Source,
    /// Its content.
    pub content: Content,
    /// The publication date the input declares (JSONL `published`): it wins over the page's
    /// own date when it is valid.
    pub published: Option<String>,
    /// The publication date crawl metadata gives (a feed's or sitemap's date in the page's
    /// sidecar): used only when neither `published` nor the page gives a valid date.
    pub crawl_published: Option<String>,
    /// The HTTP `Content-Type` a fetched page was served with (for its charset).
    pub content_type: Option<String>,
    /// Warnings from reading (e.g. invalid UTF-8 replaced).
    pub warnings: Vec<String>,
}

impl InputArticle {
    /// An input of plain article text, e.g. for tests and examples.
    pub fn plain(id: &str, text: &str) -> Self {
        Self {
            id: id.to_string(),
            source: Source {
                kind: SourceKind::Stdin,
                path: None,
                url: None,
                fetched_at: None,
                content_sha256: sha256_hex(text.as_bytes()),
            },
            content: Content::Plain {
                title: None,
                text: text.to_string(),
            },
            published: None,
            crawl_published: None,
            content_type: None,
            warnings: Vec::new(),
        }
    }
}

/// Hex sha256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Vietnam's time zone (UTC+07:00 all year, no daylight saving time).
const VIETNAM_OFFSET_SECONDS: i32 = 7 * 3600;

/// The calendar day of a publication date as a Vietnamese reader saw it, the day that year
/// inference counts from: an ISO date as written ("2024-02-01"); an RFC 3339 timestamp with a
/// zone converted to Vietnam time first, so that a feed's UTC stamp
/// "2014-01-16T23:30:00+00:00" is 2014-01-17 (its first ten characters are the day in London,
/// not in Hanoi); a timestamp without a zone ("2024-02-01T08:30:00") by its date as written.
///
/// # Example
/// ```
/// use union_news::pipeline::parse_published;
/// let day = |s| parse_published(s).map(|d| d.to_string());
/// assert_eq!(day("2024-02-01").as_deref(), Some("2024-02-01"));
/// assert_eq!(day("2024-02-01T08:30:00+07:00").as_deref(), Some("2024-02-01"));
/// assert_eq!(day("2014-01-16T23:30:00+00:00").as_deref(), Some("2014-01-17"));
/// assert_eq!(day("13/02/2022"), None);
/// ```
pub fn parse_published(value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    if let Ok(instant) = DateTime::parse_from_rfc3339(value) {
        let vietnam = FixedOffset::east_opt(VIETNAM_OFFSET_SECONDS)?;
        return Some(instant.with_timezone(&vietnam).date_naive());
    }
    let head = value.get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// Chooses the publication date among the input's own (`declared`), the page's and the crawl
/// metadata's, in that order, skipping values that are not ISO dates (each skipped value is a
/// warning). Returns the value kept as written and its Vietnamese calendar day.
fn choose_published(
    declared: Option<&str>,
    page: Option<&str>,
    crawl: Option<&str>,
    warnings: &mut Vec<String>,
) -> Option<(String, NaiveDate)> {
    let candidates = [
        (declared, "input"),
        (page, "page"),
        (crawl, "crawl metadata"),
    ];
    for (value, origin) in candidates {
        let Some(value) = value else {
            continue;
        };
        match parse_published(value) {
            Some(day) => return Some((value.to_string(), day)),
            None => warnings.push(format!(
                "published date {value:?} from the {origin} is not ISO; ignored"
            )),
        }
    }
    None
}

/// Runs the whole pure pipeline on one input: article extraction, normalization, extractors.
///
/// # Example
/// ```
/// use union_news::pipeline::{article_record, InputArticle};
/// let record = article_record(&InputArticle::plain("x", "Ngày 01/02/2024, hội nghị."));
/// assert_eq!(record.schema_version, 1);
/// ```
pub fn article_record(input: &InputArticle) -> Record {
    crate::guard::inject_panic_for_tests(&input.id);
    let mut warnings = input.warnings.clone();
    // Text inputs may hold HTML character references ("&#273;o&#224;n"); HTML is decoded by
    // its parser.
    let mut references = 0;
    let article = match &input.content {
        Content::PageText(text) => {
            let refs = article::decode_char_refs(text);
            references += refs.decoded;
            article::from_page_text(&refs.text)
        }
        Content::Plain { title, text } => {
            let body = article::decode_char_refs(text);
            let title = title.as_deref().map(article::decode_char_refs);
            references += body.decoded + title.as_ref().map_or(0, |t| t.decoded);
            Article {
                title: title.map(|t| t.text.into_owned()),
                body: body.text.into_owned(),
                ..Article::default()
            }
        }
        Content::Html(bytes) => {
            match article::html::from_html(
                bytes,
                input.source.url.as_deref(),
                input.content_type.as_deref(),
            ) {
                Ok(article) => article,
                Err(err) => {
                    warnings.push(err.to_string());
                    Article::default()
                }
            }
        }
    };
    if references > 0 {
        warnings.push(format!(
            "{references} HTML character reference(s) (&#NNN;, &#xHH;, &name;) decoded in the text"
        ));
    }
    warnings.extend(article.warnings.iter().cloned());
    let title = article
        .title
        .as_deref()
        .map(normalize)
        .filter(|t| !t.is_empty());
    let body = normalize(&article.body);
    if body.is_empty()
        && !warnings
            .iter()
            .any(|w| w.contains("body") || w.starts_with("not an article"))
    {
        warnings.push("no body found".to_string());
    }
    let chosen = choose_published(
        input.published.as_deref(),
        article.published.as_deref(),
        input.crawl_published.as_deref(),
        &mut warnings,
    );
    let (published_value, published) = chosen.unzip();
    let doc = Document::new(title.as_deref(), &body, published);
    let found = extract::extract_all(&doc);
    let mut record = Record {
        schema_version: SCHEMA_VERSION,
        id: input.id.clone(),
        source: input.source.clone(),
        title,
        published: published_value,
        byline: article.byline.as_deref().map(normalize),
        section: article
            .section
            .as_deref()
            .map(normalize)
            .filter(|s| !s.is_empty()),
        canonical_url: article.canonical_url.clone(),
        dates: found.dates,
        money: found.money,
        member_counts: found.member_counts,
        organizations: found.entities.organizations,
        people: found.entities.people,
        events: found.entities.events,
        text: doc.text,
        warnings,
    };
    replace_nul_characters(&mut record);
    record
}

/// Replaces NUL characters in the record's fields that come from the input as it is (the
/// source URL and path, dates and names given by the input or the page's metadata, warnings
/// that quote the input) by U+FFFD, with a warning: PostgreSQL cannot store NUL in text, so a
/// record holding one would be lost there while SQLite and JSONL kept it. The text and every
/// mention are normalized and hold none; ids with NUL are refused where they are read.
fn replace_nul_characters(record: &mut Record) {
    let mut replaced: Vec<&'static str> = Vec::new();
    let mut fix = |name: &'static str, value: &mut String| {
        if value.contains('\0') {
            *value = value.replace('\0', "\u{fffd}");
            if !replaced.contains(&name) {
                replaced.push(name);
            }
        }
    };
    let source = &mut record.source;
    for (name, value) in [
        ("source.path", &mut source.path),
        ("source.url", &mut source.url),
        ("source.fetched_at", &mut source.fetched_at),
        ("title", &mut record.title),
        ("published", &mut record.published),
        ("byline", &mut record.byline),
        ("section", &mut record.section),
        ("canonical_url", &mut record.canonical_url),
    ] {
        if let Some(value) = value.as_mut() {
            fix(name, value);
        }
    }
    for warning in &mut record.warnings {
        fix("warnings", warning);
    }
    if !replaced.is_empty() {
        record.warnings.push(format!(
            "NUL characters in {} replaced by U+FFFD (databases cannot store them)",
            replaced.join(", ")
        ));
    }
}

/// The ids of one run's records so far, to catch a second input with an id already used:
/// a database keeps one article per id, so the later record would silently replace the
/// earlier (`extract d1 d2` with `d1/a.html` and `d2/a.html`, both id `a`).
///
/// # Example
/// ```
/// use union_news::pipeline::IdRegistry;
/// let mut ids = IdRegistry::default();
/// assert!(ids.claim("a", "d1/a.html").is_ok());
/// let err = ids.claim("a", "d2/a.html").unwrap_err();
/// assert!(err.is_duplicate_id());
/// assert_eq!(
///     err.to_string(),
///     r#"d2/a.html: duplicate id "a": d1/a.html already has it; not written"#
/// );
/// ```
#[derive(Debug, Default)]
pub struct IdRegistry {
    /// Id → the input that first had it.
    seen: std::collections::HashMap<String, String>,
}

impl IdRegistry {
    /// Records that `input` produced a record with `id`.
    ///
    /// # Errors
    /// When an earlier input already has `id`; the error names both inputs, and the id stays
    /// the earlier input's.
    pub fn claim(&mut self, id: &str, input: &str) -> std::result::Result<(), Error> {
        match self.seen.get(id) {
            Some(first) => Err(Error::duplicate_id(input, id, first.as_str())),
            None => {
                self.seen.insert(id.to_string(), input.to_string());
                Ok(())
            }
        }
    }
}

/// A file to read, with the root it was found under (for ids).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// The file.
    pub path: PathBuf,
    /// The directory given on the command line, or `None` for a file given directly.
    pub root: Option<PathBuf>,
}

/// The file extensions `extract` reads, for messages (see [`FileKind::of`]).
pub const READ_EXTENSIONS: &str = ".txt, .html, .htm, .xhtml, .jsonl and .ndjson";

/// The kinds of files `extract` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `.txt`: page text.
    Text,
    /// `.jsonl`: one article per line.
    Jsonl,
    /// `.html`, `.htm`.
    Html,
}

impl FileKind {
    /// The kind of `path` by its extension, if it is one `extract` reads.
    pub fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" => Some(Self::Text),
            "jsonl" | "ndjson" => Some(Self::Jsonl),
            "html" | "htm" | "xhtml" => Some(Self::Html),
            _ => None,
        }
    }
}

/// Lists the input files under `paths`: files as given, directories walked recursively in
/// sorted order, keeping the files `extract` reads (hidden files and other extensions are
/// skipped). A path that does not exist is returned as an error, in order.
///
/// Symbolic links are followed, and every file and directory is read once: a directory already
/// walked (a link loop such as `self -> .` or `a/up -> ..`, or a second link to it) is not
/// walked again, and a file already listed (a second link to it, or a hard link) is not
/// listed again. Both are recognised by device and inode, so the walk ends on any tree.
pub fn list_inputs(paths: &[PathBuf]) -> Vec<std::result::Result<InputFile, Error>> {
    let mut walk = Walk::default();
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                if walk.first_visit(path, &meta) {
                    walk.dir(path, path);
                }
            }
            Ok(meta) => {
                if walk.first_visit(path, &meta) {
                    walk.out.push(Ok(InputFile {
                        path: path.clone(),
                        root: None,
                    }));
                }
            }
            Err(err) => walk.out.push(Err(Error::read(path, err))),
        }
    }
    walk.out
}

/// The identity of a file or directory, whatever path leads to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum FileIdentity {
    /// Device and inode (Unix).
    #[cfg_attr(not(unix), allow(dead_code))]
    Inode(u64, u64),
    /// The canonical path, where there are no inodes.
    #[cfg_attr(unix, allow(dead_code))]
    Path(PathBuf),
}

impl FileIdentity {
    #[cfg(unix)]
    fn of(_path: &Path, meta: &fs::Metadata) -> Option<Self> {
        use std::os::unix::fs::MetadataExt;
        Some(Self::Inode(meta.dev(), meta.ino()))
    }

    #[cfg(not(unix))]
    fn of(path: &Path, _meta: &fs::Metadata) -> Option<Self> {
        path.canonicalize().ok().map(Self::Path)
    }
}

/// The identity of an existing file, whatever path or link leads to it (a hard link has the
/// same): for recognising one file under several names.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FileKey(FileIdentity);

impl FileKey {
    /// The key of the file at `path`, if it exists.
    pub fn of(path: &Path) -> Option<Self> {
        let meta = fs::metadata(path).ok()?;
        FileIdentity::of(path, &meta).map(Self)
    }
}

/// Whether `a` and `b` are the same existing file, whatever paths or links lead to them (both
/// must exist; a hard link is the same file).
pub fn same_file(a: &Path, b: &Path) -> bool {
    matches!((FileKey::of(a), FileKey::of(b)), (Some(ka), Some(kb)) if ka == kb)
}

/// A directory walk that reads every file and directory once.
#[derive(Default)]
struct Walk {
    visited: std::collections::HashSet<FileIdentity>,
    out: Vec<std::result::Result<InputFile, Error>>,
}

impl Walk {
    /// True the first time the file or directory behind `path` is met.
    fn first_visit(&mut self, path: &Path, meta: &fs::Metadata) -> bool {
        match FileIdentity::of(path, meta) {
            Some(identity) => self.visited.insert(identity),
            None => true,
        }
    }

    /// Walks `dir` (already marked visited), found under `root`. Recursion depth is bounded
    /// by the file system's path length, and each directory is entered once.
    fn dir(&mut self, root: &Path, dir: &Path) {
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(err) => {
                self.out.push(Err(Error::read(dir, err)));
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let hidden = path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            // `metadata` follows links; a broken link has none and is listed as a file when
            // its name says it is one, so that reading it reports the error.
            let meta = fs::metadata(&path).ok();
            let special = meta.as_ref().is_some_and(|m| !m.is_dir() && !m.is_file());
            if meta.as_ref().is_some_and(fs::Metadata::is_dir) {
                if meta.as_ref().is_some_and(|m| self.first_visit(&path, m)) {
                    self.dir(root, &path);
                }
            } else if special {
                // A named pipe, socket or device found in a directory is not read: opening a
                // pipe blocks until something writes to it, and the run would hang. It is
                // reported when its name says it would have been an input.
                if FileKind::of(&path).is_some() {
                    self.out.push(Err(Error::input(
                        path.display().to_string(),
                        "not a regular file (a named pipe, socket or device); not read",
                    )));
                }
            } else if FileKind::of(&path).is_some()
                && meta.as_ref().is_none_or(|m| self.first_visit(&path, m))
            {
                self.out.push(Ok(InputFile {
                    path,
                    root: Some(root.to_path_buf()),
                }));
            }
        }
    }
}

/// The id of a file input: its path under the directory given, without extension, or the
/// file stem for a file given directly. Stable however the directory was spelled.
pub fn file_id(file: &InputFile) -> String {
    let rel = file
        .root
        .as_ref()
        .and_then(|root| file.path.strip_prefix(root).ok())
        .unwrap_or_else(|| Path::new(file.path.file_name().unwrap_or_default()));
    let rel = rel.with_extension("");
    match rel.to_str() {
        Some(name) => name.replace('\\', "/"),
        // A name that is not UTF-8 keeps its other bytes as %XX, so that two such names do
        // not both become "\u{fffd}" (the second would be taken for a duplicate of the first).
        None => escape_non_utf8(rel.as_os_str()).replace('\\', "/"),
    }
}

/// A file name that is not UTF-8, with its invalid bytes written as `%XX`.
fn escape_non_utf8(name: &std::ffi::OsStr) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in name.as_bytes().utf8_chunks() {
            out.push_str(chunk.valid());
            for byte in chunk.invalid() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        name.to_string_lossy().into_owned()
    }
}

/// Reads a whole file as one input (`.txt` or `.html`).
///
/// # Errors
/// When the file cannot be read, is empty, is binary, is too large, or has an extension that
/// is not read.
pub fn read_file_input(file: &InputFile) -> std::result::Result<InputArticle, Error> {
    let display = file.path.display().to_string();
    let kind = FileKind::of(&file.path).ok_or_else(|| {
        Error::input(
            &display,
            "unsupported file type (expected .txt, .jsonl, .html)",
        )
    })?;
    let bytes = read_capped(&file.path)?;
    let mut warnings = Vec::new();
    let content = match kind {
        FileKind::Html => {
            check_html_not_binary(&display, &bytes)?;
            Content::Html(bytes.clone())
        }
        FileKind::Text => {
            let text = decode_text_file(&display, &bytes, &mut warnings)?;
            Content::PageText(text)
        }
        FileKind::Jsonl => {
            return Err(Error::input(
                &display,
                "a .jsonl file holds many inputs; read it by line",
            ))
        }
    };
    let meta = read_sidecar(&file.path, &mut warnings);
    let id = file_id(file);
    check_id(&display, &id)?;
    Ok(InputArticle {
        id,
        source: Source {
            kind: SourceKind::File,
            path: Some(display),
            url: meta.final_url.or(meta.url),
            fetched_at: meta.fetched_at,
            content_sha256: sha256_hex(&bytes),
        },
        content,
        published: None,
        crawl_published: meta.published,
        content_type: meta.content_type,
        warnings,
    })
}

/// Metadata a crawler stores beside a page (`PAGE.meta.json`).
#[derive(Debug, Default, Deserialize)]
struct Sidecar {
    #[serde(default)]
    url: Option<String>,
    /// The URL after redirects (`union-news crawl` writes both; an `alias` would make serde
    /// reject a sidecar holding both as a duplicate field).
    #[serde(default)]
    final_url: Option<String>,
    #[serde(default)]
    fetched_at: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    content_type: Option<String>,
}

/// The sidecar beside `path`, if there is one. A missing sidecar is normal (a page saved by
/// hand); one that cannot be read or parsed is ignored with a warning in the record.
fn read_sidecar(path: &Path, warnings: &mut Vec<String>) -> Sidecar {
    let mut name = path.as_os_str().to_owned();
    name.push(".meta.json");
    let sidecar = PathBuf::from(name);
    let shown = sidecar.file_name().map_or_else(
        || sidecar.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let bytes = match read_sidecar_bytes(&sidecar) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Sidecar::default(),
        Err(err) => {
            warnings.push(format!(
                "crawl sidecar {shown} cannot be read ({err}); ignored"
            ));
            return Sidecar::default();
        }
    };
    match serde_json::from_slice(&bytes) {
        Ok(meta) => meta,
        Err(err) => {
            warnings.push(format!(
                "crawl sidecar {shown} is not valid JSON ({err}); ignored"
            ));
            Sidecar::default()
        }
    }
}

/// A crawl sidecar is a few hundred bytes of JSON; one over this is not one.
const MAX_SIDECAR_BYTES: u64 = 1 << 20;

/// A sidecar's bytes: only from a regular file (a named pipe would block, a device never
/// end), and at most [`MAX_SIDECAR_BYTES`].
fn read_sidecar_bytes(path: &Path) -> std::io::Result<Vec<u8>> {
    let meta = fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    if meta.len() > MAX_SIDECAR_BYTES {
        return Err(std::io::Error::other(format!(
            "{} bytes, more than a sidecar's {} KiB",
            meta.len(),
            MAX_SIDECAR_BYTES >> 10
        )));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)?
        .take(MAX_SIDECAR_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn read_capped(path: &Path) -> std::result::Result<Vec<u8>, Error> {
    let file = fs::File::open(path).map_err(|e| Error::read(path, e))?;
    let mut bytes = Vec::new();
    file.take(MAX_ARTICLE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::read(path, e))?;
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(Error::input(
            path.display().to_string(),
            format!(
                "larger than {} MiB: not an article",
                MAX_ARTICLE_BYTES >> 20
            ),
        ));
    }
    Ok(bytes)
}

fn check_not_binary(input: &str, bytes: &[u8]) -> std::result::Result<(), Error> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::input(input, "empty input"));
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)))
        .count();
    if sample.contains(&0) || controls * 20 > sample.len() {
        return Err(Error::input(input, "binary data, not text"));
    }
    Ok(())
}

/// [`check_not_binary`] for HTML: a page with a byte-order mark is checked as the text the
/// BOM names (UTF-16 is full of NUL bytes, and the HTML decoder reads it by its BOM).
fn check_html_not_binary(input: &str, bytes: &[u8]) -> std::result::Result<(), Error> {
    let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) else {
        return check_not_binary(input, bytes);
    };
    let sample = &bytes[bom_len..bytes.len().min(bom_len + 8192)];
    let (text, _) = encoding.decode_without_bom_handling(sample);
    check_not_binary(input, text.as_bytes())
}

/// Checks the first bytes of a file of many inputs (a `.jsonl`) before it is read line by
/// line, so that a binary file gives one error instead of one per line. Empty or blank
/// `head`s pass: whether a file holds any line is for the reader to tell.
///
/// # Errors
/// When `head` looks like binary data (NUL bytes, or many control characters).
pub fn check_text_head(input: &str, head: &[u8]) -> std::result::Result<(), Error> {
    if head.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    if let Some(name) = utf16_bom(head) {
        // Its lines cannot be split on bytes; saying what it is beats "binary data".
        return Err(Error::input(
            input,
            format!(
                "{name} text (byte-order mark): JSONL must be UTF-8; convert it first \
                 (iconv -f UTF-16 -t UTF-8)"
            ),
        ));
    }
    check_not_binary(input, head)
}

/// The name of the UTF-16 encoding whose byte-order mark starts `bytes`, if one does.
fn utf16_bom(bytes: &[u8]) -> Option<&'static str> {
    match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, _)) if encoding != encoding_rs::UTF_8 => Some(encoding.name()),
        _ => None,
    }
}

/// Decodes a text file: behind a UTF-16 byte-order mark (LE or BE, as Windows tools write
/// text) as UTF-16, else as [`decode_text`] does. Unpaired surrogates become U+FFFD with a
/// warning.
///
/// # Errors
/// When the text is empty, whitespace only, or binary.
pub fn decode_text_file(
    input: &str,
    bytes: &[u8],
    warnings: &mut Vec<String>,
) -> std::result::Result<String, Error> {
    let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) else {
        return decode_text(input, bytes, warnings);
    };
    if encoding == encoding_rs::UTF_8 {
        return decode_text(input, bytes, warnings);
    }
    let body = &bytes[bom_len..];
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    check_not_binary(input, text.as_bytes())?;
    if had_errors {
        let bad = text.matches('\u{fffd}').count();
        warnings.push(format!(
            "invalid {} replaced ({bad} replacement(s))",
            encoding.name()
        ));
    }
    Ok(text.into_owned())
}

/// Decodes text bytes: UTF-8 (a BOM is dropped); bytes that are not UTF-8 but clearly in a
/// legacy Vietnamese encoding ([`crate::legacy::detect`]) from it, with a warning naming
/// it; else invalid sequences replaced with U+FFFD and a warning naming the first bad byte
/// (in `warnings`: the library does not print; the caller reports them).
///
/// # Errors
/// When the bytes are empty, whitespace only, or binary.
pub fn decode_text(
    input: &str,
    bytes: &[u8],
    warnings: &mut Vec<String>,
) -> std::result::Result<String, Error> {
    check_not_binary(input, bytes)?;
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(err) => {
            // Not UTF-8: text from before Unicode may be in a legacy Vietnamese encoding.
            if let Some(found) = crate::legacy::detect(bytes) {
                warnings.push(found.warning());
                return Ok(found.text);
            }
            let at = err.valid_up_to();
            let text = String::from_utf8_lossy(bytes).into_owned();
            let bad = text.matches('\u{fffd}').count();
            let message = format!("invalid UTF-8 replaced at byte {at} ({bad} replacement(s))");
            warnings.push(message);
            Ok(text)
        }
    }
}

/// One line of JSONL input: `{id, text | html, url?, published?, title?}`.
#[derive(Debug, Deserialize)]
struct JsonlArticle {
    /// Kept as written: a number is not read through a float (ids above 2^53 would be
    /// rounded, and two ids could become one).
    #[serde(default)]
    id: Option<Box<serde_json::value::RawValue>>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// The longest id accepted, in bytes: PostgreSQL cannot index a key much over 2 KiB (an id of
/// 20,000 letters loaded into SQLite and failed there), and real ids (URLs, paths) are far
/// shorter.
pub const MAX_ID_BYTES: usize = 1024;

/// Checks that an id can be stored as a key by every sink: no NUL character, at most
/// [`MAX_ID_BYTES`]. An id is refused rather than changed, so two ids cannot become one.
///
/// # Errors
/// The input's error, naming `input`, when the id cannot be stored.
pub fn check_id(input: &str, id: &str) -> std::result::Result<(), Error> {
    if id.contains('\0') {
        return Err(Error::input(
            input,
            "the id contains a NUL character, which databases cannot store",
        ));
    }
    if id.len() > MAX_ID_BYTES {
        return Err(Error::input(
            input,
            format!(
                "the id is {} bytes long, more than the {MAX_ID_BYTES} a database key can hold",
                id.len()
            ),
        ));
    }
    Ok(())
}

/// A JSONL line's `id` as the line writes it: a string's value, or a number's digits exactly
/// as written (`123456789012345678901234567890` stays that, where a float would round it).
/// `Ok(None)` for `null` and `""`; [`NotAnId`] for any other JSON value.
///
/// # Errors
/// When the value is not a string, a number or null.
///
/// # Example
/// ```
/// use union_news::pipeline::id_as_written;
/// let raw: Box<serde_json::value::RawValue> =
///     serde_json::from_str("123456789012345678901234567890").unwrap();
/// assert_eq!(id_as_written(&raw), Ok(Some("123456789012345678901234567890".to_string())));
/// ```
pub fn id_as_written(
    raw: &serde_json::value::RawValue,
) -> std::result::Result<Option<String>, NotAnId> {
    let text = raw.get().trim();
    match text.as_bytes().first() {
        Some(b'"') => match serde_json::from_str::<String>(text) {
            Ok(s) if s.is_empty() => Ok(None),
            Ok(s) => Ok(Some(s)),
            Err(_) => Err(NotAnId),
        },
        Some(b'-' | b'0'..=b'9') => Ok(Some(text.to_string())),
        Some(b'n') => Ok(None),
        _ => Err(NotAnId),
    }
}

/// A JSONL `id` that is neither a string, a number nor null.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("\"id\" must be a string or a number")]
pub struct NotAnId;

/// Parses one JSONL line into an input. `origin` names the file (or "stdin") and `line_no`
/// is 1-based.
///
/// The id is the line's own `id` (a string or a number); without one, it is derived from the
/// source, so that the same line gets the same id on every run: the `url` (see [`url_id`]);
/// else, for a line of a file, `ORIGIN:LINE`; else, for a line of stdin, a hash of its
/// `text`/`html` ([`content_id`]) — a line number would be reused by every partition of a
/// stream split across processes (`xargs -P`, `RDD.pipe`).
///
/// # Errors
/// When the line is not a JSON object of the expected shape or has neither `text` nor
/// `html`.
pub fn parse_jsonl_line(
    origin: &str,
    kind: SourceKind,
    path: Option<&str>,
    line_no: usize,
    line: &[u8],
) -> std::result::Result<InputArticle, Error> {
    let label = format!("{origin}:{line_no}");
    let mut warnings = Vec::new();
    let text = decode_text(&label, line, &mut warnings)?;
    let parsed: JsonlArticle =
        serde_json::from_str(text.trim()).map_err(|e| Error::json(&label, e))?;
    let url = parsed.url.filter(|u| !u.trim().is_empty());
    let own_id = match parsed.id.as_deref().map(id_as_written) {
        Some(Ok(id)) => id,
        Some(Err(not_an_id)) => return Err(Error::input(&label, not_an_id.to_string())),
        None => None,
    };
    let content = match (parsed.text, parsed.html) {
        (_, Some(html)) if !html.trim().is_empty() => Content::Html(html.into_bytes()),
        (Some(text), _) if !text.trim().is_empty() => Content::Plain {
            title: parsed.title,
            text,
        },
        (Some(_), _) | (_, Some(_)) => return Err(Error::input(&label, "empty \"text\"")),
        (None, None) => return Err(Error::input(&label, "no \"text\" or \"html\" field")),
    };
    if content_len(&content) > MAX_ARTICLE_BYTES {
        return Err(Error::input(
            &label,
            format!(
                "larger than {} MiB: not an article",
                MAX_ARTICLE_BYTES >> 20
            ),
        ));
    }
    let id = match (own_id, &url) {
        (Some(id), _) => id,
        (None, Some(url)) => url_id(url),
        (None, None) if kind == SourceKind::Stdin => content_id(&content),
        (None, None) => label.clone(),
    };
    check_id(&label, &id)?;
    Ok(InputArticle {
        id,
        source: Source {
            kind: if url.is_some() && kind != SourceKind::Stdin {
                SourceKind::Url
            } else {
                kind
            },
            path: path.map(str::to_string),
            url,
            fetched_at: None,
            content_sha256: sha256_hex(line),
        },
        // A JSON string is Unicode whatever the page's <meta> says: its bytes are UTF-8.
        content_type: matches!(content, Content::Html(_))
            .then(|| "text/html; charset=utf-8".into()),
        content,
        published: parsed.published,
        crawl_published: None,
        warnings,
    })
}

/// The id of an input known by its URL: the URL in its parsed, normalized form (scheme and
/// host lower-cased, fragment dropped), or the trimmed string when it does not parse.
///
/// # Example
/// ```
/// use union_news::pipeline::url_id;
/// assert_eq!(
///     url_id(" HTTPS://LaoDong.vn/cong-doan/a-123.ldo#comments "),
///     "https://laodong.vn/cong-doan/a-123.ldo"
/// );
/// ```
pub fn url_id(url: &str) -> String {
    let url = url.trim();
    match url::Url::parse(url) {
        Ok(mut parsed) => {
            parsed.set_fragment(None);
            parsed.into()
        }
        Err(_) => url.to_string(),
    }
}

/// The id of an input that has neither an id nor a URL: `sha256:` and the first 16 hex
/// digits of the sha256 of its content (the JSONL `text` or `html`), the same in every run
/// and every process.
///
/// # Example
/// ```
/// use union_news::pipeline::{content_id, Content};
/// let id = content_id(&Content::Plain { title: None, text: "hơn 40 triệu đồng".into() });
/// assert!(id.starts_with("sha256:") && id.len() == 7 + 16);
/// ```
pub fn content_id(content: &Content) -> String {
    let bytes = match content {
        Content::PageText(text) | Content::Plain { text, .. } => text.as_bytes(),
        Content::Html(bytes) => bytes,
    };
    let mut hex = sha256_hex(bytes);
    hex.truncate(16);
    format!("sha256:{hex}")
}

fn content_len(content: &Content) -> usize {
    match content {
        Content::PageText(t) => t.len(),
        Content::Plain { text, .. } => text.len(),
        Content::Html(b) => b.len(),
    }
}

/// Reads lines from `reader` without holding more than one line in memory, refusing lines
/// longer than [`MAX_ARTICLE_BYTES`] (or the limit given to [`LineReader::with_limit`]; the
/// rest of such a line is skipped).
#[derive(Debug)]
pub struct LineReader<R> {
    reader: BufReader<R>,
    line_no: usize,
    /// The longest line returned, in bytes.
    limit: usize,
}

/// One line read by [`LineReader`].
#[derive(Debug)]
pub enum Line {
    /// A line's bytes, without the line break.
    Bytes(Vec<u8>),
    /// A line over the reader's limit; its length in bytes.
    TooLong(usize),
}

impl<R: Read> LineReader<R> {
    /// Wraps a reader; lines over [`MAX_ARTICLE_BYTES`] are refused.
    pub fn new(reader: R) -> Self {
        Self::with_limit(reader, MAX_ARTICLE_BYTES)
    }

    /// Wraps a reader; lines over `limit` bytes are refused ([`Line::TooLong`]).
    pub fn with_limit(reader: R, limit: usize) -> Self {
        Self {
            reader: BufReader::with_capacity(1 << 16, reader),
            line_no: 0,
            limit,
        }
    }

    /// The bytes at the start of what is left to read (up to 64 KiB, fewer from a pipe),
    /// without consuming them: for a look at a file's head before reading its lines.
    ///
    /// # Errors
    /// When reading fails.
    pub fn peek(&mut self) -> std::io::Result<&[u8]> {
        self.reader.fill_buf()
    }

    /// How many lines have been returned so far (the number of the last one).
    pub fn lines_read(&self) -> usize {
        self.line_no
    }

    /// The next line with its 1-based number, or `None` at the end.
    ///
    /// # Errors
    /// When reading fails.
    pub fn next_line(&mut self) -> std::io::Result<Option<(usize, Line)>> {
        let mut buf = Vec::new();
        let mut total = 0usize;
        let mut too_long = false;
        loop {
            let available = self.reader.fill_buf()?;
            if available.is_empty() {
                if total == 0 {
                    return Ok(None);
                }
                break;
            }
            let (chunk, found) = match memchr::memchr(b'\n', available) {
                Some(i) => (&available[..i], Some(i)),
                None => (available, None),
            };
            total += chunk.len();
            if !too_long {
                if buf.len() + chunk.len() > self.limit {
                    too_long = true;
                    buf = Vec::new();
                } else {
                    buf.extend_from_slice(chunk);
                }
            }
            let consumed = found.map_or(chunk.len(), |i| i + 1);
            self.reader.consume(consumed);
            if found.is_some() {
                total += 1;
                break;
            }
        }
        self.line_no += 1;
        if too_long {
            return Ok(Some((self.line_no, Line::TooLong(total))));
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        Ok(Some((self.line_no, Line::Bytes(buf))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_relative_to_the_given_directory() {
        let f = InputFile {
            path: "corpus/a/000_x.txt".into(),
            root: Some("corpus".into()),
        };
        assert_eq!(file_id(&f), "a/000_x");
        let f = InputFile {
            path: "./corpus/000_x.txt".into(),
            root: None,
        };
        assert_eq!(file_id(&f), "000_x");
    }

    #[test]
    fn jsonl_lines() {
        let ok = parse_jsonl_line(
            "in.jsonl",
            SourceKind::File,
            Some("in.jsonl"),
            3,
            r#"{"id":"a1","text":"Ngày 01/02/2024","published":"2024-02-01"}"#.as_bytes(),
        )
        .unwrap();
        assert_eq!(ok.id, "a1");
        assert_eq!(ok.published.as_deref(), Some("2024-02-01"));
        let no_id =
            parse_jsonl_line("stdin", SourceKind::Stdin, None, 7, br#"{"text":"x"}"#).unwrap();
        assert_eq!(no_id.id, format!("sha256:{}", &sha256_hex(b"x")[..16]));
        let in_file = parse_jsonl_line(
            "in.jsonl",
            SourceKind::File,
            Some("in.jsonl"),
            7,
            br#"{"text":"x"}"#,
        )
        .unwrap();
        assert_eq!(in_file.id, "in.jsonl:7");
        let bad = parse_jsonl_line("stdin", SourceKind::Stdin, None, 2, b"{not json").unwrap_err();
        assert!(bad.is_json(), "{bad}");
        assert!(
            bad.to_string().starts_with("stdin:2: malformed JSON"),
            "{bad}"
        );
        let empty = parse_jsonl_line("stdin", SourceKind::Stdin, None, 1, br#"{"id":"x"}"#);
        assert!(empty.unwrap_err().to_string().contains("no \"text\""));
    }

    #[test]
    fn lines_without_an_id_get_one_from_their_url_or_content() {
        let line = |origin: &str, kind, n, json: &str| {
            parse_jsonl_line(origin, kind, Some(origin), n, json.as_bytes()).unwrap()
        };
        let url = r#"{"url":"https://laodong.vn/a-1.ldo#top","text":"x"}"#;
        for (origin, kind) in [("in.jsonl", SourceKind::File), ("stdin", SourceKind::Stdin)] {
            let input = line(origin, kind, 3, url);
            assert_eq!(input.id, "https://laodong.vn/a-1.ldo", "{origin}");
            assert_eq!(
                input.source.url.as_deref(),
                Some("https://laodong.vn/a-1.ldo#top")
            );
        }
        // An own id wins over the URL; an empty URL is no URL.
        let own = line(
            "stdin",
            SourceKind::Stdin,
            1,
            r#"{"id":7,"url":"https://a.vn/x","text":"x"}"#,
        );
        assert_eq!(own.id, "7");
        let empty_url = line("f.jsonl", SourceKind::File, 2, r#"{"url":" ","text":"x"}"#);
        assert_eq!(empty_url.id, "f.jsonl:2");
        assert_eq!(empty_url.source.kind, SourceKind::File);
        // The same stdin content in two partitions (different line numbers) gets one id;
        // other content another; the id ignores `published` and the line's other fields.
        let a = line(
            "stdin",
            SourceKind::Stdin,
            1,
            r#"{"text":"Sáng 17/1, hội nghị."}"#,
        );
        let b = line(
            "stdin",
            SourceKind::Stdin,
            40,
            r#"{"text":"Sáng 17/1, hội nghị.","published":"2024-01-18"}"#,
        );
        let c = line(
            "stdin",
            SourceKind::Stdin,
            1,
            r#"{"html":"<p>Sáng 17/1, hội nghị.</p>"}"#,
        );
        assert_eq!(a.id, b.id);
        assert_ne!(a.id, c.id);
        assert!(c.id.starts_with("sha256:"));
    }

    #[test]
    fn utf16_text_files_are_decoded_by_their_byte_order_mark() {
        let sentence = "Sáng 17/1, LĐLĐ quận Thanh Khê tổ chức hội nghị.";
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(sentence.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(sentence.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        for bytes in [&le, &be] {
            let mut w = Vec::new();
            assert_eq!(decode_text_file("f.txt", bytes, &mut w).unwrap(), sentence);
            assert!(w.is_empty(), "{w:?}");
        }
        // An unpaired surrogate: replaced, with a warning.
        let mut broken = le.clone();
        broken.extend([0x00, 0xD8]);
        let mut w = Vec::new();
        let text = decode_text_file("f.txt", &broken, &mut w).unwrap();
        assert!(text.ends_with('\u{fffd}'));
        assert_eq!(w, ["invalid UTF-16LE replaced (1 replacement(s))"]);
        // A BOM and nothing, or NULs behind it: refused as before.
        assert!(decode_text_file("f.txt", &[0xFF, 0xFE], &mut w).is_err());
        assert!(decode_text_file("f.txt", &[0xFF, 0xFE, 0, 0, 0, 0], &mut w).is_err());
        // UTF-8 files are unchanged.
        assert_eq!(
            decode_text_file("f.txt", sentence.as_bytes(), &mut w).unwrap(),
            sentence
        );
        // A UTF-16 .jsonl is refused with what it is and what to do.
        let err = check_text_head("f.jsonl", &le).unwrap_err().to_string();
        assert!(err.contains("UTF-16LE") && err.contains("iconv"), "{err}");
    }

    #[test]
    fn binary_and_empty_inputs_are_refused() {
        let mut w = Vec::new();
        assert!(decode_text("f", b"\x00\x01\x02abc", &mut w).is_err());
        assert!(decode_text("f", b"  \n ", &mut w).is_err());
        let text = decode_text("f", b"Ng\xe0y 1", &mut w).unwrap();
        assert_eq!(text, "Ng\u{fffd}y 1");
        assert_eq!(w, ["invalid UTF-8 replaced at byte 2 (1 replacement(s))"]);
    }

    /// A page giving its own date with a zone, as dantri and vnexpress pages do.
    const DATED_PAGE: &str = "<html><head><meta property=\"article:published_time\" \
        content=\"2014-01-17T06:30:00+07:00\"></head><body><article><p>Sáng 1/1, Liên đoàn \
        Lao động tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2013.</p></article>\
        </body></html>";

    fn html_input(published: Option<&str>, crawl_published: Option<&str>) -> InputArticle {
        let mut input = InputArticle::plain("p", "");
        input.content = Content::Html(DATED_PAGE.as_bytes().to_vec());
        input.published = published.map(str::to_string);
        input.crawl_published = crawl_published.map(str::to_string);
        input
    }

    #[test]
    fn an_invalid_input_date_falls_back_to_the_page_date() {
        let record = article_record(&html_input(Some("13/02/2022"), None));
        assert_eq!(
            record.published.as_deref(),
            Some("2014-01-17T06:30:00+07:00")
        );
        assert_eq!(
            record.warnings,
            ["published date \"13/02/2022\" from the input is not ISO; ignored"]
        );
        // A valid input date still wins over the page's.
        let record = article_record(&html_input(Some("2014-01-18"), None));
        assert_eq!(record.published.as_deref(), Some("2014-01-18"));
        assert!(record.warnings.is_empty(), "{:?}", record.warnings);
    }

    #[test]
    fn the_page_date_wins_over_a_feed_date_in_utc() {
        let record = article_record(&html_input(None, Some("2014-01-16T23:30:00+00:00")));
        assert_eq!(
            record.published.as_deref(),
            Some("2014-01-17T06:30:00+07:00")
        );
        assert!(record.warnings.is_empty(), "{:?}", record.warnings);
    }

    /// With only a UTC feed stamp, year inference counts from the day in Vietnam:
    /// 2013-12-31T18:00Z is 1 January 2014 in Hanoi, so "Sáng 1/1" is 2014-01-01.
    #[test]
    fn a_feed_date_alone_is_read_as_a_vietnamese_day() {
        let mut input = InputArticle::plain("p", "Sáng 1/1, LĐLĐ tỉnh tổ chức hội nghị.");
        input.crawl_published = Some("2013-12-31T18:00:00+00:00".into());
        let record = article_record(&input);
        assert_eq!(
            record.published.as_deref(),
            Some("2013-12-31T18:00:00+00:00")
        );
        assert_eq!(record.dates[0].value, "2014-01-01", "{:?}", record.dates);
        input.crawl_published = Some("yesterday".into());
        let record = article_record(&input);
        assert_eq!(record.published, None);
        assert_eq!(
            record.warnings,
            ["published date \"yesterday\" from the crawl metadata is not ISO; ignored"]
        );
    }

    #[test]
    fn publication_days_in_vietnam() {
        let day = |s: &str| parse_published(s).map(|d| d.to_string());
        assert_eq!(day(" 2024-02-01 ").as_deref(), Some("2024-02-01"));
        assert_eq!(
            day("2024-02-01T23:59:00+07:00").as_deref(),
            Some("2024-02-01")
        );
        assert_eq!(day("2024-02-01T17:00:00Z").as_deref(), Some("2024-02-02"));
        assert_eq!(day("2024-02-01T16:59:59Z").as_deref(), Some("2024-02-01"));
        assert_eq!(
            day("2024-02-01T20:00:00-05:00").as_deref(),
            Some("2024-02-02")
        );
        // No zone: the date as written (we do not guess one).
        assert_eq!(day("2024-02-01T23:30:00").as_deref(), Some("2024-02-01"));
        assert_eq!(day("2024-02-30"), None);
        assert_eq!(day("13/02/2022"), None);
        assert_eq!(day(""), None);
        assert_eq!(day("2024-02-0"), None);
    }

    #[test]
    fn broken_sidecars_are_warnings() {
        let dir = tempfile::tempdir().unwrap();
        let page = dir.path().join("a.html");
        fs::write(&page, DATED_PAGE).unwrap();
        let file = InputFile {
            path: page.clone(),
            root: None,
        };
        // No sidecar: nothing to say.
        let input = read_file_input(&file).unwrap();
        assert!(input.warnings.is_empty(), "{:?}", input.warnings);
        // A sidecar cut short by a crash or edited by hand.
        fs::write(dir.path().join("a.html.meta.json"), b"{\"url\": \"http://x").unwrap();
        let input = read_file_input(&file).unwrap();
        assert_eq!(input.warnings.len(), 1, "{:?}", input.warnings);
        assert!(
            input.warnings[0].starts_with("crawl sidecar a.html.meta.json is not valid JSON"),
            "{:?}",
            input.warnings
        );
        let record = article_record(&input);
        assert_eq!(record.warnings, input.warnings);
        assert_eq!(record.source.url, None);
        // A good one is read.
        fs::write(
            dir.path().join("a.html.meta.json"),
            br#"{"url": "http://127.0.0.1/a.html", "published": "2014-01-16T23:30:00+00:00"}"#,
        )
        .unwrap();
        let input = read_file_input(&file).unwrap();
        assert!(input.warnings.is_empty(), "{:?}", input.warnings);
        assert_eq!(input.source.url.as_deref(), Some("http://127.0.0.1/a.html"));
        assert_eq!(
            input.crawl_published.as_deref(),
            Some("2014-01-16T23:30:00+00:00")
        );
    }

    /// Text copied from an old page with its letters as numeric references: decoded before
    /// normalizing, so the extractors see Vietnamese, and said so in a warning.
    #[test]
    fn character_references_in_text_inputs_are_decoded() {
        let line = r#"{"id":"r","title":"H&#7897;i ngh&#7883; c&ocirc;ng &#273;o&#224;n","text":"S&#225;ng 17/1, LĐLĐ qu&#7853;n &#273;&#227; k&#7871;t n&#7841;p &#273;&#432;&#7907;c 1.199 &#273;o&#224;n vi&#234;n.","published":"2024-01-18"}"#;
        let input = parse_jsonl_line("stdin", SourceKind::Stdin, None, 1, line.as_bytes()).unwrap();
        let record = article_record(&input);
        assert_eq!(record.title.as_deref(), Some("Hội nghị công đoàn"));
        assert!(
            record
                .text
                .ends_with("Sáng 17/1, LĐLĐ quận đã kết nạp được 1.199 đoàn viên."),
            "{}",
            record.text
        );
        assert_eq!(record.member_counts.len(), 1, "{:?}", record.member_counts);
        assert_eq!(record.member_counts[0].count, 1199);
        assert_eq!(record.dates[0].value, "2024-01-17");
        assert_eq!(
            record.warnings,
            ["17 HTML character reference(s) (&#NNN;, &#xHH;, &name;) decoded in the text"]
        );
        // Page text (.txt) too.
        let mut page = InputArticle::plain("t", "");
        page.content = Content::PageText(
            "H&#7897;i ngh&#7883;\n\nS&#225;ng 17/1, LĐLĐ qu&#7853;n k&#7871;t n&#7841;p \
             1.199 &#273;o&#224;n vi&#234;n."
                .into(),
        );
        let record = article_record(&page);
        assert!(
            record.text.contains("kết nạp 1.199 đoàn viên"),
            "{}",
            record.text
        );
        assert_eq!(record.member_counts.len(), 1, "{:?}", record.member_counts);
        assert!(record.warnings[0].starts_with("9 HTML character reference(s)"));
        // Nothing to decode, nothing to say.
        let record = article_record(&InputArticle::plain("p", "AT&T, Sáng 17/1."));
        assert!(record.warnings.is_empty(), "{:?}", record.warnings);
    }

    /// JSONL `html` is a JSON string, so UTF-8: a `<meta>` naming a legacy charset (the page
    /// as it was saved) must not turn it into mojibake, nor into a warning.
    #[test]
    fn jsonl_html_is_utf8_whatever_its_meta_says() {
        let line = serde_json::json!({
            "id": "h",
            "html": "<html><head><meta charset=\"windows-1258\"></head><body><article><p>Sáng \
                     17/1, Liên đoàn Lao động quận kết nạp được 1.199 đoàn viên công đoàn cơ sở \
                     trong năm 2023.</p></article></body></html>",
        })
        .to_string();
        let input = parse_jsonl_line("stdin", SourceKind::Stdin, None, 1, line.as_bytes()).unwrap();
        let record = article_record(&input);
        assert!(
            record.text.contains("kết nạp được 1.199 đoàn viên"),
            "{}",
            record.text
        );
        assert!(record.warnings.is_empty(), "{:?}", record.warnings);
    }

    #[test]
    fn html_with_a_bom_is_checked_as_the_text_it_names() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("<p>Công đoàn</p>".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert!(check_not_binary("f", &utf16).is_err());
        assert!(check_html_not_binary("f", &utf16).is_ok());
        // NUL characters behind a UTF-16 BOM are still binary; a BOM alone is empty.
        assert!(check_html_not_binary("f", &[0xFF, 0xFE, 0, 0, 0, 0, 1, 0]).is_err());
        assert!(check_html_not_binary("f", &[0xFE, 0xFF]).is_err());
        assert!(check_html_not_binary("f", b"\xEF\xBB\xBF<p>x</p>").is_ok());
        assert!(check_html_not_binary("f", b"\x00\x01<p>").is_err());
    }

    #[test]
    fn a_binary_head_is_refused_and_text_or_blank_heads_pass() {
        assert!(check_text_head("f.jsonl", b"\x7fELF\x02\x01\x01\x00\x00\x00").is_err());
        assert!(check_text_head("f.jsonl", br#"{"id":"a","text":"x"}"#).is_ok());
        assert!(check_text_head("f.jsonl", b"").is_ok());
        assert!(check_text_head("f.jsonl", b"\n\n").is_ok());
        let mut reader = LineReader::new(&b"{}\n"[..]);
        assert_eq!(reader.peek().unwrap(), b"{}\n");
        assert!(matches!(
            reader.next_line().unwrap(),
            Some((1, Line::Bytes(_)))
        ));
        assert_eq!(reader.lines_read(), 1);
    }

    #[test]
    fn long_lines_are_refused_and_skipped() {
        let mut data = vec![b'a'; MAX_ARTICLE_BYTES + 10];
        data.extend_from_slice(b"\n{\"id\":\"b\"}\n");
        let mut reader = LineReader::new(&data[..]);
        assert!(matches!(
            reader.next_line().unwrap(),
            Some((1, Line::TooLong(_)))
        ));
        match reader.next_line().unwrap() {
            Some((2, Line::Bytes(b))) => assert_eq!(b, br#"{"id":"b"}"#),
            other => panic!("{other:?}"),
        }
        assert!(reader.next_line().unwrap().is_none());
    }
}
