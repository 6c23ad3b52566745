//! Compressed inputs: `.gz` (gzip, every member of a multi-member file) and `.zst`
//! (Zstandard) read as a stream, never whole. A compressed file is known by its last
//! extension and is otherwise the file it holds: `a.txt.gz` is read as `a.txt` would be, and
//! has the same id.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

/// How a file's bytes are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// As they are.
    None,
    /// gzip (`.gz`); several members are read one after the other.
    Gzip,
    /// Zstandard (`.zst`).
    Zstd,
}

impl Compression {
    /// The compression of `path` by its last extension (`.gz`, `.zst`).
    pub fn of(path: &Path) -> Self {
        let ext = path.extension().and_then(|e| e.to_str());
        match ext.map(str::to_ascii_lowercase).as_deref() {
            Some("gz") => Self::Gzip,
            Some("zst") => Self::Zstd,
            _ => Self::None,
        }
    }

    /// `path` without its compression extension (`a.txt.gz` → `a.txt`); `path` itself when
    /// it is not compressed.
    pub fn inner_name(path: &Path) -> PathBuf {
        match Self::of(path) {
            Self::None => path.to_path_buf(),
            Self::Gzip | Self::Zstd => path.with_extension(""),
        }
    }
}

/// The file at `path` opened for reading, decompressed as its extension says.
///
/// # Errors
/// When the file cannot be opened, or (`.zst`) the decoder cannot start, or this build has no
/// Zstandard support (the `zstd` feature).
pub fn open_decompressed(path: &Path) -> std::io::Result<Box<dyn Read + Send>> {
    let file = File::open(path)?;
    match Compression::of(path) {
        Compression::None => Ok(Box::new(file)),
        Compression::Gzip => Ok(Box::new(flate2::read::MultiGzDecoder::new(
            BufReader::with_capacity(1 << 16, file),
        ))),
        Compression::Zstd => open_zstd(file),
    }
}

/// A Zstandard decoder over `file`.
#[cfg(feature = "zstd")]
fn open_zstd(file: File) -> std::io::Result<Box<dyn Read + Send>> {
    Ok(Box::new(zstd::stream::read::Decoder::new(file)?))
}

/// Without the `zstd` feature, `.zst` files cannot be read.
#[cfg(not(feature = "zstd"))]
fn open_zstd(_file: File) -> std::io::Result<Box<dyn Read + Send>> {
    Err(std::io::Error::new(
        std::io::ErrorKind::Unsupported,
        "this build reads no .zst files (built without the `zstd` feature)",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compression_is_known_by_the_last_extension() {
        assert_eq!(Compression::of(Path::new("a.txt.gz")), Compression::Gzip);
        assert_eq!(Compression::of(Path::new("a.WARC.ZST")), Compression::Zstd);
        assert_eq!(Compression::of(Path::new("a.txt")), Compression::None);
        assert_eq!(
            Compression::inner_name(Path::new("d/a.txt.gz")),
            Path::new("d/a.txt")
        );
        assert_eq!(
            Compression::inner_name(Path::new("a.txt")),
            Path::new("a.txt")
        );
    }
}
