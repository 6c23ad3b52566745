//! The page store and the crawl state, both under one directory.
//!
//! ```text
//! DIR/pages/<host>/<key>.html             page bytes as received (after content decoding)
//! DIR/pages/<host>/<key>.html.meta.json   its sidecar (Meta)
//! DIR/feeds/<host>/<key>.xml              feeds and sitemaps, same sidecar (.xml.meta.json)
//! DIR/state/queue.tsv                     every URL ever queued, in order (append-only)
//! DIR/state/seen.tsv                      every URL processed, with its outcome (append-only)
//! ```
//!
//! `<key>` is the first 16 hex digits of the SHA-256 of the requested URL; `<host>` is the host
//! name, with `_PORT` for a non-default port. Files are written to a hidden temporary name,
//! synced, then renamed: sidecar first, page last, so a page on disk always has its sidecar.
//! The logs are appended line by line and synced; a line cut short by a crash is dropped when
//! the log is opened again, and a temporary file a crash left behind is removed when the store
//! is opened again. Nothing in the store has an extension `extract` reads except the
//! pages themselves.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use url::Url;

use crate::Error;

pub use crate::input::sidecar::{sidecar_path, Meta};

/// Where a document is stored: pages as `.html`, feeds and sitemaps as `.xml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shelf {
    /// HTML pages, read by `extract`.
    Pages,
    /// Feeds and sitemaps, kept for conditional requests and for resuming; not read by
    /// `extract`.
    Feeds,
}

/// A crawl directory: page store plus state logs.
#[derive(Debug)]
pub struct Store {
    root: PathBuf,
    queue: File,
    seen: File,
    /// How many times a log was synced to disk.
    syncs: u64,
}

/// One line of `state/queue.tsv`: a URL to process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueLine {
    /// `seed`, `page` or `feed`.
    pub kind: String,
    /// Link depth from the seeds.
    pub depth: u32,
    /// The URL.
    pub url: String,
    /// Where it was found (empty for seeds).
    pub found_on: String,
    /// The publication date its feed gave (empty if none).
    pub published: String,
}

/// One line of `state/seen.tsv`: a URL processed and its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeenLine {
    /// When (RFC 3339).
    pub at: String,
    /// `fetched`, `not-modified`, `stored`, `skipped` or `failed`.
    pub outcome: String,
    /// The reason for `skipped`/`failed` (e.g. `robots`, `http-404`), else empty.
    pub reason: String,
    /// The URL.
    pub url: String,
}

impl Store {
    /// Opens (creating if needed) the store under `root`, repairing logs cut short by a crash
    /// and removing the temporary files a crash left behind (see [`is_stale_temp_file`]).
    ///
    /// # Errors
    /// When the directories or logs cannot be created or read, or a stale temporary file
    /// cannot be removed.
    pub fn open(root: &Path) -> Result<Self, Error> {
        let state = root.join("state");
        fs::create_dir_all(&state).map_err(|e| write_error(&state, e))?;
        remove_stale_temp_files(root)?;
        let queue = open_log(&state.join("queue.tsv"))?;
        let seen = open_log(&state.join("seen.tsv"))?;
        Ok(Self {
            root: root.to_path_buf(),
            queue,
            seen,
            syncs: 0,
        })
    }

    /// The store's directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The path a document from `url` is stored at.
    pub fn path_for(&self, url: &Url, shelf: Shelf) -> PathBuf {
        let host = url.host_str().unwrap_or("_");
        let host = match url.port() {
            Some(port) => format!("{host}_{port}"),
            None => host.to_string(),
        };
        // Host names hold only [a-z0-9.-] after IDNA (or brackets and colons for IPv6).
        let host: String = host
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let key = url_key(url.as_str());
        let (dir, ext) = match shelf {
            Shelf::Pages => ("pages", "html"),
            Shelf::Feeds => ("feeds", "xml"),
        };
        self.root.join(dir).join(host).join(format!("{key}.{ext}"))
    }

