//! Cue phrases that share a part, found in one pass over a text: the shared part (the
//! anchor) is searched once and each cue checked around it. Each `memmem::find_iter` of a
//! cue built its searcher again and read the whole article again; the anniversary, badge
//! and comparison cues of stop 19 read each article six times (`article_year` went from 2.0
//! to 4.6 M instructions on 300 lines of general-10k).
//!
//! The hits are those of one search per cue: every cue holds its anchor once, at a fixed
//! offset, and neither a cue nor an anchor can overlap itself (no proper prefix is also a
//! suffix), so each occurrence of a cue is one occurrence of the anchor and the anchor's
//! non-overlapping hits miss none. The same first `max` hits of each cue are kept.

use memchr::memmem::Finder;

/// Cues sharing an anchor, with its searcher built once.
pub(super) struct SharedCues {
    /// The searcher of the anchor.
    anchor: Finder<'static>,
    /// Each cue and the anchor's offset in it (`None`: the cue lacks it and is never found).
    cues: Vec<(&'static str, Option<usize>)>,
}

impl SharedCues {
    /// The cues `cues`, each holding `anchor` once.
    pub(super) fn new(anchor: &'static str, cues: &[&'static str]) -> Self {
        Self {
            anchor: Finder::new(anchor.as_bytes()),
            cues: cues.iter().map(|c| (*c, c.find(anchor))).collect(),
        }
    }

    /// The first `max` occurrences of each cue in `hay`, in text order: the cue's index
    /// and its start.
    pub(super) fn find(&self, hay: &str, max: usize) -> Vec<(usize, usize)> {
        let mut counts = vec![0usize; self.cues.len()];
        let mut hits = Vec::new();
        for at in self.anchor.find_iter(hay.as_bytes()) {
            for (i, (cue, offset)) in self.cues.iter().enumerate() {
                let Some(start) = offset.and_then(|o| at.checked_sub(o)) else {
                    continue;
                };
                let seen = counts.get(i).copied().unwrap_or(max);
                let here = hay.as_bytes().get(start..start + cue.len()) == Some(cue.as_bytes());
                if here && seen < max {
                    hits.push((i, start));
                    if let Some(c) = counts.get_mut(i) {
                        *c += 1;
                    }
                }
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use memchr::memmem;

    /// The hits of one search per cue, capped at `max` each.
    fn one_by_one(hay: &str, cues: &[&str], max: usize) -> Vec<(usize, usize)> {
        let mut hits: Vec<(usize, usize)> = cues
            .iter()
            .enumerate()
            .flat_map(|(i, c)| {
                memmem::find_iter(hay.as_bytes(), c.as_bytes())
                    .take(max)
                    .map(move |p| (i, p))
            })
            .collect();
        hits.sort_by_key(|&(_, p)| p);
        hits
    }

    #[test]
    fn one_pass_finds_what_one_search_per_cue_finds() {
        let cues = ["kỷ niệm ", "kỉ niệm "];
        let shared = SharedCues::new("niệm ", &cues);
        let hay = "kỷ niệm 70 năm, tưởng niệm niệm kỉ niệm kỷ niệm kỷ niệm ";
        for max in [0, 1, 2, 16] {
            assert_eq!(shared.find(hay, max), one_by_one(hay, &cues, max));
        }
        let cues = [" năm tuổi đảng", "vào đảng "];
        let shared = SharedCues::new("đảng", &cues);
        let hay = "huy hiệu 30 năm tuổi đảng, vào đảng năm 1987, vào đảng ngày 3/2, đảng";
        assert_eq!(shared.find(hay, 16), one_by_one(hay, &cues, 16));
        let cues = ["so với ", "So với "];
        let shared = SharedCues::new("o với ", &cues);
        let hay = "So với năm 2016, tăng so với cùng kỳ; đo với thước, so với ";
        assert_eq!(shared.find(hay, 16), one_by_one(hay, &cues, 16));
        assert_eq!(shared.find("o với ", 16), []);
    }
}
