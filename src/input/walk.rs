//! Which files a run reads: files as given, directories walked once each in sorted order,
//! files recognised by their identity (device and inode) whatever path or link leads to them.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::compress::Compression;
use crate::Error;

/// A file to read, with the root it was found under (for ids).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// The file.
    pub path: PathBuf,
    /// The directory given on the command line, or `None` for a file given directly.
    pub root: Option<PathBuf>,
}

/// The file extensions `extract` reads, for messages (see [`FileKind::of`]).
/// Each may also be compressed: `.gz` or `.zst` after it ([`Compression`]).
pub const READ_EXTENSIONS: &str =
    ".txt, .html, .htm, .xhtml, .jsonl, .ndjson and .warc (each also as .gz or .zst)";

/// The kinds of files `extract` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `.txt`: page text.
    Text,
    /// `.jsonl`: one article per line.
    Jsonl,
    /// `.html`, `.htm`.
    Html,
    /// `.warc`: a web archive, one input per HTML response record.
    Warc,
}

impl FileKind {
    /// The kind of `path` by its extension, if it is one `extract` reads; a compressed file
    /// (`a.txt.gz`, `a.warc.zst`) is of the kind of the file it holds.
    pub fn of(path: &Path) -> Option<Self> {
        let inner = Compression::inner_name(path);
        let ext = inner.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" => Some(Self::Text),
            "jsonl" | "ndjson" => Some(Self::Jsonl),
            "html" | "htm" | "xhtml" => Some(Self::Html),
            "warc" => Some(Self::Warc),
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
    visited: HashSet<FileIdentity>,
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
