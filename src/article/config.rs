//! The thresholds, weights and limits of the page → article heuristics, in one place.
//!
//! [`Config::DEFAULT`] (also [`Config::default`]) holds the values every record is built
//! with; [`crate::article::html::from_html_with`] and [`crate::article::from_page_text_with`]
//! take another, for experiments and tests. The values are grouped by the step they steer:
//! [`Input`] (before parsing), [`Scoring`] and [`Choice`] (which container is the body),
//! [`Cleaning`] (what is dropped inside it), [`Listing`] (article or listing page), [`Tidy`]
//! (the paragraphs' edges), [`Meta`] (title, date, byline) and [`PageText`] (text saved from a
//! page). The defaults are readability's where the heuristic is readability's, else measured
//! on the HTML fixtures and the seed corpus (`docs/HTML.md`).
//!
//! ```
//! use union_news::article::{html::from_html_with, Config};
//! let mut cfg = Config::default();
//! cfg.listing.teaser_links = 12; // a body needs 12 headline links to be a category page
//! cfg.choice.enough_text = 400; // retry with fewer heuristics below 400 characters
//! let page = "<html><body><p>Liên đoàn Lao động quận tổ chức hội nghị.</p></body></html>";
//! let article = from_html_with(page.as_bytes(), None, None, &cfg).unwrap();
//! assert!(article.body.starts_with("Liên đoàn Lao động quận"));
//! ```
//!
//! Not here, on purpose: the parser bounds of `html/limits.rs` (nesting depth, attributes per
//! tag, open formatting elements) and the work bounds of `html/meta.rs` (text nodes read per
//! element) and `pagetext.rs` (markers retried, length of a line tested as a marker) keep
//! the extraction linear on hostile input and do not change what a real page gives; word
//! lists and class names are data, not thresholds.

/// Every threshold of the page → article heuristics. See the [module docs](self).
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Before parsing.
    pub input: Input,
    /// How containers are scored.
    pub scoring: Scoring,
    /// Which containers become the body.
    pub choice: Choice,
    /// What is dropped inside the body.
    pub cleaning: Cleaning,
    /// Article or listing page.
    pub listing: Listing,
    /// The paragraphs' edges.
    pub tidy: Tidy,
    /// Title, date, byline and section.
    pub meta: Meta,
    /// Text saved from a page.
    pub page_text: PageText,
}

impl Config {
    /// The values records are built with.
    pub const DEFAULT: Config = Config {
        input: Input::DEFAULT,
        scoring: Scoring::DEFAULT,
        choice: Choice::DEFAULT,
        cleaning: Cleaning::DEFAULT,
        listing: Listing::DEFAULT,
        tidy: Tidy::DEFAULT,
        meta: Meta::DEFAULT,
        page_text: PageText::DEFAULT,
    };
}

impl Default for Config {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// A share `numerator / denominator`, compared in integers so that no rounding moves a
/// count across it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fraction {
    /// Above the line.
    pub numerator: usize,
    /// Below the line.
    pub denominator: usize,
}

impl Fraction {
    /// Whether `part` is more than this share of `whole`.
    pub fn is_exceeded_by(self, part: usize, whole: usize) -> bool {
        part * self.denominator > whole * self.numerator
    }
}

/// Before parsing.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// Pages larger than this many bytes (after decoding) are cut, with a warning. 16 MiB is
    /// far above any real article page; the cut keeps memory bounded.
    pub max_page_bytes: usize,
    /// How far into the page (bytes) a `<meta charset>` is looked for. The HTML standard
    /// reads 1,024 bytes; real Vietnamese pages put long `<script>`s first, so 8 KiB.
    pub charset_prescan_bytes: usize,
}

impl Input {
    /// The values records are built with.
    pub const DEFAULT: Input = Input {
        max_page_bytes: 16 * 1024 * 1024,
        charset_prescan_bytes: 8192,
    };
}

