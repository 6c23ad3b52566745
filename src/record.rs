//! The output record: one JSON object per article, as `../shared/RECORD.md` fixes it.
//!
//! Field names are a contract with downstream loaders. A renamed or removed field, or a
//! changed meaning, bumps [`SCHEMA_VERSION`]; new fields may be added.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of the record format written in every record's `schema_version`.
pub const SCHEMA_VERSION: u32 = 1;

/// One article with everything extracted from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Record {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Stable id: the input's own id, else derived from its path or URL.
    pub id: String,
    /// Where the article came from.
    pub source: Source,
    /// The headline, normalized.
    pub title: Option<String>,
    /// Publication date: `YYYY-MM-DD`, or an RFC 3339 timestamp when the source gives a time.
    pub published: Option<String>,
    /// Author or byline as written.
    pub byline: Option<String>,
    /// The site's section the article is filed under ("Chứng khoán"), from the page
    /// (`article:section`, JSON-LD `articleSection`, breadcrumb), normalized; null when the page
    /// names none or the input is not HTML. An addition to RECORD.md (absent in older records).
    #[serde(default)]
    pub section: Option<String>,
    /// The page's canonical URL (`<link rel="canonical">`, else `og:url`), resolved against
    /// the page's URL; null when the page names none or the input is not HTML. An addition to
    /// RECORD.md (absent in older records).
    #[serde(default)]
    pub canonical_url: Option<String>,
    /// The normalized article text (headline as the first paragraph, then the body); every
    /// `start`/`end` indexes it in Unicode code points.
    pub text: String,
    /// Dates and periods, in text order.
    pub dates: Vec<DateMention>,
    /// Monetary amounts, in text order.
    pub money: Vec<MoneyMention>,
    /// Counts of members, workers and unions, in text order.
    pub member_counts: Vec<MemberCountMention>,
    /// Organization mentions, in text order.
    pub organizations: Vec<OrganizationMention>,
    /// People with their roles, in order of first mention.
    pub people: Vec<Person>,
    /// Events the article reports, in text order.
    pub events: Vec<Event>,
    /// What the pipeline could not do for this article.
    pub warnings: Vec<String>,
}

/// Where an article came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// `file`, `url` or `stdin`.
    pub kind: SourceKind,
    /// The file path, for files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The article's URL, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When a crawled page was fetched (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetched_at: Option<String>,
    /// Hex sha256 of the raw input bytes.
    pub content_sha256: String,
}

/// The kind of an article's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A file on disk (a `.txt`, `.html` or one line of a `.jsonl`).
    File,
    /// A fetched URL.
    Url,
    /// A line of JSONL read from standard input.
    Stdin,
}

/// Granularity of a date value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// `YYYY-MM-DD` or `--MM-DD`.
    Day,
    /// `YYYY-MM`.
    Month,
    /// `YYYY`.
    Year,
    /// `A/B`.
    Range,
}

/// Part of the day a date names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum TimeOfDay {
    /// Morning.
    #[serde(rename = "sáng")]
    Sang,
    /// Noon.
    #[serde(rename = "trưa")]
    Trua,
    /// Afternoon.
    #[serde(rename = "chiều")]
    Chieu,
    /// Evening.
    #[serde(rename = "tối")]
    Toi,
    /// Night.
    #[serde(rename = "đêm")]
    Dem,
}

impl TimeOfDay {
    /// Parses a time-of-day word in any case ("Chiều", "sáng").
    pub fn from_word(word: &str) -> Option<Self> {
        match word.to_lowercase().as_str() {
            "sáng" => Some(Self::Sang),
            "trưa" => Some(Self::Trua),
            "chiều" => Some(Self::Chieu),
            "tối" => Some(Self::Toi),
            "đêm" => Some(Self::Dem),
            _ => None,
        }
    }

    /// The word as the record writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sang => "sáng",
            Self::Trua => "trưa",
            Self::Chieu => "chiều",
            Self::Toi => "tối",
            Self::Dem => "đêm",
        }
    }
}

/// A date, period or year used as a time reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DateMention {
    /// The surface in `text`.
    pub text: String,
    /// Code point offset of the first character.
    pub start: usize,
    /// Code point offset just past the last character.
    pub end: usize,
    /// ISO value: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` or a range `A/B`.
    pub value: String,
    /// How precise `value` is.
    pub granularity: Granularity,
    /// True when the year was not written and was taken from context or `published`.
    pub year_inferred: bool,
    /// The part of the day, when the surface names one.
    pub time_of_day: Option<TimeOfDay>,
}

/// How a stated amount or count relates to the true one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As stated.
    Exact,
    /// "hơn", "trên", "vượt".
    MoreThan,
    /// "dưới", "chưa đến".
    LessThan,
    /// "gần", "khoảng", "xấp xỉ", "hầu".
    About,
    /// "ít nhất", "tối thiểu".
    AtLeast,
    /// "tối đa", "nhiều nhất".
    AtMost,
    /// "hàng …": the amount is the implied lower bound.
    Vague,
}

impl Qualifier {
    /// The snake_case name used in records and databases.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::MoreThan => "more_than",
            Self::LessThan => "less_than",
            Self::About => "about",
            Self::AtLeast => "at_least",
            Self::AtMost => "at_most",
            Self::Vague => "vague",
        }
    }
}