    /// The stored sidecar and body for `url`, if both are there.
    pub fn load(&self, url: &Url, shelf: Shelf) -> Option<(Meta, Vec<u8>)> {
        let path = self.path_for(url, shelf);
        let meta: Meta = serde_json::from_slice(&fs::read(sidecar_path(&path)).ok()?).ok()?;
        let body = fs::read(&path).ok()?;
        Some((meta, body))
    }

    /// The stored sidecar for `url`, if the page and its sidecar are there.
    pub fn load_meta(&self, url: &Url, shelf: Shelf) -> Option<Meta> {
        let path = self.path_for(url, shelf);
        if !path.is_file() {
            return None;
        }
        serde_json::from_slice(&fs::read(sidecar_path(&path)).ok()?).ok()
    }

    /// Stores `body` with `meta` atomically: sidecar first, then the document.
    ///
    /// # Errors
    /// When a file cannot be written or renamed.
    pub fn save(
        &self,
        url: &Url,
        shelf: Shelf,
        meta: &Meta,
        body: &[u8],
    ) -> Result<PathBuf, Error> {
        let path = self.path_for(url, shelf);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| write_error(dir, e))?;
        }
        let json = serde_json::to_vec_pretty(meta)
            .map_err(|e| Error::input(path.display().to_string(), e.to_string()))?;
        write_atomic(&sidecar_path(&path), &json)?;
        write_atomic(&path, body)?;
        Ok(path)
    }

    /// Appends `lines` to `state/queue.tsv` in one write and syncs them once (nothing when
    /// there are none).
    ///
    /// All the links of one document go in one call: a sync costs a disk flush (milliseconds
    /// on a real disk), and one per link made a page of 20,000 links take 90 s to queue. A
    /// crash in the middle leaves whole lines and at most one cut line, which is dropped on
    /// the next open; the document's own seen line comes after, so it is processed again and
    /// its links queued again.
    ///
    /// # Errors
    /// When the log cannot be written.
    pub fn append_queue(&mut self, lines: &[QueueLine]) -> Result<(), Error> {
        if lines.is_empty() {
            return Ok(());
        }
        let mut text = String::new();
        for line in lines {
            text.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\n",
                field(&line.kind),
                line.depth,
                field(&line.url),
                field(&line.found_on),
                field(&line.published)
            ));
        }
        let path = self.root.join("state/queue.tsv");
        self.syncs += 1;
        append(&mut self.queue, &path, &text)
    }

    /// Appends a line to `state/seen.tsv` and syncs it.
    ///
    /// # Errors
    /// When the log cannot be written.
    pub fn append_seen(&mut self, line: &SeenLine) -> Result<(), Error> {
        let text = format!(
            "{}\t{}\t{}\t{}\n",
            field(&line.at),
            field(&line.outcome),
            field(&line.reason),
            field(&line.url)
        );
        let path = self.root.join("state/seen.tsv");
        self.syncs += 1;
        append(&mut self.seen, &path, &text)
    }

    /// How many times this store synced a log to disk since it was opened (each costs a disk
    /// flush): a measure of the crawl's write cost that does not depend on the machine.
    pub fn syncs(&self) -> u64 {
        self.syncs
    }

    /// Syncs both logs to disk (every line is already synced as it is appended; this is the
    /// last word at the end of a run).
    ///
    /// # Errors
    /// When a log cannot be synced.
    pub fn sync(&self) -> Result<(), Error> {
        let state = self.root.join("state");
        self.queue
            .sync_all()
            .map_err(|e| write_error(&state.join("queue.tsv"), e))?;
        self.seen
            .sync_all()
            .map_err(|e| write_error(&state.join("seen.tsv"), e))
    }

    /// Every line of `state/queue.tsv`, in order (malformed lines skipped).
    ///
    /// # Errors
    /// When the log cannot be read.
    pub fn read_queue(&self) -> Result<Vec<QueueLine>, Error> {
        let path = self.root.join("state/queue.tsv");
        let text = fs::read_to_string(&path).map_err(|e| Error::read(&path, e))?;
        Ok(text
            .lines()
            .filter_map(|l| {
                let mut f = l.split('\t');
                Some(QueueLine {
                    kind: f.next()?.to_string(),
                    depth: f.next()?.parse().ok()?,
                    url: f.next()?.to_string(),
                    found_on: f.next().unwrap_or("").to_string(),
                    published: f.next().unwrap_or("").to_string(),
                })
            })
            .collect())
    }

    /// Every line of `state/seen.tsv`, in order (malformed lines skipped).
    ///
    /// # Errors
    /// When the log cannot be read.
    pub fn read_seen(&self) -> Result<Vec<SeenLine>, Error> {
        let path = self.root.join("state/seen.tsv");
        let text = fs::read_to_string(&path).map_err(|e| Error::read(&path, e))?;
        Ok(text
            .lines()
            .filter_map(|l| {
                let mut f = l.split('\t');
                Some(SeenLine {
                    at: f.next()?.to_string(),
                    outcome: f.next()?.to_string(),
                    reason: f.next()?.to_string(),
                    url: f.next()?.to_string(),
                })
            })
            .collect())
    }
}