/// How containers are scored (readability's scheme).
#[derive(Debug, Clone, PartialEq)]
pub struct Scoring {
    /// A block with fewer characters of non-link text is not a paragraph and scores nothing.
    /// Readability's 25: captions, bylines and buttons are shorter.
    pub min_paragraph_chars: usize,
    /// A paragraph scores one point per this many characters (on top of 1 + its commas)…
    pub chars_per_point: f64,
    /// …up to this many points, so one long block does not outweigh many paragraphs.
    /// Readability's 100 and 3.
    pub max_length_points: f64,
    /// A paragraph's points are divided by these for its parent, grandparent and
    /// great-grandparent (readability's 1, 2 and `level × 3`); the length of the list is the
    /// number of ancestors scored.
    pub ancestor_dividers: &'static [f64],
    /// Weight of `div`, `article`, `section` and `main`: containers of text (readability: 5).
    pub container_tag_weight: f64,
    /// Weight of `pre`, `td` and `blockquote` (readability: 3).
    pub text_block_tag_weight: f64,
    /// Weight of lists, forms and `address` (readability: −3): menus and link lists.
    pub list_tag_weight: f64,
    /// Weight of headings and `th` (readability: −5).
    pub heading_tag_weight: f64,
    /// Added for a content-like class/id (`content`, `detail`, `sapo` …), taken away for a
    /// boilerplate-like one (`comment`, `share`, `tinlienquan` …); readability's 25, enough
    /// to outweigh a few paragraphs. Only in attempts that weigh class names.
    pub class_weight: f64,
}

impl Scoring {
    /// The values records are built with.
    pub const DEFAULT: Scoring = Scoring {
        min_paragraph_chars: 25,
        chars_per_point: 100.0,
        max_length_points: 3.0,
        ancestor_dividers: &[1.0, 2.0, 6.0],
        container_tag_weight: 5.0,
        text_block_tag_weight: 3.0,
        list_tag_weight: -3.0,
        heading_tag_weight: -5.0,
        class_weight: 25.0,
    };
}

/// Which containers become the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// A body shorter than this (characters) makes the extraction try again with one more
    /// heuristic switched off; the longest attempt wins. 250 is about a short news
    /// item's lead and first paragraph. A site rule's container is taken when it holds half of this.
    pub enough_text: usize,
    /// A sibling of the best container joins the body when it scores this share of the
    /// best (readability's 0.2)…
    pub sibling_share: f64,
    /// …and at least this much (readability's 10).
    pub sibling_min_score: f64,
    /// A sibling with the best container's class/id gets this share of the best's score
    /// added (readability's 0.2).
    pub same_class_bonus: f64,
    /// A plain paragraph sibling (`p`, `div`, `blockquote` without blocks inside) joins
    /// with more than this many characters of non-link text (readability's 80)…
    pub plain_paragraph_chars: usize,
    /// …and a link density below this (readability's 0.25).
    pub plain_paragraph_max_density: f64,
    /// A body split in two (an ad slot in the middle): the second part is a candidate of at
    /// least this share of the best score (0.4: fixture cafef-1's body is split so).
    pub split_second_share: f64,
    /// How many candidates after the best are looked at for the second part.
    pub split_candidates: usize,
    /// How many levels up from the best container their common ancestor may be.
    pub split_levels: usize,
    /// The ancestor is taken when its own text is at most this many times the two parts'…
    pub split_growth: f64,
    /// …plus this many characters (the ad slot's and the page break's text)…
    pub split_slack_chars: f64,
    /// …and its link density is below this.
    pub split_max_density: f64,
    /// A body split into repeated containers (one element per stretch of text between ad
    /// slots, each under its own wrapper, with the same tag and class/id as the best one):
    /// another such element joins the body with at least this many characters of own
    /// (non-link) text and a link density below `plain_paragraph_max_density`. 200 is two
    /// sentences; WIRED's parts (fixture np4k-wired-001) hold 700 and more, a same-class
    /// teaser or caption box less.
    pub repeated_part_min_chars: usize,
    /// A lead (sapo) standing before the body is put first when it has at least this many
    /// characters (a one-line kicker is shorter)…
    pub lead_min_chars: usize,
    /// …at most this many (a whole article named "description" is not a lead)…
    pub lead_max_chars: usize,
    /// …and a link density below this.
    pub lead_max_density: f64,
}