/// A monetary amount.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MoneyMention {
    /// The surface in `text`, qualifier word included.
    pub text: String,
    /// Code point offset of the first character.
    pub start: usize,
    /// Code point offset just past the last character.
    pub end: usize,
    /// The amount in units of `currency` (for a range, its lower end).
    pub amount: f64,
    /// The upper end of a range ("từ 1 đến 2 triệu đồng"), else absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_max: Option<f64>,
    /// ISO 4217 code.
    pub currency: String,
    /// How the stated amount relates to the true one.
    pub qualifier: Qualifier,
}

/// What a member count counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CountCategory {
    /// Newly admitted members ("kết nạp", "phát triển được").
    NewMembers,
    /// Membership total ("nâng tổng số … lên").
    TotalMembers,
    /// Workforce, or workers reached.
    Workers,
    /// Union officials.
    Officials,
    /// Newly founded unions ("thành lập mới").
    UnionsNew,
    /// Total number of unions.
    UnionsTotal,
    /// People who received support.
    Beneficiaries,
    /// Anything else.
    Other,
}

impl CountCategory {
    /// The snake_case name used in records and databases.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NewMembers => "new_members",
            Self::TotalMembers => "total_members",
            Self::Workers => "workers",
            Self::Officials => "officials",
            Self::UnionsNew => "unions_new",
            Self::UnionsTotal => "unions_total",
            Self::Beneficiaries => "beneficiaries",
            Self::Other => "other",
        }
    }
}

/// A count of people or union units.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MemberCountMention {
    /// The surface in `text`: qualifier, number and unit noun.
    pub text: String,
    /// Code point offset of the first character.
    pub start: usize,
    /// Code point offset just past the last character.
    pub end: usize,
    /// The count.
    pub count: u64,
    /// The counted noun as written.
    pub unit: String,
    /// What is counted, from the sentence's verb.
    pub category: CountCategory,
    /// How the stated count relates to the true one.
    pub qualifier: Qualifier,
}

/// An organization mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct OrganizationMention {
    /// The surface in `text`.
    pub text: String,
    /// Code point offset of the first character.
    pub start: usize,
    /// Code point offset just past the last character.
    pub end: usize,
    /// Full name, abbreviations expanded, partial mentions resolved within the article.
    pub canonical: String,
    /// labour_federation, union, grassroots_union, party, government, enterprise, cluster,
    /// mass_organization or other.
    pub kind: String,
    /// trung_uong, tinh, thanh_pho, quan, huyen, thi_xa, phuong, xa, or null.
    pub admin_level: Option<String>,
    /// The place name, or null.
    pub area: Option<String>,
    /// False for a partial mention the article does not tie to a full name.
    pub resolved: bool,
}

/// A person with the roles the article gives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Person {
    /// The first full surface of the name, as written (equal to `name` unless the name was
    /// corrected, e.g. a lower-case typo).
    pub text: String,
    /// The person's name.
    pub name: String,
    /// Distinct roles as written, with the organization's canonical name where a role names
    /// one.
    pub roles: Vec<Role>,
    /// Code point offset of the first mention.
    pub start: usize,
    /// Code point offset just past the first mention.
    pub end: usize,
}

/// A role as written, with the organization it names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Role {
    /// The role string as written ("Chủ tịch LĐLĐ tỉnh").
    pub text: String,
    /// The canonical name of the organization the role names, if any.
    pub organization: Option<String>,
}

/// Kinds of events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// Conferences and meetings.
    Conference,
    /// Congresses (đại hội).
    Congress,
    /// Signings (giao ước thi đua, thỏa ước lao động tập thể, agreements).
    Signing,
    /// Support and gift programmes.
    Support,
    /// Awards (tuyên dương, khen thưởng).
    Award,
    /// Campaign launches (phát động).
    CampaignLaunch,
    /// Elections.
    Election,
    /// Anything else.
    Other,
}

impl EventType {
    /// The snake_case name used in records and databases.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Conference => "conference",
            Self::Congress => "congress",
            Self::Signing => "signing",
            Self::Support => "support",
            Self::Award => "award",
            Self::CampaignLaunch => "campaign_launch",
            Self::Election => "election",
            Self::Other => "other",
        }
    }
}

/// An event the article reports as having happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    /// What kind of event.
    #[serde(rename = "type")]
    pub event_type: EventType,
    /// The event's name as written.
    pub name: String,
    /// ISO date value, or null.
    pub date: Option<String>,
    /// Part of the day, when given.
    pub time_of_day: Option<TimeOfDay>,
    /// Location as written, or null.
    pub location: Option<String>,
    /// Canonical name of the organizing organization, or null.
    pub organizer: Option<String>,
    /// Names of people present.
    pub participants: Vec<String>,
    /// The evidence: the sentence that states the event, as written in `text`.
    pub text: String,
    /// Code point offset of the evidence sentence.
    pub start: usize,
    /// Code point offset just past the evidence sentence.
    pub end: usize,
}

/// The JSON Schema of [`Record`], as `union-news schema` prints it.
pub fn json_schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Record);
    serde_json::to_value(schema).unwrap_or(serde_json::Value::Null)
}