/// The first 16 hex digits of the SHA-256 of `url`: a page's file name.
pub fn url_key(url: &str) -> String {
    let digest = Sha256::digest(url.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

fn field(value: &str) -> String {
    value.replace(['\t', '\n', '\r'], " ")
}

fn write_error(path: &Path, err: std::io::Error) -> Error {
    Error::input(path.display().to_string(), format!("cannot write: {err}"))
}

/// True when `name` is a temporary file of `write_atomic` that no running process is
/// writing: `.KEY.html.PID.tmp`, `.KEY.xml.PID.tmp` or either with `.meta.json` before the
/// PID, KEY 16 hex digits. A `kill -9` between creating and renaming such a file leaves it
/// behind; nothing else in the store (or put there by a user) has this shape. On Linux a
/// file whose PID is another live process is left alone: a second crawl writing to the same
/// store is not supported, but it is not to be broken either.
pub fn is_stale_temp_file(name: &str) -> bool {
    let Some(inner) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    let Some((stored, pid)) = inner.rsplit_once('.') else {
        return false;
    };
    let Ok(pid) = pid.parse::<u32>() else {
        return false;
    };
    let stored = stored.strip_suffix(".meta.json").unwrap_or(stored);
    let Some((key, ext)) = stored.split_once('.') else {
        return false;
    };
    let ours = key.len() == 16
        && key
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        && (ext == "html" || ext == "xml");
    ours && !another_live_process(pid)
}

/// True when `pid` is a running process other than this one (Linux: `/proc/PID`; elsewhere
/// unknown, so false).
fn another_live_process(pid: u32) -> bool {
    pid != std::process::id()
        && Path::new("/proc/self").exists()
        && Path::new("/proc").join(pid.to_string()).exists()
}

/// Removes the stale temporary files ([`is_stale_temp_file`]) in the store's host
/// directories (`pages/<host>/`, `feeds/<host>/`, where [`Store::save`] writes).
fn remove_stale_temp_files(root: &Path) -> Result<(), Error> {
    for shelf in ["pages", "feeds"] {
        let Ok(hosts) = fs::read_dir(root.join(shelf)) else {
            continue;
        };
        for host in hosts.flatten() {
            if !host.file_type().is_ok_and(|t| t.is_dir()) {
                continue;
            }
            let Ok(files) = fs::read_dir(host.path()) else {
                continue;
            };
            for file in files.flatten() {
                let stale = file.file_name().to_str().is_some_and(is_stale_temp_file)
                    && file.file_type().is_ok_and(|t| t.is_file());
                if stale {
                    let path = file.path();
                    fs::remove_file(&path).map_err(|e| write_error(&path, e))?;
                }
            }
        }
    }
    Ok(())
}

/// Writes `bytes` to a hidden temporary file beside `path`, syncs it, renames it over `path`.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.unwrap_or_default(),
        std::process::id()
    ));
    let result = (|| {
        let mut file = File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, path)?;
        // The rename is durable once the directory is synced (best effort: not on every OS).
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        write_error(path, e)
    })
}