impl Choice {
    /// The values records are built with.
    pub const DEFAULT: Choice = Choice {
        enough_text: 250,
        sibling_share: 0.2,
        sibling_min_score: 10.0,
        same_class_bonus: 0.2,
        plain_paragraph_chars: 80,
        plain_paragraph_max_density: 0.25,
        split_second_share: 0.4,
        split_candidates: 5,
        split_levels: 4,
        split_growth: 1.3,
        split_slack_chars: 300.0,
        split_max_density: 0.3,
        repeated_part_min_chars: 200,
        lead_min_chars: 30,
        lead_max_chars: 1500,
        lead_max_density: 0.3,
    };
}

/// What is dropped inside the chosen body (in attempts that clean).
#[derive(Debug, Clone, PartialEq)]
pub struct Cleaning {
    /// A list (`ul`, `ol`) with a link density above this is a link list (related news,
    /// tags); article lists carry few links.
    pub list_max_density: f64,
    /// A nested `<article>` with a link and less own text than this is a teaser card of
    /// another article.
    pub teaser_card_max_chars: usize,
    /// A boilerplate-named box (in attempts that weigh class names) with less own text than
    /// this is dropped; a longer one is more likely a misnamed body.
    pub named_boilerplate_max_chars: usize,
    /// A block with a link density above this…
    pub link_heavy_density: f64,
    /// …and less own text than this is dropped.
    pub link_heavy_max_chars: usize,
    /// A `div`, `section`, `table`, list or `aside` with a link density above this…
    pub link_box_density: f64,
    /// …and less own text than this is dropped (a box of "read more" links).
    pub link_box_max_chars: usize,
    /// A paragraph whose link text is more than this share of its text (4/5) is dropped:
    /// `>> Tin liên quan …` lines.
    pub link_paragraph_share: Fraction,
}

impl Cleaning {
    /// The values records are built with.
    pub const DEFAULT: Cleaning = Cleaning {
        list_max_density: 0.3,
        teaser_card_max_chars: 400,
        named_boilerplate_max_chars: 500,
        link_heavy_density: 0.5,
        link_heavy_max_chars: 300,
        link_box_density: 0.25,
        link_box_max_chars: 100,
        link_paragraph_share: Fraction {
            numerator: 4,
            denominator: 5,
        },
    };
}

/// Article or listing page (home page, category page). A page with an article date in its
/// metadata is always an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Listing {
    /// A link with at least this many characters of text is headline-length…
    pub headline_link_min_chars: usize,
    /// …and at most this many (longer is a paragraph that happens to be a link).
    pub headline_link_max_chars: usize,
    /// A body holding this many headline-length links is a category page's teaser list.
    pub teaser_links: usize,
    /// A page with this many headline-length links…
    pub page_headline_links: usize,
    /// …a link density above this…
    pub page_link_density: f64,
    /// …and no paragraph of this many characters is a listing. The dantri home page has 155
    /// headline links at density 0.65; article pages have at most 37 and 0.56.
    pub longest_paragraph_chars: usize,
}

impl Listing {
    /// The values records are built with.
    pub const DEFAULT: Listing = Listing {
        headline_link_min_chars: 25,
        headline_link_max_chars: 200,
        teaser_links: 8,
        page_headline_links: 40,
        page_link_density: 0.5,
        longest_paragraph_chars: 400,
    };
}

/// The paragraphs' edges.
#[derive(Debug, Clone, PartialEq)]
pub struct Tidy {
    /// A paragraph ending in `...` whose head (longer than this many bytes) starts the next
    /// paragraph is a cut-off teaser and dropped; shorter heads match by chance.
    pub teaser_head_min_bytes: usize,
    /// A first or last paragraph shorter than this (characters) that is a date line
    /// (`Cập nhật: …`) is dropped; longer ones are text that mentions a date.
    pub date_line_max_chars: usize,
    /// The site's label (`dantri`) is cut from the start of the lead when it is spelt in at
    /// most this many words (`(Dân trí) -`).
    pub label_max_words: usize,
}