/// Opens a log for appending, cutting a last line left without its newline by a crash.
fn open_log(path: &Path) -> Result<File, Error> {
    let mut file = OpenOptions::new()
        .create(true)
        .read(true)
        .append(true)
        .open(path)
        .map_err(|e| write_error(path, e))?;
    let mut text = Vec::new();
    file.read_to_end(&mut text)
        .map_err(|e| Error::read(path, e))?;
    if !text.is_empty() && !text.ends_with(b"\n") {
        let keep = text.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        file.set_len(keep as u64)
            .map_err(|e| write_error(path, e))?;
        file.seek(SeekFrom::End(0))
            .map_err(|e| write_error(path, e))?;
    }
    Ok(file)
}

fn append(file: &mut File, path: &Path, text: &str) -> Result<(), Error> {
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_data())
        .map_err(|e| write_error(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_stores_own_temp_files_are_stale() {
        // PIDs above Linux's largest pid_max (4,194,304): never a live process. (A small PID
        // such as 12 can be a running kernel thread.)
        for name in [
            ".0123456789abcdef.html.4999999.tmp",
            ".0123456789abcdef.html.meta.json.4999999.tmp",
            ".0123456789abcdef.xml.4999998.tmp",
            ".0123456789abcdef.xml.meta.json.4999998.tmp",
        ] {
            assert!(is_stale_temp_file(name), "{name}");
        }
        let own = format!(".0123456789abcdef.html.{}.tmp", std::process::id());
        assert!(is_stale_temp_file(&own));
        for name in [
            "0123456789abcdef.html.4999999.tmp",
            ".0123456789abcdef.html.tmp",
            ".0123456789abcdef.html.x1.tmp",
            ".0123456789ABCDEF.html.1.tmp",
            ".0123456789abcde.html.1.tmp",
            ".0123456789abcdef.json.1.tmp",
            ".0123456789abcdef.html.1.tmp.bak",
            ".notes.tmp",
            ".tmp",
        ] {
            assert!(!is_stale_temp_file(name), "{name}");
        }
    }

    #[test]
    fn paths_are_per_host_and_hashed() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let url = Url::parse("http://127.0.0.1:8080/a.html").unwrap();
        let path = store.path_for(&url, Shelf::Pages);
        let rel = path.strip_prefix(dir.path()).unwrap();
        let key = url_key("http://127.0.0.1:8080/a.html");
        assert_eq!(key.len(), 16);
        assert_eq!(rel, Path::new(&format!("pages/127.0.0.1_8080/{key}.html")));
        let feed = store.path_for(&Url::parse("https://bao.vn/rss").unwrap(), Shelf::Feeds);
        assert!(feed.ends_with(format!(
            "feeds/bao.vn/{}.xml",
            url_key("https://bao.vn/rss")
        )));
    }

    #[test]
    fn save_then_load_and_torn_log_lines() {
        let dir = tempfile::tempdir().unwrap();
        let url = Url::parse("https://bao.vn/a.html").unwrap();
        {
            let mut store = Store::open(dir.path()).unwrap();
            let meta = Meta {
                url: url.to_string(),
                final_url: url.to_string(),
                status: 200,
                content_sha256: "x".into(),
                ..Meta::default()
            };
            store.save(&url, Shelf::Pages, &meta, b"<html>").unwrap();
            assert_eq!(store.load(&url, Shelf::Pages).unwrap().1, b"<html>");
            store
                .append_seen(&SeenLine {
                    at: "t".into(),
                    outcome: "fetched".into(),
                    reason: String::new(),
                    url: url.to_string(),
                })
                .unwrap();
        }
        // A crash in the middle of a line.
        let seen = dir.path().join("state/seen.tsv");
        let mut file = OpenOptions::new().append(true).open(&seen).unwrap();
        file.write_all(b"t\tfetched\t\thttps://bao").unwrap();
        drop(file);
        let mut store = Store::open(dir.path()).unwrap();
        store
            .append_seen(&SeenLine {
                at: "u".into(),
                outcome: "failed".into(),
                reason: "http-404".into(),
                url: "https://bao.vn/b".into(),
            })
            .unwrap();
        let lines = store.read_seen().unwrap();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].reason, "http-404");
        // No temporary files are left behind.
        let host_dir = dir.path().join("pages/bao.vn");
        let names: Vec<String> = fs::read_dir(host_dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }
}