impl Tidy {
    /// The values records are built with.
    pub const DEFAULT: Tidy = Tidy {
        teaser_head_min_bytes: 20,
        date_line_max_chars: 80,
        label_max_words: 4,
    };
}

/// Title, date, byline and section.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// A host label shorter than this (`vn`, `24h`) is too common to recognise the site's
    /// name by: it is not looked for in titles, bylines and leads.
    pub site_label_min_len: usize,
    /// A title segment of at most this many words can be the site's name (`Báo VnExpress
    /// Sức khỏe`); a longer one is part of the headline.
    pub site_name_max_words: usize,
    /// An `<h1>` longer than this (characters) is not the headline.
    pub heading_max_chars: usize,
    /// An element named like a date is read when its text is at most this long
    /// (characters): a date line, not a paragraph that mentions a date.
    pub date_element_max_chars: usize,
    /// How many text nodes of the page are searched for a visible date line when nothing
    /// else gave a date; the date stands near the top.
    pub date_line_text_nodes: usize,
    /// An element named like an author is read when its text is at most this long.
    pub byline_element_max_chars: usize,
    /// A breadcrumb link is read as the section when its text is at most this long.
    pub breadcrumb_max_chars: usize,
    /// An author value longer than this (characters) is not a person's name.
    pub person_max_chars: usize,
    /// The page's `<h1>` is taken over `og:title` when it is a fuller variant of it: it holds
    /// the whole `og:title`, or both start with the same words, at least this many…
    pub headline_variant_words: usize,
    /// …and at least this share of `og:title`'s words. The social title is often a shortened
    /// or reworded headline (fixtures np4k-burmese-article: the `og:title` is the `<h1>`'s
    /// second half; np4k-time-001: 9 of 11 words shared, then "Says" for ", Warns Climate
    /// Scientist"); an `<h1>` that is a section name or another story shares no such start.
    pub headline_variant_share: f64,
}

impl Meta {
    /// The values records are built with.
    pub const DEFAULT: Meta = Meta {
        site_label_min_len: 4,
        site_name_max_words: 6,
        heading_max_chars: 400,
        date_element_max_chars: 120,
        date_line_text_nodes: 20_000,
        byline_element_max_chars: 60,
        breadcrumb_max_chars: 60,
        person_max_chars: 80,
        headline_variant_words: 5,
        headline_variant_share: 0.6,
    };
}

/// Text saved from a page (`from_page_text`), read line by line.
#[derive(Debug, Clone, PartialEq)]
pub struct PageText {
    /// A line of at least this many words is running text (prose), however it ends…
    pub prose_words: usize,
    /// …and one of at least this many that ends like a sentence. Headlines, menus, captions
    /// and bylines are shorter; the body starts at the first prose line.
    pub sentence_words: usize,
    /// A headline has at least this many words…
    pub headline_min_words: usize,
    /// …at most this many…
    pub headline_max_words: usize,
    /// …and fewer bytes than this.
    pub headline_max_bytes: usize,
    /// A line of at most this many bytes with a digit is tried as a dateline
    /// (`Ngày đăng: 20/12/2023 10:30`) and a view counter.
    pub dateline_max_bytes: usize,
    /// A byline without a prefix (`Phương Trà`) has at most this many capitalised words…
    pub byline_max_words: usize,
    /// …and characters.
    pub byline_max_chars: usize,
    /// An unterminated line glued under the lead with at least this many words is a
    /// related-news link and dropped.
    pub glued_link_min_words: usize,
}

impl PageText {
    /// The values records are built with.
    pub const DEFAULT: PageText = PageText {
        prose_words: 30,
        sentence_words: 15,
        headline_min_words: 3,
        headline_max_words: 40,
        headline_max_bytes: 400,
        dateline_max_bytes: 160,
        byline_max_words: 4,
        byline_max_chars: 40,
        glued_link_min_words: 10,
    };
}

macro_rules! defaults {
    ($($t:ident),*) => {$(
        impl Default for $t {
            fn default() -> Self {
                Self::DEFAULT
            }
        }
    )*};
}
defaults!(Input, Scoring, Choice, Cleaning, Listing, Tidy, Meta, PageText);

#[cfg(test)]
mod tests;
